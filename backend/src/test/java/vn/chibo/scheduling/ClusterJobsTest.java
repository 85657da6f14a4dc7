package vn.chibo.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.TimeSource;
import vn.chibo.testing.Management;

/**
 * Scheduled work runs once per cluster (issue 14): replicas sharing the database are stood for by {@link ClusterJobs}
 * with their own holder ids, each on a clock the test sets (a fixed instant taken from the application's clock).
 * Every test uses a job name of its own, so its lease row starts absent.
 */
@QuarkusTest
class ClusterJobsTest {
    private static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    TimeSource time;

    @Inject
    ApiMetrics metrics;

    @Test
    void aSecondReplicaIsRefusedWhileTheFirstHoldsTheLeaseAndTakesItOnceTheLeaseRunsOut() {
        String job = job();
        Instant t0 = now();
        List<String> ran = new ArrayList<>();

        // Replica A takes the lease and, while its run lasts, replica B's scheduler fires: just before the lease
        // runs out B is refused; at its end (as if A had died mid-run) B takes the job over.
        boolean aRan = replica("replica-a", t0).runExclusively(job, LEASE, () -> {
            ran.add("a");
            assertFalse(replica("replica-b", t0).runExclusively(job, LEASE, () -> ran.add("b too early")));
            assertFalse(replica("replica-b", t0.plus(LEASE).minusMillis(1)).runExclusively(job, LEASE, () -> ran.add("b early")));
            assertTrue(replica("replica-b", t0.plus(LEASE)).runExclusively(job, LEASE, () -> ran.add("b after expiry")));
        });

        assertTrue(aRan);
        assertEquals(List.of("a", "b after expiry"), ran);
        JobLease row = lease(job);
        assertEquals("replica-b", row.holder, "A's late release leaves B's lease alone");
        assertEquals(t0.plus(LEASE), row.lastStartedAt);
        assertEquals(t0.plus(LEASE), row.lastFinishedAt, "B gave it back when its run ended");
        assertEquals(t0.plus(LEASE), row.leasedUntil);
        assertEquals(2, row.version, "taken twice");
    }

    @Test
    void aReplicaRestartedAfterDyingWithTheLeaseTakesItBackAtOnceWhileOthersWaitForItToRunOut() {
        String job = job();
        Instant t0 = now();
        // Replica A (host:port) ran the job once, then took the lease again and was killed mid-run: the row stays
        // leased, nothing releases it.
        assertTrue(replica("host-1:8080", t0.minusSeconds(60)).runExclusively(job, LEASE, () -> { }));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> JobLease.take(job, "host-1:8080", t0, t0.plus(LEASE))));
        List<String> ran = new ArrayList<>();

        assertFalse(replica("host-2:8080", t0.plusSeconds(5)).runExclusively(job, LEASE, () -> ran.add("other replica")),
                "another replica still waits for the dead one's lease to run out");
        assertTrue(replica("host-1:8080", t0.plusSeconds(5)).runExclusively(job, LEASE, () -> ran.add("A restarted")),
                "A, started again as the same holder, takes its lease back at once");
        assertEquals(List.of("A restarted"), ran);
        // What makes a restarted replica the same holder: its host and port, nothing drawn at random per process.
        assertEquals(ClusterJobs.holderOfThisReplica(8080), ClusterJobs.holderOfThisReplica(8080));
        assertFalse(ClusterJobs.holderOfThisReplica(8080).equals(ClusterJobs.holderOfThisReplica(8081)),
                "two replicas on one host differ by their port");
    }

    @Test
    void eightReplicasFiringAtTheSameInstantRunTheJobExactlyOnce() throws Exception {
        String job = job();
        Instant t0 = now();
        int replicas = 8;
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch refused = new CountDownLatch(replicas - 1);
        CountDownLatch ready = new CountDownLatch(replicas);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                ClusterJobs replica = replica("replica-" + i, t0);
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    boolean ran = replica.runExclusively(job, LEASE, () -> {
                        runs.incrementAndGet();
                        // Still running while the others try: one that came after the release would be a new run.
                        awaitQuietly(refused);
                    });
                    if (!ran) refused.countDown();
                    return ran;
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            int ran = 0;
            for (Future<Boolean> outcome : outcomes) ran += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            assertEquals(1, ran, "one replica ran it");
            assertEquals(1, runs.get());
            assertEquals(0, refused.getCount(), "the seven others were refused");
        } finally {
            pool.shutdownNow();
        }
        String metricsText = Management.metrics();
        assertEquals(1, Management.sample(metricsText, "chibo_job_runs_total", "job=\"" + job + "\"", "outcome=\"ran\""));
        assertEquals(7, Management.sample(metricsText, "chibo_job_runs_total", "job=\"" + job + "\"", "outcome=\"skipped\""));
    }

    @Test
    void aRunThatThrowsGivesTheLeaseBackAndTheNextRunProceeds() {
        String job = job();
        Instant t0 = now();

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> replica("replica-a", t0).runExclusively(job, LEASE, () -> {
                    throw new IllegalStateException("SMTP down");
                }));
        assertEquals("SMTP down", thrown.getMessage(), "the job's own failure reaches the scheduler's log");
        JobLease row = lease(job);
        assertEquals(t0, row.leasedUntil, "given back at once, not held for the lease's ten minutes");
        assertEquals(t0, row.lastFinishedAt);

        AtomicInteger runs = new AtomicInteger();
        assertTrue(replica("replica-b", t0).runExclusively(job, LEASE, runs::incrementAndGet), "another replica");
        assertTrue(replica("replica-a", t0).runExclusively(job, LEASE, runs::incrementAndGet), "the same one again");
        assertEquals(2, runs.get());
        assertEquals(1, Management.sample(Management.metrics(), "chibo_job_runs_total", "job=\"" + job + "\"",
                "outcome=\"failed\""));
    }

    @Test
    void oneReplicaNeverRunsTheSameJobTwiceAtOnce() {
        String job = job();
        ClusterJobs replica = replica("replica-a", now());
        AtomicInteger runs = new AtomicInteger();
        // The database lets a holder take its own lease again (a release that failed); the replica's own lock
        // keeps its two triggers of one job (the daily alerts and their catch-up) from overlapping.
        assertTrue(replica.runExclusively(job, LEASE, () -> {
            runs.incrementAndGet();
            assertFalse(replica.runExclusively(job, LEASE, runs::incrementAndGet));
        }));
        assertEquals(1, runs.get());
    }

    /** The application's clock now, to the microsecond as the lease rows keep it. */
    private Instant now() {
        return time.now().truncatedTo(ChronoUnit.MICROS);
    }

    private ClusterJobs replica(String holder, Instant now) {
        return new ClusterJobs(holder, Clock.fixed(now, ZoneOffset.UTC), metrics);
    }

    private static String job() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JobLease lease(String job) {
        return QuarkusTransaction.requiringNew().call(() -> JobLease.<JobLease>findById(job));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
