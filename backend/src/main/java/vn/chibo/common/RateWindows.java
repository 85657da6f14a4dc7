package vn.chibo.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The shared half of the rate limits: table {@code rate_window}, one row per caller and fixed minute
 * holding how much of the minute's budget the replicas have reserved. A reservation is one conditional
 * UPDATE in the steady state; the first of a window inserts the row. Plain JDBC in a short transaction of
 * its own: it never joins the request's work, and a lost insert race is an expected answer, not an error
 * Hibernate would log.
 */
@ApplicationScoped
public class RateWindows implements SharedBudget.Store {
    private static final String UNIQUE_VIOLATION = "23505"; // SQLSTATE of H2 and PostgreSQL alike
    private static final int ATTEMPTS = 4;

    private final DataSource dataSource;
    private final TimeSource time;
    private final AtomicLong statements = new AtomicLong();

    public RateWindows(DataSource dataSource, TimeSource time) {
        this.dataSource = dataSource;
        this.time = time;
    }

    /**
     * Reserves up to {@code wanted} of the window's {@code limit} (less when less is left), racing other
     * replicas only through the database's row lock.
     *
     * @return how many were granted, 0 when the window is spent
     */
    @Override
    public int reserve(String key, long windowStart, int wanted, int limit) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> reserveOnce(key, windowStart, wanted, limit));
            } catch (RuntimeException e) {
                if (!lostInsertRace(e)) throw e;
            }
        }
        throw new IllegalStateException("Rate window " + key + " still contended after " + ATTEMPTS + " attempts");
    }

    private int reserveOnce(String key, long windowStart, int wanted, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int n = Math.min(wanted, limit);
            if (n <= 0) return 0;
            if (take(c, key, windowStart, n, limit)) return n;
            // No row yet, or fewer than n left: insert the window's row, or read what is left and take that.
            if (insert(c, key, windowStart, n)) return n;
            int left = limit - spent(c, key, windowStart);
            if (left <= 0) return 0;
            n = Math.min(n, left);
            return take(c, key, windowStart, n, limit) ? n : 0;
        }
    }

    private boolean take(Connection c, String key, long windowStart, int n, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE rate_window SET spent = spent + ? WHERE bucket_key = ? AND window_start = ? AND spent <= ?")) {
            s.setInt(1, n);
            s.setString(2, key);
            s.setLong(3, windowStart);
            s.setInt(4, limit - n);
            statements.incrementAndGet();
            return s.executeUpdate() == 1;
        }
    }

    /** Inserts the window's row with {@code n} spent unless it exists; a concurrent insert fails on the key. */
    private boolean insert(Connection c, String key, long windowStart, int n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rate_window (bucket_key, window_start, spent) "
                + "SELECT CAST(? AS VARCHAR(320)), CAST(? AS BIGINT), CAST(? AS INTEGER) WHERE NOT EXISTS "
                + "(SELECT 1 FROM rate_window WHERE bucket_key = ? AND window_start = ?)")) {
            s.setString(1, key);
            s.setLong(2, windowStart);
            s.setInt(3, n);
            s.setString(4, key);
            s.setLong(5, windowStart);
            statements.incrementAndGet();
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) throw new LostInsertRace(e);
            throw e;
        }
    }

    private int spent(Connection c, String key, long windowStart) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT spent FROM rate_window WHERE bucket_key = ? AND window_start = ?")) {
            s.setString(1, key);
            s.setLong(2, windowStart);
            statements.incrementAndGet();
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /** Deletes the windows that started before {@code windowStart}; returns how many. */
    public int purgeBefore(long windowStart) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("DELETE FROM rate_window WHERE window_start < ?")) {
                s.setLong(1, windowStart);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Every replica runs it, without a cluster lease ({@code job_lease}): taking and giving back the lease would
     * cost two statements to save one indexed DELETE, and two deletes of the same old rows are harmless. Windows
     * two minutes old are kept so that a replica finishing the previous minute never recreates a purged row.
     */
    @Scheduled(every = "{chibo.rate-limit.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        purgeBefore(time.now().getEpochSecond() - 2 * SharedBudget.WINDOW_SECONDS);
    }

    /** SQL statements sent so far (for the measure in the tests and the README). */
    long statements() {
        return statements.get();
    }

    private static boolean lostInsertRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LostInsertRace) return true;
        }
        return false;
    }

    /** Another replica inserted the same window's row first: try again, the row is there now. */
    private static final class LostInsertRace extends RuntimeException {
        LostInsertRace(SQLException cause) {
            super(cause);
        }
    }
}
