package vn.chibo.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;

/** Forgets the keys older than the retention, so the table holds about a day of POSTs. */
@ApplicationScoped
public class IdempotencyPurgeJob {
    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);

    private final IdempotentRequestStore store;
    private final TimeSource time;
    private final ChiboConfig config;

    public IdempotencyPurgeJob(IdempotentRequestStore store, TimeSource time, ChiboConfig config) {
        this.store = store;
        this.time = time;
        this.config = config;
    }

    @Scheduled(every = "{chibo.idempotency.purge-every}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        long forgotten = store.forgetBefore(time.now().minus(config.idempotency().retention()));
        if (forgotten > 0) LOG.debugf("Forgot %d idempotency keys", forgotten);
    }
}
