package vn.chibo.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quarter periods, coverage and report periods at their boundaries. */
class SupervisionRulesTest {

    @Test
    void aQuarterRunsFromItsFirstToItsLastDayIncludingTheTwentyNinthOfFebruary() {
        SupervisionRules.Period q1 = SupervisionRules.quarter(2028, 1);
        assertEquals(LocalDate.of(2028, 1, 1), q1.from());
        assertEquals(LocalDate.of(2028, 3, 31), q1.to());
        assertTrue(q1.contains(LocalDate.of(2028, 2, 29)));
        assertFalse(q1.contains(LocalDate.of(2027, 12, 31)));
        assertFalse(q1.contains(LocalDate.of(2028, 4, 1)));
        assertEquals(LocalDate.of(2026, 12, 31), SupervisionRules.quarter(2026, 4).to());
        assertEquals(List.of("2026-10", "2026-11", "2026-12"), SupervisionRules.monthsOf(2026, 4));
    }

    @Test
    void aCellIsCoveredWithAsManyVisitsAsThePolicyAsks() {
        assertFalse(SupervisionRules.covered(0, 1));
        assertTrue(SupervisionRules.covered(1, 1));
        assertFalse(SupervisionRules.covered(1, 2));
        assertTrue(SupervisionRules.covered(0, 0));
    }

    @Test
    void theHalfYearReportCoversJanuaryToJuneAndTheAnnualOneTheYear() {
        SupervisionRules.Period half = SupervisionRules.reportPeriod(2026, SupervisionApi.ReportKind.HALF_YEAR);
        assertEquals(LocalDate.of(2026, 1, 1), half.from());
        assertEquals(LocalDate.of(2026, 6, 30), half.to());
        SupervisionRules.Period year = SupervisionRules.reportPeriod(2026, SupervisionApi.ReportKind.ANNUAL);
        assertEquals(LocalDate.of(2026, 12, 31), year.to());
    }
}
