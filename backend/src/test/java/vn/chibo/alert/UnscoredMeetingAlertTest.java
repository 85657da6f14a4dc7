package vn.chibo.alert;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** BR-E1: a held meeting the cell has not self-scored within the policy's days is alerted, to its secretary too. */
@QuarkusTest
class UnscoredMeetingAlertTest extends ApiTest {
    @Inject
    AlertService alerts;

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    @Test
    void brE1_aHeldMeetingLeftUnscoredPastThePolicysDaysIsAlertedToTheSecretaryAndClearsOnceScored() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> policy = PolicyBodies.basic(committee, "2026-01-01");
        policy.put("selfScoreDueDays", 3);
        api().body(policy).post("/api/v1/policies").then().statusCode(201).body("selfScoreDueDays", equalTo(3));
        CellFixture c = CellFixture.create(committee);
        String secretary = "bithu.chuacham." + c.cellId.toString().substring(0, 6);
        api().body(Map.of("username", secretary, "organizationId", c.cellId.toString(), "role", "SECRETARY",
                "validFrom", "2026-01-01")).post("/api/v1/appointments").then().statusCode(201);
        OffsetDateTime start = OffsetDateTime.of(2026, 12, 1, 19, 30, 0, 0, ZoneOffset.ofHours(7));
        UUID meeting = c.schedule("REGULAR", start);
        CellFixture.attend(meeting, c.an, "PRESENT");
        CellFixture.hold(meeting, start, 100);
        // A forum held the day before is not scored: it never counts.
        UUID forum = c.schedule("FORUM", start.minusDays(1));
        CellFixture.hold(forum, start.minusDays(1), 100);
        String path = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(committee).path);

        // 1/12 plus 3 days: the 4th is the last day allowed, still no alert.
        alerts.compute(path, LocalDate.of(2026, 12, 4));
        api().get("/api/v1/organizations/{id}/alerts?kind=MEETING_NOT_SCORED", committee).then().statusCode(200)
                .body("total", equalTo(0));
        // The 5th: one meeting left unscored, a warning on the cell naming the count.
        alerts.compute(path, LocalDate.of(2026, 12, 5));
        api().get("/api/v1/organizations/{id}/alerts?kind=MEETING_NOT_SCORED", committee).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organizationId", equalTo(c.cellId.toString()))
                .body("items[0].severity", equalTo("WARNING"))
                .body("items[0].message", equalTo("Có 1 buổi sinh hoạt thường kỳ, chuyên đề đã tổ chức quá hạn mà chi bộ"
                        + " chưa tự chấm điểm, xếp loại chất lượng."));
        apiEnglish().get("/api/v1/organizations/{id}/alerts?kind=MEETING_NOT_SCORED", committee).then()
                .body("items[0].message", containsString("without the cell's self-evaluation"));

        // The alert reaches the cell's secretary as a notice.
        Tokens.actAs(secretary, "secretary");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body("items.find { it.kind == 'ALERTS_RAISED' && it.objectId == '" + c.cellId + "' }.body",
                        containsString("chưa tự chấm điểm"));

        // Once the cell saves its self-score the next run resolves the alert.
        api().body(Map.of("version", 0, "scores", List.of())).put("/api/v1/meetings/{id}/evaluation", meeting).then()
                .statusCode(200);
        Tokens.actAs("canbo.xa", "staff");
        alerts.compute(path, LocalDate.of(2026, 12, 5));
        api().get("/api/v1/organizations/{id}/alerts?kind=MEETING_NOT_SCORED", committee).then().body("total", equalTo(0));
        api().get("/api/v1/organizations/{id}/alerts?kind=MEETING_NOT_SCORED&state=RESOLVED", committee).then()
                .body("total", equalTo(1));
    }
}
