package vn.chibo.evaluation;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.AsSecretaryBinh;

/** Every evaluation endpoint refuses a caller from outside the subtree, the same way. */
@QuarkusTest
class EvaluationAccessTest extends ApiTest {

    private UUID heldNaKhoangMeeting() {
        UUID cellId = org("LCH-BL-NK");
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = new Meeting();
            m.organization = Organization.findById(cellId);
            m.type = MeetingType.REGULAR;
            m.mode = MeetingMode.IN_PERSON;
            m.scheduledStart = time.now().minus(3, ChronoUnit.HOURS);
            m.actualStart = m.scheduledStart;
            m.actualEnd = m.scheduledStart.plus(100, ChronoUnit.MINUTES);
            m.plannedDurationMinutes = 90;
            m.status = MeetingStatus.HELD;
            m.persist();
            return m.id;
        });
    }

    @Test
    @AsSecretaryBinh
    void aSecretaryOfAnotherCellIsRefusedOnEveryEvaluationEndpoint() {
        UUID meeting = heldNaKhoangMeeting();
        UUID cell = org("LCH-BL-NK");
        UUID commune = org("LCH-BL");
        String template = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ScoringTemplate.<ScoringTemplate>find("catalogueOnly", true).firstResult().id.toString());
        Map<String, Object> templateBody = Map.of("issuerOrganizationId", commune.toString(), "name", "X",
                "validFrom", "2026-01-01", "meetingTypes", List.of("REGULAR"), "total", 100, "goodMin", 90, "fairMin", 70,
                "averageMin", 50, "criteria", List.of(Map.of("code", "1", "name", "X", "maxPoints", 100, "inputType", "POINTS")));
        List<io.restassured.response.Response> responses = List.of(
                api().get("/api/v1/meetings/{id}/evaluation", meeting),
                api().body(Map.of("version", 0, "scores", List.of())).put("/api/v1/meetings/{id}/evaluation", meeting),
                api().body(Map.of("version", 0)).post("/api/v1/meetings/{id}/evaluation/submit", meeting),
                api().body(Map.of("version", 0, "decision", "SIGN")).post("/api/v1/meetings/{id}/evaluation/verify", meeting),
                api().get("/api/v1/organizations/{id}/evaluation-report", commune),
                api().get("/api/v1/organizations/{id}/scoring-template", cell),
                api().get("/api/v1/organizations/{id}/scoring-templates", cell),
                api().get("/api/v1/organizations/{id}/supervision-assignments", commune));
        for (io.restassured.response.Response response : responses) {
            response.then().statusCode(403).body("code", equalTo("out-of-scope"));
        }
        // The verification queue, templates and assignments are for staff (x-roles): refused by role before scope.
        List<io.restassured.response.Response> byRole = List.of(
                api().get("/api/v1/organizations/{id}/verifications", commune),
                api().body(templateBody).post("/api/v1/scoring-templates"),
                api().body(Map.of("issuerOrganizationId", commune.toString(), "validFrom", "2026-01-01"))
                        .post("/api/v1/scoring-templates/{id}/copy", template),
                api().body(Map.of("supervisorUsername", "x", "cellId", cell.toString(), "validFrom", "2026-01-01"))
                        .post("/api/v1/supervision-assignments"));
        for (io.restassured.response.Response response : byRole) {
            response.then().statusCode(403).body("code", equalTo("not-permitted"));
        }
    }

    @Test
    @AsMemberAn
    void anOrdinaryMemberReadsButDoesNotScore() {
        UUID meeting = heldNaKhoangMeeting();
        api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200);
        api().body(Map.of("version", 0, "scores", List.of())).put("/api/v1/meetings/{id}/evaluation", meeting).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
        api().get("/api/v1/me/verifications").then().statusCode(200);
    }
}
