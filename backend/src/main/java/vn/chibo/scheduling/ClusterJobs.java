package vn.chibo.scheduling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import vn.chibo.common.ApiMetrics;

/**
 * Runs scheduled work once per cluster, not once per JVM (issue 14): every replica's scheduler fires, and only the
 * replica that takes the job's lease in the shared database ({@link JobLease}, table {@code job_lease}) runs it; the
 * others skip this firing. The lease is taken in its own short transaction, the work runs outside it (it opens its
 * own), and the lease is given back when the work ends, failed or not. A replica that dies mid-run holds the job
 * until the lease runs out or it is started again (it takes its own lease back), so a lease is chosen longer than
 * the job's worst run: a second replica must never start while the first still works.
 *
 * <p>Times come from the application's clock ({@link vn.chibo.common.TimeSource}), as every replica's does: their
 * clocks must agree (NTP) to well within the shortest lease.
 */
@ApplicationScoped
public class ClusterJobs {
    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);

    private final String holder;
    private final Clock clock;
    private final ApiMetrics metrics;
    /**
     * The jobs this replica runs now: the database lets a holder take its own lease again, this keeps two of its
     * threads (the daily alerts and their catch-up) from running one job at once.
     */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Inject
    public ClusterJobs(Clock clock, ApiMetrics metrics, @ConfigProperty(name = "quarkus.http.port") int port) {
        this(holderOfThisReplica(port), clock, metrics);
    }

    /** The jobs as one replica (holder id) sees them; tests make several to stand for a cluster. */
    public ClusterJobs(String holder, Clock clock, ApiMetrics metrics) {
        this.holder = holder;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Runs {@code work} when this replica gets the job's lease for {@code lease}; false, without running it, when
     * another replica holds it (or this one still runs it). An exception of the work is thrown on after the lease
     * is given back. Counted in {@code chibo_job_runs_total{job,outcome=ran|failed|skipped}}.
     */
    public boolean runExclusively(String job, Duration lease, Runnable work) {
        if (!running.add(job)) return skipped(job, "this replica still runs it");
        try {
            if (!acquire(job, lease)) return skipped(job, "another replica holds its lease");
            String outcome = "failed";
            try {
                work.run();
                outcome = "ran";
                return true;
            } finally {
                Instant finished = now();
                QuarkusTransaction.requiringNew().run(() -> JobLease.release(job, holder, finished));
                metrics.jobRun(job, outcome);
            }
        } finally {
            running.remove(job);
        }
    }

    /** Who this replica is in {@code job_lease.holder}. */
    public String holder() {
        return holder;
    }

    private boolean acquire(String job, Duration lease) {
        Instant now = now();
        if (take(job, now, lease)) return true;
        if (QuarkusTransaction.requiringNew().call(() -> JobLease.findById(job)) != null) return false;
        create(job);
        return take(job, now, lease);
    }

    /** To the microsecond, as the databases keep it: the row says exactly what was decided. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private boolean take(String job, Instant now, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> JobLease.take(job, holder, now, now.plus(lease)));
    }

    /** A job's first run anywhere: its row, free. Another replica may insert it at the same moment; either row will do. */
    private static void create(String job) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                JobLease row = new JobLease();
                row.name = job;
                row.leasedUntil = Instant.EPOCH;
                row.persistAndFlush();
            });
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) throw e;
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) return true;
        }
        return false;
    }

    private boolean skipped(String job, String why) {
        LOG.debugf("Job %s skipped on %s: %s", job, holder, why);
        metrics.jobRun(job, "skipped");
        return false;
    }

    /**
     * The host's name (what an operator recognises) and the replica's HTTP port: two replicas on one host differ,
     * and a replica restarted after a crash (kill -9, power cut) is the same holder again, so it takes back at once
     * the leases its previous process died holding instead of leaving its jobs stopped until they run out (the
     * webhook and notice deliveries would otherwise wait up to their whole lease). Its own threads are kept apart
     * by {@link #running}.
     */
    static String holderOfThisReplica(int port) {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "unknown-host";
            }
        }
        if (host.length() > 150) host = host.substring(0, 150);
        return host + ":" + port;
    }
}
