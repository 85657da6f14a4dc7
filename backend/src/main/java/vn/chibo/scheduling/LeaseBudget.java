package vn.chibo.scheduling;

import java.time.Duration;

/**
 * How long a run under a lease may go on starting new work: a job that sends messages stops starting sends once
 * half its lease has passed, so the send under way ends while the lease still holds and no other replica can take
 * the job and send the same message. Elapsed time on the JVM's monotonic timer, not the calendar clock.
 */
public final class LeaseBudget {
    private final long stopAt;

    private LeaseBudget(long stopAt) {
        this.stopAt = stopAt;
    }

    public static LeaseBudget halfOf(Duration lease) {
        return new LeaseBudget(System.nanoTime() + lease.toNanos() / 2);
    }

    public boolean spent() {
        return System.nanoTime() - stopAt > 0;
    }
}
