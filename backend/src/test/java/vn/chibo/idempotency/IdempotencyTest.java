package vn.chibo.idempotency;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Race;
import vn.chibo.testing.Tokens;

/**
 * A POST sent again with the same Idempotency-Key (a phone that lost the answer, a sync job that
 * restarted) is carried out once: the retry gets the first response; the key with another request is
 * refused; a refused request keeps nothing; keys are per caller and forgotten after the retention.
 */
@QuarkusTest
class IdempotencyTest extends ApiTest {

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private Map<String, Object> cellUnder(UUID parent, String name) {
        return Map.of("name", name, "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "THON_BAN_TDP",
                "parentId", parent.toString(), "validFrom", "2020-01-01");
    }

    private Response create(String key, Map<String, Object> body) {
        return api().header(IdempotencyInterceptor.HEADER, key).body(body).post("/api/v1/organizations");
    }

    private long organizationsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count("name", name));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstResponseAndCreatesNothingMore() {
        Tokens.actAs("canbo.xa", "staff");
        String name = unique("Chi bộ thử gửi lại");
        String key = UUID.randomUUID().toString();
        Response first = create(key, cellUnder(org("LCH-BL"), name));
        first.then().statusCode(201).header(IdempotentReplayMapper.REPLAYED, nullValue());
        Response again = create(key, cellUnder(org("LCH-BL"), name));
        again.then().statusCode(201).header(IdempotentReplayMapper.REPLAYED, equalTo("true"))
                .contentType("application/json");
        assertEquals(first.<String>path("id"), again.path("id"));
        assertEquals(first.asString(), again.asString(), "the same bytes as the first response");
        assertEquals(1, organizationsNamed(name));

        // Without the header a POST is a new request each time.
        api().body(cellUnder(org("LCH-BL"), name + " b")).post("/api/v1/organizations").then().statusCode(201);
        api().body(cellUnder(org("LCH-BL"), name + " b")).post("/api/v1/organizations").then().statusCode(201);
        assertEquals(2, organizationsNamed(name + " b"));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedWith422() {
        Tokens.actAs("canbo.xa", "staff");
        String key = UUID.randomUUID().toString();
        String name = unique("Chi bộ khóa trùng");
        create(key, cellUnder(org("LCH-BL"), name)).then().statusCode(201);
        apiEnglish().header(IdempotencyInterceptor.HEADER, key).body(cellUnder(org("LCH-BL"), name + " khác"))
                .post("/api/v1/organizations").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"))
                .body("detail", equalTo("This Idempotency-Key was used for a request with another body or address. Use a new key for a new request."));
        // Another address with the same key and body is another request too.
        api().header(IdempotencyInterceptor.HEADER, key).body(Map.of()).post("/api/v1/me/notices/{id}/read", UUID.randomUUID())
                .then().statusCode(422);
        assertEquals(0, organizationsNamed(name + " khác"));
    }

    @Test
    void aRefusedRequestKeepsNothingSoTheCorrectedOneMayUseTheKey() {
        Tokens.actAs("canbo.xa", "staff");
        String key = UUID.randomUUID().toString();
        String name = unique("Chi bộ sửa lại");
        create(key, Map.of("name", name, "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "THON_BAN_TDP",
                "parentId", org("LCH-BL").toString(), "validFrom", "2020-13-01")).then().statusCode(400);
        create(key, cellUnder(org("LCH-BL"), name)).then().statusCode(201).header(IdempotentReplayMapper.REPLAYED, nullValue());
        // Refused by the service (out of the caller's subtree): nothing kept either, the retry is judged again.
        String outside = UUID.randomUUID().toString();
        create(outside, cellUnder(org("LCH-TD"), name + " ngoài")).then().statusCode(403);
        create(outside, cellUnder(org("LCH-TD"), name + " ngoài")).then().statusCode(403)
                .header(IdempotentReplayMapper.REPLAYED, nullValue());
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String name = unique("Chi bộ hai người");
        Tokens.actAs("canbo.xa", "staff");
        String mine = create(key, cellUnder(org("LCH-BL"), name)).then().statusCode(201).extract().path("id");
        Tokens.actAs("canbo.tinh", "staff");
        String theirs = create(key, cellUnder(org("LCH-BL"), name)).then().statusCode(201)
                .header(IdempotentReplayMapper.REPLAYED, nullValue()).extract().path("id");
        assertNotEquals(mine, theirs);
        assertEquals(2, organizationsNamed(name));
    }

    @Test
    void eightRetriesAtTheSameInstantCreateOneAndAgreeOnIt() {
        Tokens.actAs("canbo.xa", "staff");
        String key = UUID.randomUUID().toString();
        String name = unique("Chi bộ tám lần gửi");
        Map<String, Object> body = cellUnder(org("LCH-BL"), name);
        List<Response> answers = Race.run(8, i -> create(key, body));
        assertThat(answers.stream().map(Response::statusCode).toList(), everyItem(in(List.of(201, 409))));
        Set<String> ids = answers.stream().filter(r -> r.statusCode() == 201).map(r -> r.<String>path("id"))
                .collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every 201 names the same organisation");
        assertThat(answers.stream().filter(r -> r.statusCode() == 409).map(r -> r.<String>path("code")).toList(),
                everyItem(equalTo("idempotency-request-in-progress")));
        assertEquals(1, organizationsNamed(name));
        // Once it is over, a retry gets the response.
        create(key, body).then().statusCode(201).header(IdempotentReplayMapper.REPLAYED, equalTo("true"))
                .body("id", equalTo(ids.iterator().next()));
    }

    @Test
    void aKeyOlderThanTheRetentionIsForgotten() {
        Tokens.actAs("canbo.xa", "staff");
        String key = UUID.randomUUID().toString();
        String name = unique("Chi bộ hôm qua");
        create(key, cellUnder(org("LCH-BL"), name)).then().statusCode(201);
        // Just inside the 24 hours: still a retry.
        age(key, Duration.ofHours(24).minusMinutes(1));
        create(key, cellUnder(org("LCH-BL"), name + " mới")).then().statusCode(422);
        // Just outside: a new request.
        age(key, Duration.ofHours(24).plusMinutes(1));
        create(key, cellUnder(org("LCH-BL"), name + " mới")).then().statusCode(201)
                .header(IdempotentReplayMapper.REPLAYED, nullValue());
        assertEquals(1, organizationsNamed(name + " mới"));
    }

    @Test
    void anUploadIsTheSameRequestOnlyWithTheSameFile() {
        Tokens.actAs("canbo.xa", "staff");
        UUID meeting = CellFixture.create(org("LCH-BL")).schedule("REGULAR", CellFixture.hoursAgo(-48));
        String key = UUID.randomUUID().toString();
        String first = upload(meeting, key, "%PDF-1.4\nmột\n").then().statusCode(201).extract().path("id");
        upload(meeting, key, "%PDF-1.4\nmột\n").then().statusCode(201)
                .header(IdempotentReplayMapper.REPLAYED, equalTo("true")).body("id", equalTo(first));
        upload(meeting, key, "%PDF-1.4\nhai\n").then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200).body("documents.size()", equalTo(1));
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheRule() {
        Tokens.actAs("canbo.xa", "staff");
        for (String key : List.of("x".repeat(256), "có dấu", "two words")) {
            apiEnglish().header(IdempotencyInterceptor.HEADER, key).body(cellUnder(org("LCH-BL"), unique("Chi bộ")))
                    .post("/api/v1/organizations").then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("idempotency-key-invalid"))
                    .body("detail", not(nullValue()));
        }
        create("x".repeat(255), cellUnder(org("LCH-BL"), unique("Chi bộ khóa dài"))).then().statusCode(201);
    }

    private Response upload(UUID meeting, String key, String content) {
        return api().contentType("multipart/form-data").header(IdempotencyInterceptor.HEADER, key)
                .multiPart("file", "tai-lieu.pdf", content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/pdf")
                .multiPart("kind", "OTHER").post("/api/v1/meetings/{id}/documents", meeting);
    }

    private void age(String key, Duration age) {
        QuarkusTransaction.requiringNew().run(() -> IdempotentRequest.update("createdAt = ?1 where key = ?2",
                time.now().minus(age), key));
    }
}
