package vn.chibo.alert;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;
import vn.chibo.scheduling.ClusterJobs;

/**
 * Computes the alerts of every organisation once a day, early in the morning Vietnam time
 * ({@code chibo.alerts.cron}). A commune's server may be off at that hour (a power cut at night, a restart
 * in the morning): the catch-up ({@code chibo.alerts.catch-up-every}, first half a minute after the start,
 * off in tests) runs the day's computation when no run of that day is recorded, so committees never read
 * yesterday's alerts as today's. A run before the job's hour is harmless: the job recomputes at its hour.
 *
 * <p>Once per cluster (issue 14): every replica's cron fires at the same instant, and two guards keep the day to
 * one computation. The lease {@value #JOB} (shared by the daily run and the catch-up, {@link ClusterJobs}) lets
 * one replica compute while the others skip. The lease alone is not enough: it is given back when the run ends,
 * and a replica whose scheduler fires a little later (a busy JVM, a clock a second behind) would take it and
 * compute the day again. So the daily run also skips when the day's recorded run ({@code alert_daily_run})
 * finished after the cron's instant: both replicas' schedulers give the same instant for the same firing (the
 * cron's nominal time, not the moment the thread woke up), so the late one sees the firing already served. A
 * run recorded before that instant (a catch-up at 00:10 after a night's outage) still leaves the cron's run to
 * recompute, as before.
 */
@ApplicationScoped
public class AlertJob {
    static final String JOB = "alerts-daily";

    private static final Logger LOG = Logger.getLogger(AlertJob.class);

    private final AlertService alerts;
    private final TimeSource time;
    private final ApiMetrics metrics;
    private final ClusterJobs cluster;
    private final Duration lease;

    public AlertJob(AlertService alerts, TimeSource time, ApiMetrics metrics, ClusterJobs cluster, ChiboConfig config) {
        this.alerts = alerts;
        this.time = time;
        this.metrics = metrics;
        this.cluster = cluster;
        this.lease = config.alerts().lease();
    }

    @Scheduled(cron = "{chibo.alerts.cron}", timeZone = "{chibo.zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDaily(ScheduledExecution execution) {
        daily(time.today(), execution.getScheduledFireTime()).ifPresent(r -> log("Daily alerts", r));
    }

    /**
     * The cron's run of {@code day}, fired at {@code firedAt} (the cron's nominal instant); empty when another
     * replica holds the lease or has already served this firing.
     */
    public Optional<AlertApi.RunResult> daily(LocalDate day, Instant firedAt) {
        return exclusively(() -> alerts.computedDailySince(day, firedAt)
                ? null
                : metrics.alertRun("scheduled", () -> alerts.computeDaily(day)));
    }

    @Scheduled(every = "{chibo.alerts.catch-up-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCatchUp() {
        try {
            catchUp(time.today()).ifPresent(r -> log("Alerts caught up (no run recorded today)", r));
        } catch (RuntimeException e) {
            LOG.warnf("Alerts catch-up stopped (%s); the next check retries if the day is still missing", e.getMessage());
        }
    }

    /** Runs the day's computation when none is recorded for the day; empty when there is one (or another replica runs). */
    public Optional<AlertApi.RunResult> catchUp(LocalDate day) {
        return exclusively(() -> alerts.computedDaily(day)
                ? null
                : metrics.alertRun("catch-up", () -> alerts.computeDaily(day)));
    }

    /** The check and the computation under the one lease, so no other replica computes between them. */
    private Optional<AlertApi.RunResult> exclusively(Supplier<AlertApi.RunResult> checkAndRun) {
        AtomicReference<AlertApi.RunResult> result = new AtomicReference<>();
        cluster.runExclusively(JOB, lease, () -> result.set(checkAndRun.get()));
        return Optional.ofNullable(result.get());
    }

    private static void log(String what, AlertApi.RunResult r) {
        LOG.infof("%s: %d organisations, %d raised, %d resolved, %d open, %d ms",
                what, r.organizations(), r.raised(), r.resolved(), r.open(), r.millis());
    }
}
