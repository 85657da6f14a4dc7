package vn.chibo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ApiException;
import vn.chibo.policy.PolicyProfile;

/** BR-S2 due days from the policy, the late flag at the boundary, and the shape of report periods. */
class ReportDueDatesTest {
    private static PolicyProfile policy() {
        return new PolicyProfile();
    }

    @Test
    void brS2_defaultsAreTheFifthDayAfterTheQuarterTwentiethOfJuneAndTenthOfDecember() {
        PolicyProfile p = policy();
        assertEquals(LocalDate.of(2026, 10, 5), ReportDueDates.due(ReportPeriod.quarter(2026, 3), p, null));
        assertEquals(LocalDate.of(2027, 1, 5), ReportDueDates.due(ReportPeriod.quarter(2026, 4), p, null));
        assertEquals(LocalDate.of(2026, 6, 20), ReportDueDates.due(ReportPeriod.halfYear(2026), p, null));
        assertEquals(LocalDate.of(2026, 12, 10), ReportDueDates.due(ReportPeriod.year(ReportKind.ANNUAL, 2026), p, null));
    }

    @Test
    void brS2_dueDatesFollowThePolicyValues() {
        PolicyProfile p = policy();
        p.reportQuarterDueDays = 10;
        p.reportHalfYearDue = "06-15";
        p.reportAnnualDue = "12-01";
        p.reportModelDueDays = 0;
        p.modelMeetingQuarter = 1;
        assertEquals(LocalDate.of(2026, 7, 10), ReportDueDates.due(ReportPeriod.quarter(2026, 2), p, null));
        assertEquals(LocalDate.of(2026, 6, 15), ReportDueDates.due(ReportPeriod.halfYear(2026), p, null));
        assertEquals(LocalDate.of(2026, 12, 1), ReportDueDates.due(ReportPeriod.year(ReportKind.ANNUAL, 2026), p, null));
        assertEquals(LocalDate.of(2026, 3, 31), ReportDueDates.due(ReportPeriod.year(ReportKind.MODEL_MEETING, 2026), p, null));
        assertEquals(LocalDate.of(2026, 6, 30), ReportDueDates.due(ReportPeriod.year(ReportKind.MODEL_MEETING, 2026), p, 2),
                "the programme's own quarter wins over the policy's");
    }

    @Test
    void brS2_aReportOnItsDueDayIsOnTimeAndTheNextDayLate() {
        LocalDate due = LocalDate.of(2026, 6, 20);
        assertFalse(ReportDueDates.late(LocalDate.of(2026, 6, 19), due));
        assertFalse(ReportDueDates.late(due, due));
        assertTrue(ReportDueDates.late(LocalDate.of(2026, 6, 21), due));
    }

    @Test
    void periodsMustFitTheirKindAndHaveBegun() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertEquals(LocalDate.of(2026, 7, 1), ReportPeriod.parse(ReportKind.QUARTERLY, "2026-Q3", today).from());
        assertEquals(LocalDate.of(2026, 6, 30), ReportPeriod.parse(ReportKind.HALF_YEAR, "2026-H1", today).to());
        for (String bad : List.of("2026", "2026-Q5", "2026-H1", "26-Q1", "1999-Q1", "")) {
            assertEquals("period", field(() -> ReportPeriod.parse(ReportKind.QUARTERLY, bad, today)), bad);
        }
        assertEquals("period", field(() -> ReportPeriod.parse(ReportKind.ANNUAL, "2026-Q1", today)));
        assertEquals("period", field(() -> ReportPeriod.parse(ReportKind.ANNUAL, "2027", today)), "not begun");
    }

    @Test
    void theAlertJudgesTheLastTwoQuartersAndThisAndLastYear() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertEquals(List.of("2026-Q3", "2026-Q2"),
                ReportDueDates.recent(ReportKind.QUARTERLY, today).stream().map(ReportPeriod::key).toList());
        assertEquals(List.of("2026-H1", "2025-H1"),
                ReportDueDates.recent(ReportKind.HALF_YEAR, today).stream().map(ReportPeriod::key).toList());
        assertEquals(List.of("2025-Q4", "2025-Q3"), ReportDueDates.recent(ReportKind.QUARTERLY, LocalDate.of(2026, 1, 1))
                .stream().map(ReportPeriod::key).toList());
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.fieldErrors().get(0).field();
        }
        return null;
    }
}
