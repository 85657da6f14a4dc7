package vn.chibo.concurrency;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/** If-Match carries the version an edit is based on, as integrators' HTTP tools send it: 412 when stale. */
@QuarkusTest
class IfMatchTest extends ApiTest {
    @BeforeEach
    void asCommuneStaff() {
        Tokens.actAs("canbo.xa", "staff");
    }

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private static String tag(long version) {
        return "\"" + version + "\"";
    }

    @Test
    void anEditWhoseIfMatchNamesTheCurrentVersionIsSavedAndAStaleOneIs412WithNothingChanged() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        long v = ((Number) api().get("/api/v1/organizations/{id}", c.cellId).then().statusCode(200)
                .extract().path("version")).longValue();
        long saved = ((Number) api().header("If-Match", tag(v)).body(Map.of("version", v, "name", "Chi bộ If-Match 1"))
                .patch("/api/v1/organizations/{id}", c.cellId).then().statusCode(200).body("name", equalTo("Chi bộ If-Match 1"))
                .extract().path("version")).longValue();

        // the same edit again, still naming the version it saw: refused as a failed precondition, with the current one
        api().header("If-Match", tag(v)).body(Map.of("version", v, "name", "Chi bộ If-Match 2"))
                .patch("/api/v1/organizations/{id}", c.cellId).then().statusCode(412)
                .body("code", equalTo("precondition-failed")).body("currentVersion", equalTo((int) saved));
        // without If-Match the stale body version is the usual 409
        api().body(Map.of("version", v, "name", "Chi bộ If-Match 2")).patch("/api/v1/organizations/{id}", c.cellId)
                .then().statusCode(409).body("code", equalTo("version-conflict"));
        api().get("/api/v1/organizations/{id}", c.cellId).then().body("name", equalTo("Chi bộ If-Match 1"))
                .body("version", equalTo((int) saved));
    }

    @Test
    void ifMatchAloneIsEnoughWhereTheBodysVersionIsOptional() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        UUID meeting = c.schedule("REGULAR", CellFixture.hoursAgo(2));
        String attendance = "/api/v1/meetings/{id}/attendance/{memberId}";
        long first = ((Number) api().header("If-Match", tag(0)).body(Map.of("status", "PRESENT"))
                .put(attendance, meeting, c.an).then().statusCode(200).extract().path("version")).longValue();
        api().header("If-Match", tag(first)).body(Map.of("status", "ABSENT_EXCUSED", "reasonCategory", "WORK"))
                .put(attendance, meeting, c.an).then().statusCode(200).body("status", equalTo("ABSENT_EXCUSED"));
        api().header("If-Match", tag(first)).body(Map.of("status", "ABSENT_UNEXCUSED"))
                .put(attendance, meeting, c.an).then().statusCode(412).body("code", equalTo("precondition-failed"));
    }

    @Test
    void anIfMatchThatIsNotAVersionOrDisagreesWithTheBodyIsA400ThatSaysWhatToSend() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        long v = ((Number) api().get("/api/v1/organizations/{id}", c.cellId).then().extract().path("version")).longValue();
        api().header("If-Match", "W/\"q3Zx1\"").body(Map.of("version", v, "name", "Chi bộ sai"))
                .patch("/api/v1/organizations/{id}", c.cellId).then().statusCode(400).body("code", equalTo("if-match-invalid"));
        api().header("If-Match", tag(v + 5)).body(Map.of("version", v, "name", "Chi bộ sai"))
                .patch("/api/v1/organizations/{id}", c.cellId).then().statusCode(400).body("code", equalTo("if-match-disagrees"));
        // "*" names no version: the body's decides
        api().header("If-Match", "*").body(Map.of("version", v, "name", "Chi bộ sao"))
                .patch("/api/v1/organizations/{id}", c.cellId).then().statusCode(200);
        api().get("/api/v1/organizations/{id}", c.cellId).then().body("name", equalTo("Chi bộ sao"));
    }

    @Test
    void aCallerOutsideTheSubtreeIsRefusedBeforeAnyVersionIsCompared() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        Tokens.actAs("bithu.binh", "secretary");
        api().header("If-Match", tag(0)).body(Map.of("version", 0, "name", "Chi bộ lạ"))
                .patch("/api/v1/organizations/{id}", c.cellId).then().statusCode(403);
    }
}
