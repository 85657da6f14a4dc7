package vn.chibo.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One kind of budget ("caller" or "anonymous") shared by every replica: per caller, {@code limit} requests
 * in each fixed minute of the application's clock, kept in a {@link Store}. A replica does not ask the
 * store for every request: it reserves a chunk of tokens at once and spends them locally, so a busy caller
 * costs one statement per chunk. Tokens are reserved before they are spent, so the replicas together
 * never let more than {@code limit} through in a window; the price is that a replica may be refused while
 * another still holds up to {@code chunk - 1} reserved tokens of that window, unused.
 *
 * <p>When the store fails, the request is not failed: the replica grants itself a chunk it could not
 * reserve (its local token bucket still applies), counts the failure and logs a warning at most once a
 * minute, and asks the store again when that chunk is spent.
 */
final class SharedBudget {
    static final long WINDOW_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(SharedBudget.class);

    /** Where the replicas reserve tokens of a caller's window ({@link RateWindows}). */
    interface Store {
        /** Grants up to {@code wanted} tokens of the window's {@code limit}: fewer when fewer are left, 0 when none. */
        int reserve(String key, long windowStart, int wanted, int limit);
    }

    /**
     * The shared budget's answer: {@code remaining} is what this replica knows to be left (exact with one
     * replica; other replicas' reservations it has not seen are not subtracted), {@code resetSeconds} the
     * wait until the window ends.
     */
    record Answer(boolean allowed, int remaining, int resetSeconds) {}

    private final String kind;
    private final int limit;
    private final int chunk;
    private final Store store;
    private final Supplier<Instant> clock;
    private final Consumer<String> outcomes;
    private final Cache<String, Lease> leases;
    private final OncePerMinute warnings = new OncePerMinute();

    /**
     * @param kind     prefix of the store's keys, so a caller and an address never share a row
     * @param outcomes told "reserved", "exhausted" or "failed" for each call of the store (metrics)
     */
    SharedBudget(String kind, int limit, int chunk, int maxKeys, Store store, Supplier<Instant> clock,
                 Consumer<String> outcomes) {
        this.kind = kind;
        this.limit = limit;
        this.chunk = Math.max(1, chunk);
        this.store = store;
        this.clock = clock;
        this.outcomes = outcomes;
        // A lease only matters within its minute: one idle for two is forgotten with nothing lost.
        this.leases = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(Duration.ofMinutes(2))
                .executor(Runnable::run).build();
    }

    int limit() {
        return limit;
    }

    /** Spends one token this replica holds, or says the window is spent; null when the store must be asked. */
    Answer takeHeld(String key) {
        long now = clock.get().getEpochSecond();
        Lease lease = leases.get(key, k -> new Lease());
        synchronized (lease) {
            lease.roll(windowStart(now));
            if (lease.unused > 0) return lease.spend(now);
            return lease.exhausted ? lease.refuse(now) : null;
        }
    }

    /** Spends one token after reserving a chunk from the store (blocking: call it off the event loop). */
    Answer takeReserving(String key) {
        long now = clock.get().getEpochSecond();
        long window = windowStart(now);
        int granted;
        try {
            granted = store.reserve(kind + ":" + key, window, chunk, limit);
            outcomes.accept(granted > 0 ? "reserved" : "exhausted");
        } catch (RuntimeException e) {
            outcomes.accept("failed");
            warn(now, e);
            granted = chunk; // not recorded anywhere: this replica's own bucket is the only limit meanwhile
        }
        Lease lease = leases.get(key, k -> new Lease());
        synchronized (lease) {
            lease.roll(window);
            lease.grant(granted);
            return lease.unused > 0 ? lease.spend(now) : lease.refuse(now);
        }
    }

    private void warn(long now, RuntimeException e) {
        if (!warnings.due(now)) return;
        LOG.warnf(e, "The shared rate budget is unavailable; each replica counts %s budgets alone until it is back", kind);
    }

    /** Says yes at most once a minute, so a database that stays down does not flood the log. */
    static final class OncePerMinute {
        private boolean said;
        private long last;

        synchronized boolean due(long epochSecond) {
            if (said && epochSecond - last < WINDOW_SECONDS) return false;
            said = true;
            last = epochSecond;
            return true;
        }
    }

    static long windowStart(long epochSecond) {
        return Math.floorDiv(epochSecond, WINDOW_SECONDS) * WINDOW_SECONDS;
    }

    /** What this replica holds of one caller's current window. */
    private final class Lease {
        private long window = Long.MIN_VALUE;
        private int reserved;
        private int unused;
        private boolean exhausted;

        void roll(long windowStart) {
            if (window == windowStart) return;
            window = windowStart;
            reserved = 0;
            unused = 0;
            exhausted = false;
        }

        void grant(int granted) {
            if (granted == 0) {
                exhausted = true;
                return;
            }
            reserved += granted;
            unused += granted;
        }

        Answer spend(long now) {
            unused--;
            return new Answer(true, Math.max(0, limit - reserved + unused), reset(now));
        }

        Answer refuse(long now) {
            return new Answer(false, 0, reset(now));
        }

        private int reset(long now) {
            return (int) Math.max(1, window + WINDOW_SECONDS - now);
        }
    }
}
