package vn.chibo.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/** Documents published (BR-M4), verification asked for and given: each reaches the people who act on it. */
@QuarkusTest
class EvaluationNoticeTest extends NoticeApiTest {

    private static String about(UUID object, String kind) {
        return "items.find { it.objectId == '" + object + "' && it.kind == '" + kind + "' }";
    }

    @Test
    void brM4_publishedDocumentsReachTheMembersOfTheCell() {
        Tokens.actAs("bithu.an", "secretary");
        UUID meeting = UUID.fromString(api().body(Map.of("type", "REGULAR",
                        "scheduledStart", CellFixture.iso(CellFixture.hoursAgo(-70))))
                .post("/api/v1/organizations/{id}/meetings", org("LCH-BL-NK")).then().statusCode(201).extract().path("id"));
        api().contentType("multipart/form-data").multiPart("file", "du-thao nghi quyet.pdf", "%PDF-1.4\n".getBytes(),
                "application/pdf").multiPart("kind", "MATERIAL").post("/api/v1/meetings/{id}/documents", meeting).then()
                .statusCode(201);

        Tokens.actAs("dangvien.an", "member");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body(about(meeting, "MEETING_DOCUMENTS") + ".body", containsString("du-thao nghi quyet.pdf"))
                .body(about(meeting, "MEETING_DOCUMENTS") + ".link",
                        equalTo("http://localhost:3000/meetings/" + meeting + "/preparation"));
        Tokens.actAs("bithu.binh", "secretary");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body(about(meeting, "MEETING_DOCUMENTS"), nullValue());
    }

    @Test
    void theAssignedSupervisorIsAskedToVerifyAndTheSubmitterLearnsTheResult() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(org("LCH-BL"));
        String verifier = "thamdinh.tb." + c.cellId.toString().substring(0, 6);
        api().body(Map.of("supervisorUsername", verifier, "cellId", c.cellId.toString(), "validFrom", "2025-01-01"))
                .post("/api/v1/supervision-assignments").then().statusCode(201);
        OffsetDateTime start = CellFixture.hoursAgo(5);
        UUID meeting = c.schedule("REGULAR", start);
        for (UUID member : List.of(c.an, c.binh, c.cuong, c.probationary)) CellFixture.attend(meeting, member, "PRESENT");
        CellFixture.hold(meeting, start, 120);
        List<Map<String, Object>> scores = api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200)
                .extract().path("scores");
        List<Map<String, Object>> manual = scores.stream().filter(s -> s.get("autoPoints") == null)
                .map(s -> Map.of("code", s.get("code"), "points", s.get("maxPoints"))).toList();
        int version = api().body(new HashMap<>(Map.of("version", 0, "scores", manual)))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200).extract().path("version");
        int submitted = api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/evaluation/submit", meeting)
                .then().statusCode(200).extract().path("version");

        Tokens.actAs(verifier, "supervisor");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body(about(meeting, "VERIFICATION_REQUESTED") + ".link",
                        equalTo("http://localhost:3000/verifications/" + meeting));
        api().body(Map.of("version", submitted, "decision", "RETURN", "reason", "Thiếu biên bản"))
                .post("/api/v1/meetings/{id}/evaluation/verify", meeting).then().statusCode(200);

        Tokens.actAs("canbo.xa", "staff");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body(about(meeting, "VERIFICATION_RESULT") + ".body", containsString("Thiếu biên bản"));
        Tokens.actAs("bithu.an", "secretary");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body(about(meeting, "VERIFICATION_RESULT"), nullValue())
                .body(about(meeting, "VERIFICATION_REQUESTED"), nullValue());
    }
}
