package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.Race;
import vn.chibo.testing.TestClock;

/**
 * Two "replicas" (two {@link SharedBudget}s, each with its own held tokens) spending one caller's budget
 * through the real table {@code rate_window}, on a clock the test sets.
 */
@QuarkusTest
class SharedRateBudgetTest {
    private static final Logger LOG = Logger.getLogger(SharedRateBudgetTest.class);

    @Inject
    RateWindows windows;

    private final AtomicReference<Instant> now = new AtomicReference<>(TestClock.START.plusSeconds(10));

    private SharedBudget replica(int limit, int chunk) {
        return new SharedBudget("test", limit, chunk, 1000, windows, now::get, outcome -> {});
    }

    /** What {@link RateLimits} does for one request once the replica's own bucket allowed it. */
    private static SharedBudget.Answer take(SharedBudget replica, String caller) {
        SharedBudget.Answer held = replica.takeHeld(caller);
        return held != null ? held : replica.takeReserving(caller);
    }

    private static String caller() {
        return "caller-" + UUID.randomUUID();
    }

    @Test
    void aCallerWhoSpentTheBudgetOnOneReplicaIsRefusedOnTheOtherUntilTheNextMinute() {
        SharedBudget a = replica(5, 2);
        SharedBudget b = replica(5, 2);
        String caller = caller();
        for (int left = 4; left >= 0; left--) {
            SharedBudget.Answer allowed = take(a, caller);
            assertTrue(allowed.allowed());
            assertEquals(left, allowed.remaining());
        }
        SharedBudget.Answer refused = take(b, caller);
        assertFalse(refused.allowed());
        assertEquals(50, refused.resetSeconds()); // ten seconds into the minute: whole again in fifty
        assertFalse(take(a, caller).allowed());
        now.set(now.get().plusSeconds(49));
        assertFalse(take(b, caller).allowed());
        now.set(now.get().plusSeconds(1)); // the next minute
        assertTrue(take(b, caller).allowed());
        assertTrue(take(a, caller).allowed());
    }

    @Test
    void tokensOneReplicaHoldsAreNotSpentTwiceAndTheOtherIsRefusedEarlierInstead() {
        SharedBudget a = replica(5, 4);
        SharedBudget b = replica(5, 4);
        String caller = caller();
        assertTrue(take(a, caller).allowed()); // a reserves 4 and holds 3
        assertTrue(take(b, caller).allowed()); // b gets the one left, not a chunk
        assertFalse(take(b, caller).allowed()); // refused while a still holds 3 (at most chunk - 1)
        for (int i = 0; i < 3; i++) assertTrue(take(a, caller).allowed());
        assertFalse(take(a, caller).allowed());
    }

    @Test
    void eightThreadsOnTwoReplicasNeverLetMoreThanTheLimitThrough() {
        int limit = 100;
        int chunk = 5;
        List<SharedBudget> replicas = List.of(replica(limit, chunk), replica(limit, chunk));
        String caller = caller();
        List<Integer> allowedPerThread = Race.run(8, thread -> {
            SharedBudget replica = replicas.get(thread % 2);
            int allowed = 0;
            while (take(replica, caller).allowed()) allowed++;
            return allowed;
        });
        int allowed = allowedPerThread.stream().mapToInt(Integer::intValue).sum();
        // Reserving before spending keeps the replicas within the limit itself, tighter than the
        // limit + (chunk - 1) per replica that spending first and recording after would allow.
        assertTrue(allowed <= limit, "allowed " + allowed);
        // What is lost are the tokens threads held when their replica was refused: below chunk each.
        assertTrue(allowed > limit - 8 * (chunk - 1), "allowed " + allowed);
    }

    @Test
    void aBusyCallerCostsOneStatementPerChunkNotPerRequest() {
        long perRequest = statementsFor100Requests(1);
        long chunked = statementsFor100Requests(20);
        LOG.infof("Shared rate budget: 100 requests of one caller cost %d SQL statements with chunk 1, %d with chunk 20",
                perRequest, chunked);
        assertEquals(101, perRequest); // the first request of the minute: an update that finds no row, then the insert
        assertEquals(6, chunked); // 2 for the first chunk, 1 for each of the four others
    }

    private long statementsFor100Requests(int chunk) {
        SharedBudget replica = replica(1000, chunk);
        String caller = caller();
        long before = windows.statements();
        for (int i = 0; i < 100; i++) assertTrue(take(replica, caller).allowed());
        return windows.statements() - before;
    }

    @Test
    void windowsOlderThanThePurgeAreDeletedAndAStaleRowIsNeverReused() {
        String caller = caller();
        long old = SharedBudget.windowStart(TestClock.START.getEpochSecond()) - 600;
        assertEquals(3, windows.reserve("test:" + caller, old, 3, 3));
        assertEquals(0, windows.reserve("test:" + caller, old, 1, 3));
        assertTrue(windows.purgeBefore(old + 60) >= 1);
        assertEquals(3, windows.reserve("test:" + caller, old, 3, 3));
    }
}
