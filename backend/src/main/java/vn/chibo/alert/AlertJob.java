package vn.chibo.alert;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.TimeSource;

/**
 * Computes the alerts of every organisation once a day, early in the morning Vietnam time
 * ({@code chibo.alerts.cron}). A commune's server may be off at that hour (a power cut at night, a restart
 * in the morning): the catch-up ({@code chibo.alerts.catch-up-every}, first half a minute after the start,
 * off in tests) runs the day's computation when no run of that day is recorded, so committees never read
 * yesterday's alerts as today's. A run before the job's hour is harmless: the job recomputes at its hour.
 */
@ApplicationScoped
public class AlertJob {
    private static final Logger LOG = Logger.getLogger(AlertJob.class);

    private final AlertService alerts;
    private final TimeSource time;
    private final ApiMetrics metrics;

    public AlertJob(AlertService alerts, TimeSource time, ApiMetrics metrics) {
        this.alerts = alerts;
        this.time = time;
        this.metrics = metrics;
    }

    @Scheduled(cron = "{chibo.alerts.cron}", timeZone = "{chibo.zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        log("Daily alerts", metrics.alertRun("scheduled", () -> alerts.computeDaily(time.today())));
    }

    @Scheduled(every = "{chibo.alerts.catch-up-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCatchUp() {
        try {
            catchUp(time.today()).ifPresent(r -> log("Alerts caught up (no run recorded today)", r));
        } catch (RuntimeException e) {
            // The daily job ran at the same moment and recorded the day first; nothing is missing.
            LOG.warnf("Alerts catch-up stopped (%s); the next check retries if the day is still missing", e.getMessage());
        }
    }

    /** Runs the day's computation when none is recorded for the day; empty when there is one. */
    public Optional<AlertApi.RunResult> catchUp(LocalDate day) {
        if (alerts.computedDaily(day)) return Optional.empty();
        return Optional.of(metrics.alertRun("catch-up", () -> alerts.computeDaily(day)));
    }

    private static void log(String what, AlertApi.RunResult r) {
        LOG.infof("%s: %d organisations, %d raised, %d resolved, %d open, %d ms",
                what, r.organizations(), r.raised(), r.resolved(), r.open(), r.millis());
    }
}
