package vn.chibo.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The application's own meters, next to the HTTP server metrics Quarkus keeps per route template.
 * Tag values come from small fixed sets (kinds, steps, outcomes), never from ids or user input, so
 * the number of series stays bounded. Read them at /q/metrics on the management port.
 */
@ApplicationScoped
public class ApiMetrics {
    private final MeterRegistry registry;

    public ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * A spreadsheet import step ("preview" or "commit") of a kind ("MEMBERS"...) ended with an outcome:
     * "valid", "invalid-rows" (a preview naming bad rows), "committed", "refused" (a 4xx answer) or "failed".
     */
    public void imported(String step, String kind, String outcome) {
        Counter.builder("chibo.imports").description("Spreadsheet import steps by kind and outcome")
                .tag("step", step).tag("kind", kind).tag("outcome", outcome)
                .register(registry).increment();
    }

    /**
     * Rows of a bulk sync by external id ({@code kind} "members" or "organizations") by outcome ("created",
     * "updated", "unchanged", "error"): a nightly sync that suddenly updates everything, or errs, shows here.
     * A call refused as a whole (ALL_OR_NOTHING with a bad row: 422; too many items: 413) counts no rows.
     */
    public void synced(String kind, String outcome, int rows) {
        Counter.builder("chibo.sync.rows").description("Rows of bulk syncs by external id, by kind and outcome")
                .tag("kind", kind).tag("outcome", outcome)
                .register(registry).increment(rows);
    }

    /**
     * A scheduled job's firing on this replica ({@code vn.chibo.scheduling.ClusterJobs}): "ran", "failed" (ran and
     * threw), or "skipped" (another replica held the job's lease, or this one still ran it). With two replicas about
     * half the firings are skipped on each; a replica that never runs a job is fine while another does.
     */
    public void jobRun(String job, String outcome) {
        Counter.builder("chibo.job.runs").description("Scheduled job firings by job and outcome (ran, failed, skipped)")
                .tag("job", job).tag("outcome", outcome)
                .register(registry).increment();
    }

    /** Times one alert computation ("scheduled" daily job or "manual" run) and counts it by outcome. */
    public <T> T alertRun(String trigger, Supplier<T> run) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            T result = run.get();
            outcome = "ok";
            return result;
        } finally {
            sample.stop(Timer.builder("chibo.alert.runs").description("Alert computations: runs and duration")
                    .tag("trigger", trigger).tag("outcome", outcome).register(registry));
        }
    }

    /** The automatic criteria of one meeting's evaluation were scored again from its facts. */
    public void evaluationRecomputed() {
        Counter.builder("chibo.evaluation.recomputes")
                .description("Recomputations of an evaluation's automatic criteria")
                .register(registry).increment();
    }

    /** A request refused with 429; kind says whose budget ran out ("caller" or "anonymous"). */
    public void rateLimited(String kind) {
        Counter.builder("chibo.rate.limited").description("Requests refused for exceeding a rate budget")
                .tag("kind", kind).register(registry).increment();
    }

    /**
     * A replica asked the shared rate budget for a chunk: "reserved", "exhausted" (the caller's minute is
     * spent) or "failed" (the database did not answer; the replica's own bucket decided alone).
     */
    public void sharedRateBudget(String outcome) {
        Counter.builder("chibo.rate.shared").description("Reservations from the rate budget shared by the replicas")
                .tag("outcome", outcome).register(registry).increment();
    }
}
