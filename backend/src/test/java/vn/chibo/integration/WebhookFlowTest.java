package vn.chibo.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * An outside system subscribes to a subtree's meeting events and receives them signed, in order, at least once:
 * a receiver that fails twice gets the first event a third time and only then the next one.
 */
@QuarkusTest
class WebhookFlowTest extends ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookDeliveryJob job;

    /** What the receiver got: the signature header and the body of each request, failed ones included. */
    record Received(String signature, String body) {}

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Status codes the receiver answers with, in turn; 200 once they run out. */
    private final Queue<Integer> answers = new ArrayDeque<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
            Integer status;
            synchronized (answers) {
                status = answers.poll();
            }
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        Tokens.reset();
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The receiver's check: one of the v1 signatures is the HMAC of "t.body" under the secret. */
    private static boolean signedWith(String secret, Received r) {
        String[] parts = r.signature().split(",");
        String t = parts[0].substring(2);
        String expected = WebhookSignature.hmac(secret, t + "." + r.body());
        for (int i = 1; i < parts.length; i++) if (parts[i].equals("v1=" + expected)) return true;
        return false;
    }

    @Test
    void meetingEventsArriveSignedInOrderAndAtLeastOnceWhenTheReceiverFailsTwice() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        Map<String, Object> created = api().body(Map.of("url", hookUrl(),
                        "eventTypes", List.of("MEETING_SCHEDULED", "MEETING_POSTPONED"), "description", "Sổ tay thử"))
                .post("/api/v1/organizations/{id}/webhook-subscriptions", committee).then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("subscription.active", equalTo(true))
                .extract().path("$");
        String secret = (String) created.get("secret");
        @SuppressWarnings("unchecked")
        String subscription = (String) ((Map<String, Object>) created.get("subscription")).get("id");
        api().get("/api/v1/webhook-subscriptions/{id}", subscription).then().statusCode(200)
                .body("secret", nullValue()).body("eventTypes", hasSize(2));

        UUID meeting = cell.schedule("REGULAR", CellFixture.hoursAgo(-72));
        api().body(Map.of("version", CellFixture.version(meeting), "reason", "Trùng lịch bầu cử",
                        "newStart", CellFixture.iso(CellFixture.hoursAgo(-96))))
                .post("/api/v1/meetings/{id}/postpone", meeting).then().statusCode(200);

        synchronized (answers) {
            answers.add(500);
            answers.add(503);
        }
        Instant now = time.now();
        assertEquals(0, job.deliverDue(now));
        assertEquals(1, received.size(), "the second event waits while the first is not delivered");
        assertEquals(0, job.deliverDue(now.plusSeconds(10)), "not due yet: the first retry comes after 30 s");
        assertEquals(0, job.deliverDue(now.plusSeconds(31)));
        assertEquals(2, job.deliverDue(now.plusSeconds(120)));

        List<String> types = received.stream().map(r -> json(r.body()).get("type").asText()).toList();
        assertEquals(List.of("vn.chibo.meeting.scheduled", "vn.chibo.meeting.scheduled", "vn.chibo.meeting.scheduled",
                "vn.chibo.meeting.postponed"), types);
        assertEquals(1, received.stream().map(r -> json(r.body()).get("id").asText()).limit(3).distinct().count(),
                "a retried event keeps its id");
        assertTrue(received.stream().allMatch(r -> signedWith(secret, r)), "every delivery is signed with the secret");
        assertTrue(received.stream().noneMatch(r -> signedWith("whsec_other", r)));
        JsonNode postponed = json(received.get(3).body()).get("data");
        assertEquals(meeting.toString(), postponed.get("meetingId").asText());
        assertEquals("Trùng lịch bầu cử", postponed.get("reason").asText());
        assertEquals(cell.cellId.toString(), postponed.get("organizationId").asText());

        api().get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.eventType == 'MEETING_SCHEDULED' }.attempts", equalTo(3))
                .body("items.find { it.eventType == 'MEETING_SCHEDULED' }.status", equalTo("DELIVERED"))
                .body("items.find { it.eventType == 'MEETING_SCHEDULED' }.lastStatusCode", equalTo(200))
                .body("items.find { it.eventType == 'MEETING_POSTPONED' }.attempts", equalTo(1));
    }

    @Test
    void aRotatedSecretSignsBesideThePreviousOneAndARedeliveryResendsTheSameEvent() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        Map<String, Object> created = api().body(Map.of("url", hookUrl(), "eventTypes", List.of("MEETING_SCHEDULED")))
                .post("/api/v1/organizations/{id}/webhook-subscriptions", committee).then().statusCode(201)
                .extract().path("$");
        String first = (String) created.get("secret");
        @SuppressWarnings("unchecked")
        String subscription = (String) ((Map<String, Object>) created.get("subscription")).get("id");
        String second = api().post("/api/v1/webhook-subscriptions/{id}/secret", subscription).then().statusCode(200)
                .extract().path("secret");

        cell.schedule("REGULAR", CellFixture.hoursAgo(-72));
        assertEquals(1, job.deliverDue(time.now()));
        Received r = received.get(0);
        assertTrue(signedWith(second, r) && signedWith(first, r), "both secrets sign during the overlap");

        String delivery = api().get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription).then()
                .statusCode(200).extract().path("items[0].id");
        api().post("/api/v1/webhook-deliveries/{id}/redeliver", delivery).then().statusCode(202)
                .body("status", equalTo("PENDING"));
        // A day later the previous secret no longer signs.
        assertEquals(1, job.deliverDue(time.now().plusSeconds(25 * 3600)));
        Received again = received.get(1);
        assertEquals(json(r.body()).get("id"), json(again.body()).get("id"));
        assertTrue(signedWith(second, again) && !signedWith(first, again));

        // Deactivated: a new meeting sends nothing.
        api().delete("/api/v1/webhook-subscriptions/{id}", subscription).then().statusCode(204);
        cell.schedule("TOPICAL", CellFixture.hoursAgo(-100));
        assertEquals(0, job.deliverDue(time.now().plusSeconds(60)));
        assertEquals(2, received.size());
    }

    @Test
    void aReceiverThatIsNotAUrlIsRefusedNamingTheField() {
        Tokens.actAs("canbo.xa", "staff");
        api().body(Map.of("url", "ftp://example.vn/hook", "eventTypes", List.of("MEETING_HELD")))
                .post("/api/v1/organizations/{id}/webhook-subscriptions", org("LCH-BL")).then().statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors[0].field", equalTo("url"));
        api().body(Map.of("url", hookUrl(), "eventTypes", List.of()))
                .post("/api/v1/organizations/{id}/webhook-subscriptions", org("LCH-BL")).then().statusCode(400);
    }

    @Test
    void staffOfAnotherCommuneCannotSeeOrManageTheSubscription() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        String subscription = api().body(Map.of("url", hookUrl(), "eventTypes", List.of("MEETING_SCHEDULED")))
                .post("/api/v1/organizations/{id}/webhook-subscriptions", committee).then().statusCode(201)
                .extract().path("subscription.id");
        cell.schedule("REGULAR", CellFixture.hoursAgo(-72));
        String delivery = api().get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription).then()
                .statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        Tokens.actAs("canbo.tinh", "staff");
        UUID otherCommune = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
        String outsider = "canbo.khac." + otherCommune.toString().substring(0, 6);
        api().body(Map.of("username", outsider, "organizationId", otherCommune.toString(), "role", "STAFF",
                "validFrom", "2020-01-01")).post("/api/v1/appointments").then().statusCode(201);

        Tokens.actAs(outsider, "staff");
        api().get("/api/v1/organizations/{id}/webhook-subscriptions", committee).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().body(Map.of("url", hookUrl(), "eventTypes", List.of("MEETING_HELD")))
                .post("/api/v1/organizations/{id}/webhook-subscriptions", committee).then().statusCode(403);
        api().get("/api/v1/webhook-subscriptions/{id}", subscription).then().statusCode(403);
        api().get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription).then().statusCode(403);
        api().post("/api/v1/webhook-subscriptions/{id}/secret", subscription).then().statusCode(403);
        api().delete("/api/v1/webhook-subscriptions/{id}", subscription).then().statusCode(403);
        api().post("/api/v1/webhook-deliveries/{id}/redeliver", delivery).then().statusCode(403);
        // A secretary's role is not one these operations accept.
        Tokens.actAs("bithu.an", "secretary");
        api().get("/api/v1/webhook-subscriptions/{id}", subscription).then().statusCode(403);

        Tokens.actAs("canbo.xa", "staff");
        api().get("/api/v1/webhook-subscriptions/{id}", subscription).then().statusCode(200).body("active", equalTo(true));
        api().get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription).then().body("total", equalTo(1));
    }
}
