package vn.chibo.meeting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** BR-M5: a draft resolution or conclusion published before a regular meeting. */
class DraftResolutionCheckTest {
    private static final Instant START = Instant.parse("2026-12-10T07:00:00Z");

    @Test
    @DisplayName("BR-M5 a draft published before the start satisfies the rule, one published at the start does not")
    void brM5_draftBeforeStart() {
        Instant after = START.plus(Duration.ofHours(3));
        assertTrue(DraftResolutionCheck.check(START, List.of(START.minusSeconds(1)), 1, after).isEmpty());
        assertEquals(Finding.of("draft-resolution-missing"),
                DraftResolutionCheck.check(START, List.of(START), 1, after).orElseThrow());
    }

    @Test
    @DisplayName("BR-M5 a planned meeting is flagged from documentLeadDays before the start, not earlier")
    void brM5_flaggedWithinTheLeadTime() {
        assertTrue(DraftResolutionCheck.check(START, List.of(), 2, START.minus(Duration.ofDays(2)).minusSeconds(1))
                .isEmpty(), "just over 2 days before");
        assertEquals("draft-resolution-missing", DraftResolutionCheck.check(START, List.of(), 2,
                START.minus(Duration.ofDays(2))).orElseThrow().code(), "2 days before");
        assertTrue(DraftResolutionCheck.check(START, List.of(), 1, START.minus(Duration.ofDays(2))).isEmpty(),
                "with a 1-day lead time, 2 days before is still early");
    }

    @Test
    @DisplayName("BR-M5 a lead time of 0 still warns from one day before")
    void brM5_atLeastOneDay() {
        assertEquals("draft-resolution-missing", DraftResolutionCheck.check(START, List.of(), 0,
                START.minus(Duration.ofHours(23))).orElseThrow().code());
        assertTrue(DraftResolutionCheck.check(START, List.of(), 0, START.minus(Duration.ofHours(25))).isEmpty());
    }
}
