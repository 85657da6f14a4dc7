package vn.chibo.scheduling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The lease of one scheduled job across the replicas sharing the database: who runs it ({@code holder}) and until
 * when the others keep off ({@code leasedUntil}). Changed only by the bulk updates below, each a single statement,
 * so the database's row lock decides between replicas that try at the same instant.
 */
@Entity
@Table(name = "job_lease")
public class JobLease extends PanacheEntityBase {
    @Id
    public String name;

    public String holder;

    @Column(name = "leased_until", nullable = false)
    public Instant leasedUntil;

    @Column(name = "last_started_at")
    public Instant lastStartedAt;

    @Column(name = "last_finished_at")
    public Instant lastFinishedAt;

    /** Counts the takes, so a row shows how often the job ran; not an optimistic lock (the updates are bulk). */
    @Column(nullable = false)
    public long version;

    /**
     * Takes the lease when it has run out, or when this holder has it already (a release that failed): one
     * conditional UPDATE, so of replicas trying together exactly one changes the row and the others see the new
     * {@code leasedUntil} once its lock is released. True when this holder has it now.
     */
    static boolean take(String job, String holder, Instant now, Instant until) {
        return update("holder = ?1, leasedUntil = ?2, lastStartedAt = ?3, version = version + 1"
                + " where name = ?4 and (leasedUntil <= ?3 or holder = ?1)", holder, until, now, job) == 1;
    }

    /** Gives the lease back at {@code now}, unless it ran out and another holder took it meanwhile. */
    static void release(String job, String holder, Instant now) {
        update("leasedUntil = ?1, lastFinishedAt = ?1 where name = ?2 and holder = ?3", now, job, holder);
    }
}
