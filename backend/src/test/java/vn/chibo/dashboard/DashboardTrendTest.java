package vn.chibo.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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

/** The dashboard's 12-month trend: each month equals the overview of that month; bad input and scope. */
@QuarkusTest
class DashboardTrendTest extends ApiTest {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final String TREND = "/api/v1/organizations/{id}/dashboard/trend";

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    /**
     * A fresh committee with two cells; one holds its regular meeting in November 2026 with 3 of 4 present and
     * submits its own evaluation of it.
     */
    private UUID committeeWithOneMeeting() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture met = CellFixture.create(committee);
        CellFixture.create(committee);
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, VIETNAM);
        UUID regular = met.schedule("REGULAR", start);
        CellFixture.attend(regular, met.an, "PRESENT");
        CellFixture.attend(regular, met.binh, "PRESENT");
        CellFixture.attend(regular, met.probationary, "PRESENT");
        CellFixture.attend(regular, met.cuong, "ABSENT_EXCUSED");
        CellFixture.hold(regular, start, 120);
        CellFixture.selfEvaluate(regular);
        return committee;
    }

    @Test
    @AsCommuneStaff
    void theTrendEndsAtTheCurrentMonthByDefaultAndShowsTheMonthsFiguresOfTheSubtree() {
        UUID committee = committeeWithOneMeeting();
        JsonPath trend = api().get(TREND, committee).then().statusCode(200).body("from", equalTo("2026-01"))
                .body("to", equalTo("2026-12")).body("months", hasSize(12)).body("months[10].month", equalTo("2026-11"))
                .body("months[10].cellsExpected", equalTo(2)).body("months[10].cellsMet", equalTo(1))
                .body("months[10].metRate", number(50.0)).body("months[10].meetings", equalTo(1))
                .body("months[10].attendancePresent", equalTo(3)).body("months[10].evaluated", equalTo(1))
                .extract().jsonPath();
        assertEquals(0, trend.getInt("months[11].cellsMet"), "December has no meeting yet");
        api().queryParam("to", "2026-06").get(TREND, committee).then().statusCode(200).body("from", equalTo("2025-07"))
                .body("to", equalTo("2026-06")).body("months", hasSize(12));
    }

    @Test
    @AsCommuneStaff
    void eachMonthOfTheTrendEqualsTheOverviewOfThatMonth() {
        UUID committee = committeeWithOneMeeting();
        assertEquals(1, assertMonthsEqualOverviews(committee), "the evaluated meeting is compared");
        assertMonthsEqualOverviews(org("LCH-BL"));
    }

    @Test
    @AsProvinceStaff
    void eachMonthOfTheProvinceTrendEqualsTheOverviewOfThatMonth() {
        assertMonthsEqualOverviews(org("LCH"));
    }

    private int assertMonthsEqualOverviews(UUID org) {
        List<Map<String, Object>> months = api().get(TREND, org).then().statusCode(200).extract().jsonPath()
                .getList("months");
        int evaluated = 0;
        for (Map<String, Object> month : months) {
            String label = org + " " + month.get("month");
            JsonPath overview = api().queryParam("period", month.get("month"))
                    .get("/api/v1/organizations/{id}/dashboard", org).then().statusCode(200).extract().jsonPath();
            assertEquals(overview.getInt("regime.expected"), month.get("cellsExpected"), label);
            assertEquals(overview.getInt("regime.met"), month.get("cellsMet"), label);
            assertEquals(overview.getInt("attendance.meetings"), month.get("meetings"), label);
            assertEquals(overview.getInt("attendance.expected"), month.get("attendanceExpected"), label);
            assertEquals(overview.getInt("attendance.present"), month.get("attendancePresent"), label);
            assertEquals(overview.get("attendance.rate"), month.get("attendanceRate"), label);
            assertEquals(overview.getInt("ratings.evaluated"), month.get("evaluated"), label);
            assertEquals(overview.getMap("ratings.selfByLevel"), month.get("selfByLevel"), label);
            assertEquals(overview.getMap("ratings.verifiedByLevel"), month.get("verifiedByLevel"), label);
            evaluated += (Integer) month.get("evaluated");
        }
        return evaluated;
    }

    @Test
    @AsCommuneStaff
    void anAttendanceRecordedAfterATrendReadShowsInTheNextRead() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, VIETNAM);
        UUID regular = cell.schedule("REGULAR", start);
        CellFixture.attend(regular, cell.an, "PRESENT");
        CellFixture.attend(regular, cell.binh, "PRESENT");
        CellFixture.hold(regular, start, 120);
        api().get(TREND, committee).then().statusCode(200).body("months[10].cellsMet", equalTo(1))
                .body("months[10].attendanceExpected", equalTo(4)).body("months[10].attendancePresent", equalTo(2));
        CellFixture.attend(regular, cell.cuong, "PRESENT");
        api().get(TREND, committee).then().statusCode(200).body("months[10].attendanceExpected", equalTo(4))
                .body("months[10].attendancePresent", equalTo(3)).body("months[10].attendanceRate", number(75.0));
    }

    @Test
    @AsCommuneStaff
    void aMalformedOrFutureMonthOrAnUnknownParameterIsRefusedNamingIt() {
        UUID commune = org("LCH-BL");
        for (String bad : List.of("2026-13", "26-11", "2026-Q4", "2026", "1999-12", "soon")) {
            api().queryParam("to", bad).get(TREND, commune).then().statusCode(400)
                    .body("errors[0].field", equalTo("to"));
        }
        api().queryParam("to", "2027-01").get(TREND, commune).then().statusCode(400)
                .body("errors[0].field", equalTo("to")).body("errors[0].message", containsString("2027-01"));
        api().queryParam("period", "2026-11").get(TREND, commune).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        api().get(TREND, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @AsCommuneStaff
    void aCallerOutsideTheSubtreeSeesNoTrend() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Tokens.actAs("bithu.binh", "secretary");
        api().get(TREND, committee).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsStranger
    void aCallerWithoutAppointmentsIsRefused() {
        api().get(TREND, org("LCH")).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }
}
