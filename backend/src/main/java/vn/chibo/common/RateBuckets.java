package vn.chibo.common;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per caller: a full bucket holds a minute's budget and refills continuously, so
 * there is no window edge to game. Memory stays bounded without ever resetting everyone's budget:
 * buckets idle for a minute (full again, so nothing is forgotten) are dropped once a minute, and
 * past {@code maxKeys} callers, new ones share a single bucket until room is made.
 */
final class RateBuckets {
    static final String OVERFLOW = "overflow";
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    record Decision(boolean allowed, int remaining, int retryAfterSeconds) {}

    private final int perMinute;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    RateBuckets(int perMinute, int maxKeys, long now) {
        this.perMinute = perMinute;
        this.maxKeys = maxKeys;
        this.nextSweep = new AtomicLong(now + MINUTE);
    }

    int perMinute() {
        return perMinute;
    }

    /** Spends one request of the caller's budget at {@code now} (nanoseconds, monotonic). */
    Decision take(String key, long now) {
        return bucket(key, now).take(now);
    }

    int size() {
        return buckets.size();
    }

    private Bucket bucket(String key, long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + MINUTE)) {
            buckets.values().removeIf(b -> b.idleSince(now) >= MINUTE);
        }
        Bucket existing = buckets.get(key);
        if (existing != null) return existing;
        String slot = buckets.size() >= maxKeys ? OVERFLOW : key;
        return buckets.computeIfAbsent(slot, k -> new Bucket(perMinute, now));
    }

    private static final class Bucket {
        private final double capacity;
        private double tokens;
        private long updated;

        Bucket(int perMinute, long now) {
            this.capacity = perMinute;
            this.tokens = perMinute;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens < 1) {
                double nanosPerToken = (double) MINUTE / capacity;
                int wait = (int) Math.ceil((1 - tokens) * nanosPerToken / 1e9);
                return new Decision(false, 0, Math.max(1, wait));
            }
            tokens -= 1;
            return new Decision(true, (int) tokens, 0);
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * capacity / MINUTE);
                updated = now;
            }
        }
    }
}
