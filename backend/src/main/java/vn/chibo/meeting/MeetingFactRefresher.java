package vn.chibo.meeting;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;
import vn.chibo.scheduling.ClusterJobs;

/**
 * Brings every stored meeting fact up to date, a year of meetings at a time: in the background, so a read
 * after a write finds little to recompute, and after the demo loaders wrote their history. One replica
 * of a cluster refreshes at a time (lease {@value #JOB}, {@link ClusterJobs}): two would recompute the same rows
 * and race each other's writes.
 */
@ApplicationScoped
public class MeetingFactRefresher {
    static final String JOB = "meeting-facts-refresh";

    private static final Logger LOG = Logger.getLogger(MeetingFactRefresher.class);

    private final EntityManager em;
    private final MeetingFactStore store;
    private final TimeSource time;
    private final ClusterJobs cluster;
    private final Duration lease;

    public MeetingFactRefresher(EntityManager em, MeetingFactStore store, TimeSource time, ClusterJobs cluster,
            ChiboConfig config) {
        this.em = em;
        this.store = store;
        this.time = time;
        this.cluster = cluster;
        this.lease = config.meetingFacts().lease();
    }

    @Scheduled(every = "{chibo.meeting-facts.refresh-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            cluster.runExclusively(JOB, lease, () -> {
                int written = refreshAll();
                if (written > 0) LOG.infof("Meeting facts: %d rows recomputed", written);
            });
        } catch (RuntimeException e) {
            // A read refreshing the same meetings won the race; the next run finds what is left.
            LOG.warnf("Meeting facts: background refresh stopped (%s)", e.getMessage());
        }
    }

    /** @return how many rows were recomputed */
    public int refreshAll() {
        Object[] range = em.createQuery("select min(m.scheduledStart), max(m.scheduledStart) from Meeting m", Object[].class)
                .getSingleResult();
        if (range[0] == null) return 0;
        int written = 0;
        for (int year = time.dateOf((Instant) range[0]).getYear(); year <= time.dateOf((Instant) range[1]).getYear(); year++) {
            written += store.refresh("/", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return written;
    }
}
