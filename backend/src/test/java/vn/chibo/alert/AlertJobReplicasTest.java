package vn.chibo.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;
import vn.chibo.scheduling.ClusterJobs;
import vn.chibo.testing.TestClock;

/**
 * The daily alert run is computed once per cluster (issue 14): two replicas (two {@link AlertJob}s with their own
 * holder ids) whose crons fire for the same day compute it once, whether they fire together (the lease) or one after
 * the other has finished (the day's recorded run).
 */
@QuarkusTest
class AlertJobReplicasTest {
    /** Far enough back that no other test computes or expects this day. */
    private static final LocalDate DAY = TestClock.TODAY.minusDays(20);

    @Inject
    AlertService alerts;

    @Inject
    TimeSource time;

    @Inject
    ApiMetrics metrics;

    @Inject
    ChiboConfig config;

    @AfterEach
    void backToToday() {
        // The runs below judged the tree as of another day: judge it as of the tests' day again.
        alerts.computeDaily(TestClock.TODAY);
    }

    @Test
    void twoReplicasWhoseCronFiresForTheSameDayComputeItOnce() throws Exception {
        Instant firedAt = DAY.atTime(LocalTime.of(0, 30)).atZone(time.zone()).toInstant();
        AlertJob a = replica("replica-a");
        AlertJob b = replica("replica-b");

        List<Optional<AlertApi.RunResult>> together = together(() -> a.daily(DAY, firedAt), () -> b.daily(DAY, firedAt));
        assertEquals(1, together.stream().filter(Optional::isPresent).count(), "one of the two computed the day");
        Instant recorded = finishedAt();

        // A third replica whose scheduler woke late (after the first run gave its lease back) finds the firing served.
        assertTrue(replica("replica-c").daily(DAY, firedAt).isEmpty());
        assertEquals(recorded, finishedAt(), "the day was not computed again");

        // A run recorded before the cron's instant (a catch-up after a night's outage) still leaves it to the cron.
        assertTrue(replica("replica-d").daily(DAY, recorded.plusSeconds(1)).isPresent());
    }

    private AlertJob replica(String holder) {
        ClusterJobs cluster = new ClusterJobs(holder, Clock.fixed(time.now(), ZoneOffset.UTC), metrics);
        return new AlertJob(alerts, time, metrics, cluster, config);
    }

    private static Instant finishedAt() {
        return QuarkusTransaction.requiringNew().call(() -> AlertDailyRun.<AlertDailyRun>findById(DAY).finishedAt);
    }

    @SafeVarargs
    private static <T> List<T> together(java.util.concurrent.Callable<T>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    // As the scheduler does for a scheduled method: the job's reads need a request context.
                    ManagedContext request = Arc.container().requestContext();
                    request.activate();
                    try {
                        return call.call();
                    } finally {
                        request.terminate();
                    }
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get(120, TimeUnit.SECONDS));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
