package vn.chibo.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;
import vn.chibo.scheduling.ClusterJobs;

/**
 * Forgets the keys older than the retention, so the table holds about a day of POSTs. One replica of a cluster
 * purges at a time (lease {@value #JOB}, {@link ClusterJobs}): the others would only repeat the same DELETE.
 */
@ApplicationScoped
public class IdempotencyPurgeJob {
    static final String JOB = "idempotency-purge";

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);

    private final IdempotentRequestStore store;
    private final TimeSource time;
    private final ChiboConfig config;
    private final ClusterJobs cluster;

    public IdempotencyPurgeJob(IdempotentRequestStore store, TimeSource time, ChiboConfig config, ClusterJobs cluster) {
        this.store = store;
        this.time = time;
        this.config = config;
        this.cluster = cluster;
    }

    @Scheduled(every = "{chibo.idempotency.purge-every}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        cluster.runExclusively(JOB, config.idempotency().purgeLease(), this::purge);
    }

    public void purge() {
        long forgotten = store.forgetBefore(time.now().minus(config.idempotency().retention()));
        if (forgotten > 0) LOG.debugf("Forgot %d idempotency keys", forgotten);
    }
}
