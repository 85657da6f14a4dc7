package vn.chibo.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per caller: a full bucket holds a minute's budget and refills continuously, so
 * there is no window edge to game. The buckets live in a bounded Caffeine cache: a bucket idle for a
 * minute is full again, so expiring it forgets nothing; past {@code maxKeys} callers the least
 * valuable bucket is evicted one at a time (frequency-based admission keeps busy callers' spent
 * budgets), never the whole map at once.
 */
final class RateBuckets {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    /** The outcome of one request: whether it may go on, what is left, and the waits in seconds. */
    record Decision(boolean allowed, int remaining, int retryAfterSeconds, int resetSeconds) {}

    private final int perMinute;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    RateBuckets(int perMinute, int maxKeys, Ticker ticker) {
        this.perMinute = perMinute;
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(Duration.ofNanos(MINUTE))
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    int perMinute() {
        return perMinute;
    }

    /** Spends one request of the caller's budget now. */
    Decision take(String key) {
        long now = ticker.read();
        return buckets.get(key, k -> new Bucket(perMinute, now)).take(now);
    }

    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static final class Bucket {
        private final double capacity;
        private final double nanosPerToken;
        private double tokens;
        private long updated;

        Bucket(int perMinute, long now) {
            this.capacity = perMinute;
            this.nanosPerToken = (double) MINUTE / perMinute;
            this.tokens = perMinute;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) tokens -= 1;
            int retryAfter = allowed ? 0 : Math.max(1, seconds((1 - tokens) * nanosPerToken));
            return new Decision(allowed, (int) tokens, retryAfter, seconds((capacity - tokens) * nanosPerToken));
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
                updated = now;
            }
        }

        private static int seconds(double nanos) {
            return (int) Math.ceil(nanos / 1e9);
        }
    }
}
