package vn.chibo.alert;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.TimeSource;

/** Runs the alert computation for every organisation once a day, early in the morning Vietnam time. */
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
        AlertApi.RunResult r = metrics.alertRun("scheduled", () -> alerts.compute("", time.today()));
        LOG.infof("Daily alerts: %d organisations, %d raised, %d resolved, %d open, %d ms",
                r.organizations(), r.raised(), r.resolved(), r.open(), r.millis());
    }
}
