package vn.chibo.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.AsStranger;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** The committee dashboard: figures over a fresh subtree, agreement with the lists behind them, bad input, scope. */
@QuarkusTest
class DashboardResourceTest extends ApiTest {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    /** Two cells under a fresh committee; the first holds a regular and a topical meeting in November 2026. */
    private record Subtree(UUID committee, CellFixture met, CellFixture missed) {}

    private Subtree subtree() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture met = CellFixture.create(committee);
        CellFixture missed = CellFixture.create(committee);
        OffsetDateTime regularStart = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, VIETNAM);
        UUID regular = met.schedule("REGULAR", regularStart);
        CellFixture.attend(regular, met.an, "PRESENT");
        CellFixture.attend(regular, met.binh, "PRESENT");
        CellFixture.attend(regular, met.probationary, "PRESENT");
        CellFixture.attend(regular, met.cuong, "ABSENT_EXCUSED");
        api().body(Map.of("memberId", met.an.toString())).post("/api/v1/meetings/{id}/speeches", regular).then()
                .statusCode(201);
        CellFixture.hold(regular, regularStart, 120);
        OffsetDateTime topicalStart = OffsetDateTime.of(2026, 11, 27, 19, 30, 0, 0, VIETNAM);
        UUID topical = met.schedule("TOPICAL", topicalStart);
        CellFixture.hold(topical, topicalStart, 90);
        return new Subtree(committee, met, missed);
    }

    @Test
    @AsCommuneStaff
    void theOverviewCountsTheCellsThatMetTheAttendanceAndTheTopicalSessionsOfTheSubtree() {
        Subtree t = subtree();
        api().queryParam("period", "2026-11").get("/api/v1/organizations/{id}/dashboard", t.committee()).then()
                .statusCode(200).body("period", equalTo("2026-11")).body("from", equalTo("2026-11-01"))
                .body("to", equalTo("2026-11-30")).body("cells", equalTo(2))
                .body("regime.expected", equalTo(2)).body("regime.met", equalTo(1)).body("regime.notMet", equalTo(1))
                .body("regime.regularHeld", equalTo(1)).body("regime.regularWithPreMeeting", equalTo(0))
                .body("attendance.meetings", equalTo(2)).body("attendance.expected", equalTo(8))
                .body("attendance.present", equalTo(3)).body("attendance.rate", number(37.5))
                .body("attendance.targetPercent", equalTo(85)).body("attendance.onTarget", equalTo(false))
                .body("attendance.meetingsAboveTarget", equalTo(0))
                .body("speaking.meetings", equalTo(1)).body("speaking.atTarget", equalTo(1))
                .body("speaking.targetPercent", equalTo(30))
                .body("topical", hasSize(1)).body("topical[0].quarter", equalTo("2026-Q4"))
                .body("topical[0].cellsExpected", equalTo(2)).body("topical[0].cellsMet", equalTo(1))
                .body("topical[0].sessionsHeld", equalTo(1))
                .body("coverage.quarter", equalTo("2026-Q4")).body("coverage.cells", equalTo(2))
                .body("coverage.covered", equalTo(0));

        // A quarter: October has passed without a meeting in either cell, so nobody met every month.
        api().queryParam("period", "2026-Q4").get("/api/v1/organizations/{id}/dashboard", t.committee()).then()
                .statusCode(200).body("regime.expected", equalTo(2)).body("regime.met", equalTo(0))
                .body("regime.notMet", equalTo(2));
        api().queryParam("period", "2026").get("/api/v1/organizations/{id}/dashboard", t.committee()).then()
                .statusCode(200).body("topical", hasSize(4)).body("to", equalTo("2026-12-31"));
    }

    @Test
    @AsCommuneStaff
    void brS5TheOverviewShowsEachAnnualTargetOfTheProfileAndWhetherItIsOnTrack() {
        // The central default carries the targets of S003.
        api().get("/api/v1/organizations/{id}/policy", org("LCH-BL")).then().statusCode(200)
                .body("annualTargets.orgGoodOrAbovePercent", equalTo(80)).body("annualTargets.orgExcellentPercent", equalTo(20))
                .body("annualTargets.memberGoodOrAbovePercent", equalTo(85))
                .body("annualTargets.memberExcellentMinPercent", equalTo(15))
                .body("annualTargets.memberExcellentMaxPercent", equalTo(20))
                .body("annualTargets.cellsMeetingMonthlyPercent", equalTo(100))
                .body("annualTargets.attendanceAbovePercent", equalTo(85))
                .body("annualTargets.unexcusedAbsencesMax", equalTo(0)).body("excellentQuotaEnabled", equalTo(false));
        // One cell of two met in November: 50 %, on track with a 50 % target and not with 51 %.
        for (int percent : List.of(50, 51)) {
            Subtree t = subtree();
            Map<String, Object> policy = vn.chibo.testing.PolicyBodies.basic(t.committee(), "2026-01-01");
            policy.put("annualTargets", Map.of("orgGoodOrAbovePercent", 80, "orgExcellentPercent", 20,
                    "orgNotCompletedMaxPercent", 0, "memberGoodOrAbovePercent", 85, "memberExcellentMinPercent", 15,
                    "memberExcellentMaxPercent", 20, "cellsMeetingMonthlyPercent", percent, "attendanceAbovePercent", 30,
                    "unexcusedAbsencesMax", 0));
            api().body(policy).post("/api/v1/policies").then().statusCode(201)
                    .body("annualTargets.cellsMeetingMonthlyPercent", equalTo(percent));
            JsonPath overview = api().queryParam("period", "2026-11")
                    .get("/api/v1/organizations/{id}/dashboard", t.committee()).then().statusCode(200).extract().jsonPath();
            Map<String, Object> cells = target(overview, "CELLS_MEETING_MONTHLY");
            assertEquals("AT_LEAST", cells.get("comparison"));
            assertEquals(percent, cells.get("target"));
            assertEquals(50.0, ((Number) cells.get("value")).doubleValue());
            assertEquals(1, cells.get("count"));
            assertEquals(2, cells.get("basis"));
            assertEquals(percent == 50, cells.get("onTrack"));
            // 3 of 8 present (37.5 %) is above a 30 % target; the excused absence is no unexcused one.
            assertEquals(true, target(overview, "ATTENDANCE").get("onTrack"));
            assertEquals(true, target(overview, "UNEXCUSED_ABSENCES").get("onTrack"));
            // Nothing rated yet: the rating targets have no value, not zero.
            for (String code : List.of("ORG_GOOD_OR_ABOVE", "ORG_EXCELLENT", "ORG_NOT_COMPLETED", "MEMBER_GOOD_OR_ABOVE",
                    "MEMBER_EXCELLENT")) {
                assertEquals(null, target(overview, code).get("value"), code);
                assertEquals(null, target(overview, code).get("onTrack"), code);
            }
        }
        Map<String, Object> bad = vn.chibo.testing.PolicyBodies.basic(org("LCH-BL"), "2030-01-01");
        bad.put("annualTargets", Map.of("orgGoodOrAbovePercent", 80, "orgExcellentPercent", 20,
                "orgNotCompletedMaxPercent", 0, "memberGoodOrAbovePercent", 85, "memberExcellentMinPercent", 20,
                "memberExcellentMaxPercent", 15, "cellsMeetingMonthlyPercent", 100, "attendanceAbovePercent", 85,
                "unexcusedAbsencesMax", 0));
        api().body(bad).post("/api/v1/policies").then().statusCode(400)
                .body("errors[0].field", equalTo("annualTargets.memberExcellentMaxPercent"));
    }

    private static Map<String, Object> target(JsonPath overview, String code) {
        List<Map<String, Object>> targets = overview.getList("targets");
        return targets.stream().filter(t -> code.equals(t.get("code"))).findFirst().orElseThrow();
    }


    @Test
    @AsCommuneStaff
    void theGridShowsOneRowPerCellWithItsMonthsAndIsFilteredSortedAndPaged() {
        Subtree t = subtree();
        String metName = api().get("/api/v1/organizations/{id}", t.met().cellId).then().extract().path("name");
        api().queryParam("period", "2026-Q4").get("/api/v1/organizations/{id}/dashboard/cells", t.committee()).then()
                .statusCode(200).body("total", equalTo(2)).body("items", hasSize(2)).body("period", equalTo("2026-Q4"));
        api().queryParam("period", "2026-Q4").queryParam("q", metName.toLowerCase())
                .get("/api/v1/organizations/{id}/dashboard/cells", t.committee()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organizationId", equalTo(t.met().cellId.toString()))
                .body("items[0].months.month", equalTo(List.of("2026-10", "2026-11", "2026-12")))
                .body("items[0].months.met", equalTo(java.util.Arrays.asList(false, true, false)))
                .body("items[0].metEveryMonth", equalTo(false)).body("items[0].topicalHeld", equalTo(1))
                .body("items[0].attendanceRate", number(37.5)).body("items[0].latestRating", nullValue())
                .body("items[0].lastVisit", nullValue());
        api().queryParam("period", "2026-11").queryParam("sort", "-attendanceRate").queryParam("size", 1)
                .get("/api/v1/organizations/{id}/dashboard/cells", t.committee()).then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1)).body("size", equalTo(1))
                .body("items[0].organizationId", equalTo(t.met().cellId.toString()));
        api().queryParam("period", "2026-11").queryParam("sort", "-attendanceRate").queryParam("size", 1)
                .queryParam("page", 1).get("/api/v1/organizations/{id}/dashboard/cells", t.committee()).then()
                .statusCode(200).body("items[0].organizationId", equalTo(t.missed().cellId.toString()))
                .body("items[0].attendanceRate", nullValue());
    }

    @Test
    @AsCommuneStaff
    void everyOverviewFigureEqualsTheCountOfTheListBehindIt() {
        Subtree t = subtree();
        api().post("/api/v1/organizations/{id}/alert-runs", t.committee()).then().statusCode(200);
        for (UUID org : List.of(t.committee(), org("LCH-BL"))) {
            for (String period : List.of("2026-11", "2026-Q4", "2026")) {
                assertFiguresMatchTheirLists(org, period);
            }
        }
    }

    @Test
    @AsProvinceStaff
    void theProvinceOverviewAgreesWithItsGridAndItsLists() {
        assertFiguresMatchTheirLists(org("LCH"), "2026-Q4");
    }

    private void assertFiguresMatchTheirLists(UUID org, String period) {
        JsonPath overview = api().queryParam("period", period).get("/api/v1/organizations/{id}/dashboard", org).then()
                .statusCode(200).extract().jsonPath();
        String label = org + " " + period;
        assertEquals(overview.getInt("cells"), gridTotal(org, period, null), label);
        assertEquals(overview.getInt("regime.met"), gridTotal(org, period, "MET"), label);
        assertEquals(overview.getInt("regime.notMet"), gridTotal(org, period, "NOT_MET"), label);

        int waiting = api().queryParam("size", 1).get("/api/v1/organizations/{id}/verifications", org).then()
                .statusCode(200).extract().path("total");
        int overdue = api().queryParam("overdue", true).queryParam("size", 1)
                .get("/api/v1/organizations/{id}/verifications", org).then().statusCode(200).extract().path("total");
        assertEquals(overview.getInt("verifications.pending"), waiting, label);
        assertEquals(overview.getInt("verifications.overdue"), overdue, label);

        String quarter = overview.getString("coverage.quarter");
        JsonPath coverage = api().queryParam("year", quarter.substring(0, 4)).queryParam("quarter", quarter.substring(6))
                .get("/api/v1/organizations/{id}/supervision-coverage", org).then().statusCode(200).extract().jsonPath();
        assertEquals(overview.getInt("coverage.cells"), coverage.getInt("totals.cells"), label);
        assertEquals(overview.getInt("coverage.covered"), coverage.getInt("totals.covered"), label);
        int covered = api().queryParam("year", quarter.substring(0, 4)).queryParam("quarter", quarter.substring(6))
                .queryParam("covered", true).queryParam("size", 1)
                .get("/api/v1/organizations/{id}/supervision-coverage", org).then().statusCode(200).extract()
                .path("totalCells");
        assertEquals(overview.getInt("coverage.covered"), covered, label);

        JsonPath report = api().queryParam("from", overview.getString("from")).queryParam("to", overview.getString("to"))
                .get("/api/v1/organizations/{id}/evaluation-report", org).then().statusCode(200).extract().jsonPath();
        assertEquals(overview.getInt("ratings.evaluated"), report.getInt("evaluations"), label);
        assertEquals(overview.getMap("ratings.selfByLevel"), report.getMap("selfRatings"), label);
        assertEquals(overview.getMap("ratings.verifiedByLevel"), report.getMap("verifiedRatings"), label);

        List<Map<String, Object>> alerts = overview.getList("openAlerts");
        assertTrue(!alerts.isEmpty());
        for (Map<String, Object> a : alerts) {
            int total = api().queryParam("kind", a.get("kind")).queryParam("size", 1)
                    .get("/api/v1/organizations/{id}/alerts", org).then().statusCode(200).extract().path("total");
            assertEquals(a.get("count"), total, label + " " + a.get("kind"));
        }
    }

    private int gridTotal(UUID org, String period, String regime) {
        var request = api().queryParam("period", period).queryParam("size", 1);
        if (regime != null) request = request.queryParam("regime", regime);
        return request.get("/api/v1/organizations/{id}/dashboard/cells", org).then().statusCode(200).extract().path("total");
    }

    @Test
    @AsCommuneStaff
    void aMalformedOrFuturePeriodAnUnknownParameterOrABadPageAreRefusedNamingTheParameter() {
        UUID commune = org("LCH-BL");
        for (String bad : List.of("2026-13", "26-11", "2026-Q5", "2026-11-01", "1999", "soon")) {
            api().queryParam("period", bad).get("/api/v1/organizations/{id}/dashboard", commune).then().statusCode(400)
                    .body("errors[0].field", equalTo("period"));
        }
        api().queryParam("period", "2027-01").get("/api/v1/organizations/{id}/dashboard", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("period")).body("errors[0].message", containsString("2027-01"));
        apiEnglish().queryParam("period", "2026-13").get("/api/v1/organizations/{id}/dashboard", commune).then()
                .statusCode(400).body("errors[0].message", containsString("is not valid"));
        api().queryParam("period", "2027").get("/api/v1/organizations/{id}/dashboard/cells", commune).then()
                .statusCode(400).body("errors[0].field", equalTo("period"));
        api().queryParam("periode", "2026-11").get("/api/v1/organizations/{id}/dashboard", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("periode")).body("errors[0].message", containsString("period"));
        api().queryParam("status", "OPEN").get("/api/v1/organizations/{id}/dashboard/cells", commune).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        api().queryParam("sort", "secretary").get("/api/v1/organizations/{id}/dashboard/cells", commune).then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
        api().queryParam("regime", "SOMETIMES").get("/api/v1/organizations/{id}/dashboard/cells", commune).then()
                .statusCode(400).body("errors[0].field", equalTo("regime"));
        api().queryParam("size", 201).get("/api/v1/organizations/{id}/dashboard/cells", commune).then()
                .statusCode(400).body("errors[0].field", containsString("size"));
        api().get("/api/v1/organizations/{id}/dashboard", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @AsCommuneStaff
    void aCallerOutsideTheSubtreeSeesNoFigures() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Tokens.actAs("bithu.binh", "secretary");
        api().get("/api/v1/organizations/{id}/dashboard", committee).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().get("/api/v1/organizations/{id}/dashboard/cells", committee).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsStranger
    void aCallerWithoutAppointmentsIsRefused() {
        api().get("/api/v1/organizations/{id}/dashboard", org("LCH")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().get("/api/v1/organizations/{id}/dashboard/cells", org("LCH")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }
}
