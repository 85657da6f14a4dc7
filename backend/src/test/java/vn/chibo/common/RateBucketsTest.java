package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateBucketsTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aCallerHasAMinutesBudgetThenWaitsForItToRefill() {
        RateBuckets buckets = new RateBuckets(5, 100, 0);
        for (int i = 4; i >= 0; i--) assertEquals(i, buckets.take("an", 0).remaining());
        RateBuckets.Decision refused = buckets.take("an", 0);
        assertFalse(refused.allowed());
        assertEquals(12, refused.retryAfterSeconds()); // five a minute: one every twelve seconds
        assertFalse(buckets.take("an", 11 * SECOND).allowed());
        assertTrue(buckets.take("an", 12 * SECOND).allowed());
    }

    @Test
    void manyOtherCallersNeverResetASpentBudget() {
        RateBuckets buckets = new RateBuckets(5, 3, 0);
        for (int i = 0; i < 5; i++) buckets.take("an", 0);
        for (int i = 0; i < 10_000; i++) buckets.take("caller-" + i, 1);
        assertFalse(buckets.take("an", 2).allowed());
        assertTrue(buckets.size() <= 3 + 1, "bounded: " + buckets.size());
    }

    @Test
    void pastTheLimitOfCallersNewOnesShareOneBudget() {
        RateBuckets buckets = new RateBuckets(5, 2, 0);
        buckets.take("a", 0);
        buckets.take("b", 0);
        for (int i = 0; i < 5; i++) assertTrue(buckets.take("newcomer-" + i, 0).allowed());
        assertFalse(buckets.take("one-more-newcomer", 0).allowed());
    }

    @Test
    void callersIdleForAMinuteAreForgottenWithNothingLost() {
        RateBuckets buckets = new RateBuckets(5, 100, 0);
        buckets.take("a", 0);
        buckets.take("b", 30 * SECOND);
        buckets.take("c", 61 * SECOND); // the sweep at one minute drops "a", idle since 0
        assertEquals(2, buckets.size());
        assertEquals(4, buckets.take("a", 62 * SECOND).remaining()); // a full budget, as it would have refilled anyway
    }
}
