package vn.chibo.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.TreeFixture;

/** BR-D2: a held meeting keeps the profile it was held under; a meeting still to come follows the profile in force. */
@QuarkusTest
class MeetingPolicyPinTest extends ApiTest {
    @Inject
    MeetingFactStore facts;

    @Inject
    EntityManager em;

    @Inject
    MeetingPolicies pins;

    @Test
    @AsCommuneStaff
    void brD2_aHeldMeetingKeepsItsProfileWhenALaterOneStartsEarlierWhileAPlannedOneFollowsIt() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> a = PolicyBodies.basic(committee, "2020-01-01");
        a.put("attendanceTargetPercent", 50);
        String profileA = api().body(a).post("/api/v1/policies").then().statusCode(201).extract().path("id");
        CellFixture cell = CellFixture.create(committee);

        // Three of the four expected members present (75 %): above A's target of 50, not above B's 80.
        OffsetDateTime heldStart = CellFixture.hoursAgo(3);
        UUID held = cell.schedule("REGULAR", heldStart);
        // Later today (the clock stands at noon): its day is reached, so its attendance may be taken in advance.
        UUID planned = cell.schedule("TOPICAL", CellFixture.hoursAgo(-6));
        for (UUID meeting : new UUID[] {held, planned}) {
            CellFixture.attend(meeting, cell.an, "PRESENT");
            CellFixture.attend(meeting, cell.binh, "PRESENT");
            CellFixture.attend(meeting, cell.cuong, "PRESENT");
            CellFixture.attend(meeting, cell.probationary, "ABSENT_EXCUSED");
        }
        CellFixture.hold(held, heldStart, 120);
        String path = cellPath(cell.cellId);
        LocalDate today = time.today();
        facts.refresh(path, today, today);
        for (UUID meeting : new UUID[] {held, planned}) {
            api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200).body("policy.id", equalTo(profileA))
                    .body("warnings.code", not(hasItem("attendance-below-target")));
        }

        // B: issued by the cell itself (nearer than A), starting before both meetings' day; 100 minutes are short of it.
        Map<String, Object> b = PolicyBodies.basic(cell.cellId, "2026-01-01");
        b.put("attendanceTargetPercent", 80);
        b.put("minDurationMinutes", 150);
        b.put("combinedMinDurationMinutes", 150);
        String profileB = api().body(b).post("/api/v1/policies").then().statusCode(201).extract().path("id");

        api().get("/api/v1/meetings/{id}", held).then().statusCode(200).body("policy.id", equalTo(profileA))
                .body("warnings.code", not(hasItem("attendance-below-target")));
        api().get("/api/v1/meetings/{id}", planned).then().statusCode(200).body("policy.id", equalTo(profileB))
                .body("warnings.code", hasItem("attendance-below-target"));
        // Recording the held meeting's times again (a correction) keeps its profile: 100 minutes meet A's 90.
        CellFixture.hold(held, heldStart, 100);
        api().get("/api/v1/meetings/{id}", held).then().statusCode(200).body("policy.id", equalTo(profileA))
                .body("warnings.code", not(hasItem("duration-below-minimum")));
        // The automatic score of the duration criterion is judged by A too.
        api().get("/api/v1/meetings/{id}/evaluation", held).then().statusCode(200)
                .body("scores.find { it.name.contains('thời lượng') }.autoPoints", number(5));

        // The stored facts the dashboards and reports sum are judged the same way.
        facts.refresh(path, today, today);
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(em.find(MeetingFactRow.class, held).attendanceAboveTarget, "75 % is above A's 50 %");
            assertFalse(em.find(MeetingFactRow.class, planned).attendanceAboveTarget, "75 % is not above B's 80 %");
        });
    }

    @Test
    @AsCommuneStaff
    void brD2_meetingsHeldBeforeMeetingsPinnedTheirProfileArePinnedToTheOneTheyWereShownUnder() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        String profile = api().body(PolicyBodies.basic(committee, "2020-01-01")).post("/api/v1/policies").then()
                .statusCode(201).extract().path("id");
        CellFixture cell = CellFixture.create(committee);
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID held = cell.schedule("REGULAR", start);
        CellFixture.hold(held, start, 120);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Meeting m set m.policyProfileId = null"
                + " where m.id = :id").setParameter("id", held).executeUpdate());

        pins.pinHeldBefore(null);

        QuarkusTransaction.requiringNew().run(() ->
                assertEquals(UUID.fromString(profile), em.find(Meeting.class, held).policyProfileId));
    }

    private String cellPath(UUID cellId) {
        return QuarkusTransaction.requiringNew().call(() -> organizations.findById(cellId).path);
    }
}
