package vn.chibo.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * The dashboard sums stored meeting facts: every write that changes a meeting's facts after a dashboard
 * read (its records, the cell's roster, the rules in force) shows in the next read.
 */
@QuarkusTest
class DashboardFreshnessTest extends ApiTest {
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, ZoneOffset.ofHours(7));

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    /**
     * A fresh committee with a cell whose November regular meeting was held: 3 of the 4 expected present (the
     * fourth not recorded yet), one of them spoke.
     */
    private record Held(UUID committee, CellFixture cell, UUID meeting) {}

    private Held held() {
        return held(committee -> { });
    }

    /** The same, with something done to the fresh committee before the meeting is held. */
    private Held held(java.util.function.Consumer<UUID> beforeHold) {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        beforeHold.accept(committee);
        UUID meeting = cell.schedule("REGULAR", START);
        CellFixture.attend(meeting, cell.an, "PRESENT");
        CellFixture.attend(meeting, cell.binh, "PRESENT");
        CellFixture.attend(meeting, cell.probationary, "PRESENT");
        api().body(Map.of("memberId", cell.an.toString())).post("/api/v1/meetings/{id}/speeches", meeting).then()
                .statusCode(201);
        CellFixture.hold(meeting, START, 120);
        return new Held(committee, cell, meeting);
    }

    private JsonPath overview(Held h) {
        return api().queryParam("period", "2026-11").get("/api/v1/organizations/{id}/dashboard", h.committee()).then()
                .statusCode(200).extract().jsonPath();
    }

    private void assertAttendance(Held h, int expected, int present) {
        JsonPath o = overview(h);
        assertEquals(expected, o.getInt("attendance.expected"));
        assertEquals(present, o.getInt("attendance.present"));
    }

    @Test
    @AsCommuneStaff
    void anAttendanceRecordedAfterADashboardReadShowsInTheNextRead() {
        Held h = held();
        assertAttendance(h, 4, 3);
        CellFixture.attend(h.meeting(), h.cell().cuong, "PRESENT");
        assertAttendance(h, 4, 4);
        api().queryParam("period", "2026-11").get("/api/v1/organizations/{id}/dashboard/cells", h.committee()).then()
                .statusCode(200).body("items[0].attendanceRate", number(100.0));
    }

    @Test
    @AsCommuneStaff
    void brH2_aMemberExemptedFromBeforeTheMeetingAfterADashboardReadIsNoLongerExpected() {
        Held h = held();
        assertAttendance(h, 4, 3);
        int version = api().get("/api/v1/members/{id}", h.cell().cuong).then().extract().path("version");
        api().body(Map.of("version", version, "reason", "HEALTH", "validFrom", "2026-11-01"))
                .post("/api/v1/members/{id}/exemptions", h.cell().cuong).then().statusCode(200);
        assertAttendance(h, 3, 3);
    }

    @Test
    @AsCommuneStaff
    void brH2_aMemberAttachedElsewhereFromBeforeTheMeetingAfterADashboardReadIsNoLongerExpectedAtHome() {
        Held h = held();
        CellFixture elsewhere = CellFixture.create(h.committee());
        assertAttendance(h, 4, 3);
        int version = api().get("/api/v1/members/{id}", h.cell().binh).then().extract().path("version");
        api().body(Map.of("version", version, "toOrganizationId", elsewhere.cellId.toString(),
                "effectiveDate", "2026-11-01", "kind", "TEMPORARY"))
                .post("/api/v1/members/{id}/transfer", h.cell().binh).then().statusCode(200);
        assertAttendance(h, 3, 2);
    }

    @Test
    @AsCommuneStaff
    void brH11_aHeldMeetingIsCountedAtTheSpeakingTargetOfTheProfileItWasHeldUnder() {
        // One speaker of three present: 33.3 %, below the committee's 34 % in force when it is held (the central
        // default's 30 % would count it at target).
        Held h = held(committee -> {
            Map<String, Object> outside = PolicyBodies.basic(committee, "2026-01-01");
            outside.put("speakingTargetPercent", 34);
            api().body(outside).post("/api/v1/policies").then().statusCode(201);
        });
        JsonPath stricter = overview(h);
        assertEquals(34, stricter.getInt("speaking.targetPercent"));
        assertEquals(0, stricter.getInt("speaking.atTarget"));
        // The cell's own profile issued since, nearer than the committee's: its 33 % would count 33.3 % at target,
        // but the held meeting keeps the profile it was held under (BR-D2).
        Map<String, Object> inside = PolicyBodies.basic(h.cell().cellId, "2026-11-01");
        inside.put("speakingTargetPercent", 33);
        api().body(inside).post("/api/v1/policies").then().statusCode(201);
        assertEquals(0, overview(h).getInt("speaking.atTarget"));
    }

    @Test
    void anEvaluationSavedThenVerifiedAfterDashboardReadsShowsInTheNextReads() {
        // Tokens rather than @AsCommuneStaff: the verifier signs in the middle of the test.
        Tokens.actAs("canbo.xa", "staff");
        Held h = held();
        assertEquals(0, overview(h).getInt("ratings.evaluated"));
        List<Map<String, Object>> manual = new ArrayList<>();
        for (Map<String, Object> s : api().get("/api/v1/meetings/{id}/evaluation", h.meeting()).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("scores")) {
            if (s.get("autoPoints") == null) manual.add(Map.of("code", s.get("code"), "points", s.get("maxPoints")));
        }
        int version = api().body(Map.of("version", 0, "scores", manual)).put("/api/v1/meetings/{id}/evaluation", h.meeting())
                .then().statusCode(200).extract().path("version");
        String self = api().get("/api/v1/meetings/{id}/evaluation", h.meeting()).then().extract().path("selfRating");
        JsonPath saved = overview(h);
        assertEquals(1, saved.getInt("ratings.evaluated"));
        assertEquals(1, saved.getInt("ratings.selfByLevel." + self));
        assertEquals(0, saved.getInt("ratings.verified"));
        int submitted = api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/evaluation/submit", h.meeting())
                .then().statusCode(200).extract().path("version");
        String verifier = "thamdinh." + h.cell().cellId.toString().substring(0, 6);
        api().body(Map.of("supervisorUsername", verifier, "cellId", h.cell().cellId.toString(), "validFrom", "2025-01-01"))
                .post("/api/v1/supervision-assignments").then().statusCode(201);
        assertEquals(0, overview(h).getInt("ratings.verified"));
        // The verifier lowers a score: the verified rating (read by the dashboard before, when there was none) is new.
        Tokens.actAs(verifier, "supervisor");
        String verified = api().body(Map.of("version", submitted, "decision", "SIGN",
                        "scores", List.of(Map.of("code", "5.3", "points", 1))))
                .post("/api/v1/meetings/{id}/evaluation/verify", h.meeting()).then().statusCode(200)
                .extract().path("verifiedRating");
        Tokens.actAs("canbo.xa", "staff");
        JsonPath after = overview(h);
        assertEquals(1, after.getInt("ratings.verified"));
        assertEquals(1, after.getInt("ratings.verifiedByLevel." + verified));
        api().queryParam("period", "2026-11").get("/api/v1/organizations/{id}/dashboard/cells", h.committee()).then()
                .statusCode(200).body("items[0].latestRating", org.hamcrest.Matchers.equalTo(verified));
    }
}
