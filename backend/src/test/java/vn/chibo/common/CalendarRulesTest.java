package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.policy.PolicyProfile;

/** Quarters, "MM-DD" deadlines and lateness at their boundaries. */
class CalendarRulesTest {

    @Test
    void quartersTurnOnTheFirstDayOfJanuaryAprilJulyAndOctober() {
        assertEquals(4, Quarters.of(LocalDate.of(2025, 12, 31)));
        assertEquals(1, Quarters.of(LocalDate.of(2026, 1, 1)));
        assertEquals(1, Quarters.of(LocalDate.of(2026, 3, 31)));
        assertEquals(2, Quarters.of(LocalDate.of(2026, 4, 1)));
        assertEquals(3, Quarters.of(LocalDate.of(2026, 7, 1)));
        assertEquals(4, Quarters.of(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2028, 3, 31), Quarters.end(Quarters.start(LocalDate.of(2028, 2, 29))));
        assertTrue(Quarters.contains(2028, 1, LocalDate.of(2028, 2, 29)));
        assertFalse(Quarters.contains(2027, 1, LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aQuarterHasEndedOnlyAfterItsLastDay() {
        assertFalse(Quarters.hasEnded(2026, 4, LocalDate.of(2026, 12, 31)));
        assertTrue(Quarters.hasEnded(2026, 4, LocalDate.of(2027, 1, 1)));
        assertFalse(Quarters.hasEnded(2027, 1, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void deadlinesFallOnThePolicyDayAndAreLateTheDayAfter() {
        LocalDate half = PolicyProfile.dayOfYear("06-20", 2026);
        assertEquals(LocalDate.of(2026, 6, 20), half);
        assertEquals(LocalDate.of(2027, 2, 28), PolicyProfile.dayOfYear("02-29", 2027));
        assertEquals(LocalDate.of(2028, 2, 29), PolicyProfile.dayOfYear("02-29", 2028));
        assertFalse(Deadlines.late(half, null, LocalDate.of(2026, 6, 20)));
        assertTrue(Deadlines.late(half, null, LocalDate.of(2026, 6, 21)));
        assertFalse(Deadlines.late(half, LocalDate.of(2026, 6, 20), LocalDate.of(2026, 12, 1)));
        assertTrue(Deadlines.late(half, LocalDate.of(2026, 6, 21), LocalDate.of(2026, 6, 21)));
    }
}
