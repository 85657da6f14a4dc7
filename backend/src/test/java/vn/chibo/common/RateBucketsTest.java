package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateBucketsTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private final AtomicLong now = new AtomicLong();
    private final Ticker clock = now::get;

    @Test
    void aCallerHasAMinutesBudgetThenWaitsForItToRefill() {
        RateBuckets buckets = new RateBuckets(5, 100, clock);
        for (int i = 4; i >= 0; i--) assertEquals(i, buckets.take("an").remaining());
        RateBuckets.Decision refused = buckets.take("an");
        assertFalse(refused.allowed());
        assertEquals(12, refused.retryAfterSeconds()); // five a minute: one every twelve seconds
        assertEquals(60, refused.resetSeconds()); // empty: a whole minute until the budget is full again
        now.set(11 * SECOND);
        assertFalse(buckets.take("an").allowed());
        now.set(12 * SECOND);
        RateBuckets.Decision afterWait = buckets.take("an");
        assertTrue(afterWait.allowed());
        assertEquals(60, afterWait.resetSeconds());
    }

    @Test
    void theResetIsTheTimeUntilTheBudgetIsWholeAgain() {
        RateBuckets buckets = new RateBuckets(60, 100, clock);
        RateBuckets.Decision first = buckets.take("an");
        assertEquals(59, first.remaining());
        assertEquals(1, first.resetSeconds()); // one spent of sixty a minute: whole again in a second
    }

    @Test
    void thousandsOfOtherCallersDoNotResetASpentBudget() {
        RateBuckets buckets = new RateBuckets(5, 20_000, clock);
        for (int i = 0; i < 5; i++) buckets.take("an");
        for (int i = 0; i < 10_000; i++) buckets.take("caller-" + i);
        assertFalse(buckets.take("an").allowed());
    }

    @Test
    void moreCallersThanTheLimitEvictBucketsOneByOneInsteadOfGrowingTheMemory() {
        RateBuckets buckets = new RateBuckets(5, 100, clock);
        for (int i = 0; i < 10_000; i++) buckets.take("caller-" + i);
        assertTrue(buckets.size() <= 100, "bounded: " + buckets.size());
        assertTrue(buckets.size() >= 90, "evicted one by one, not cleared: " + buckets.size());
    }

    @Test
    void callersIdleForAMinuteAreForgottenWithNothingLost() {
        RateBuckets buckets = new RateBuckets(5, 100, clock);
        buckets.take("a");
        now.set(30 * SECOND);
        buckets.take("b");
        now.set(61 * SECOND);
        assertEquals(1, buckets.size()); // "a" idle for a minute is gone, "b" stays
        assertEquals(4, buckets.take("a").remaining()); // a full budget, as it would have refilled anyway
    }
}
