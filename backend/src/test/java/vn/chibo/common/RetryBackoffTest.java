package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    private static final Instant FAILED = Instant.parse("2026-12-06T05:00:00Z");
    private static final RetryBackoff POLICY = new RetryBackoff(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        assertEquals(FAILED.plus(Duration.ofMinutes(1)), POLICY.nextAttempt(1, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(2)), POLICY.nextAttempt(2, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(4)), POLICY.nextAttempt(3, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(5)), POLICY.nextAttempt(4, FAILED), "capped");
    }

    @Test
    void noAttemptFollowsTheLastOne() {
        assertNull(POLICY.nextAttempt(5, FAILED));
        assertNull(POLICY.nextAttempt(6, FAILED));
        assertEquals(FAILED, new RetryBackoff(2, Duration.ZERO, Duration.ZERO).nextAttempt(1, FAILED));
    }

    @Test
    void aPolicyWithoutAttemptsOrWithTheCapBelowTheFirstWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryBackoff(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryBackoff(3, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }
}
