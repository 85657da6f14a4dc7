package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.TestClock;

/** The shared budget when its store fails: the request goes on, the failure is counted, the store is asked sparingly. */
class SharedBudgetTest {
    private final List<String> outcomes = new ArrayList<>();
    private int calls;

    private final SharedBudget.Store down = (key, window, wanted, limit) -> {
        calls++;
        throw new IllegalStateException("database down");
    };

    @Test
    void aFailingStoreNeverRefusesAndIsAskedAgainOnlyAfterAChunk() {
        SharedBudget budget = new SharedBudget("caller", 100, 10, 100, down, () -> TestClock.START, outcomes::add);
        for (int i = 0; i < 25; i++) {
            SharedBudget.Answer held = budget.takeHeld("an");
            SharedBudget.Answer answer = held != null ? held : budget.takeReserving("an");
            assertTrue(answer.allowed());
        }
        assertEquals(3, calls); // requests 1, 11 and 21
        assertEquals(List.of("failed", "failed", "failed"), outcomes);
    }

    @Test
    void theWindowIsTheMinuteOfTheApplicationsClock() {
        assertEquals(Instant.parse("2026-12-06T05:00:00Z").getEpochSecond(),
                SharedBudget.windowStart(Instant.parse("2026-12-06T05:00:59Z").getEpochSecond()));
        assertEquals(Instant.parse("2026-12-06T05:01:00Z").getEpochSecond(),
                SharedBudget.windowStart(Instant.parse("2026-12-06T05:01:00Z").getEpochSecond()));
    }

    @Test
    void theWarningThatTheStoreIsDownIsLoggedAtMostOnceAMinute() {
        SharedBudget.OncePerMinute warnings = new SharedBudget.OncePerMinute();
        long start = TestClock.START.getEpochSecond();
        assertTrue(warnings.due(start));
        assertFalse(warnings.due(start + 59));
        assertTrue(warnings.due(start + 60));
        assertFalse(warnings.due(start + 61));
    }
}
