package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers how many alerts a listing matches. Counting a province's alerts means reading every one of
 * them, yet they only change when the job runs or someone acknowledges one: this instance forgets the
 * counts on every such change, and after a minute in any case (another instance may have changed them).
 */
@ApplicationScoped
public class AlertCounts {
    private static final long TTL_NANOS = 60_000_000_000L;

    private record Count(long value, long at) {}

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public AlertCounts(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    long get(String key, LongSupplier count) {
        long now = System.nanoTime();
        Count c = counts.get(key);
        if (c != null && now - c.at() < TTL_NANOS) return c.value();
        long value = count.getAsLong();
        counts.put(key, new Count(value, now));
        return value;
    }

    /** Forgets the counts now and again when the changing transaction ends, so none is taken mid-change. */
    void changed() {
        counts.clear();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    counts.clear();
                }
            });
        }
    }
}
