package vn.chibo.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs a bulk load (the demo's year, a benchmark province) so the embedded database file does not
 * balloon. H2 keeps each committed chunk for its retention time (45 s) before it may reuse the space,
 * and with {@code WRITE_DELAY=0} (every commit written at once, see the durability section of the
 * README) it never shrinks the file while open: thousands of commits in a few seconds grew the demo's
 * file to 400 MB and a province to 25 GB. During the load the retention time is 0, so freed chunks are
 * reused at once; it is set back afterwards (the setting is persistent). On other databases this just
 * runs the load.
 */
@ApplicationScoped
public class BulkWrites {
    private static final Logger LOG = Logger.getLogger(BulkWrites.class);
    /** H2's default: the time a file system is assumed to take to flush its buffers. */
    static final int H2_RETENTION_MS = 45_000;

    private final DataSource dataSource;

    public BulkWrites(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T run(Supplier<T> load) {
        boolean h2 = retention(0);
        try {
            return load.get();
        } finally {
            if (h2) retention(H2_RETENTION_MS);
        }
    }

    /** Sets H2's retention time; false (and nothing done) on another database. */
    private boolean retention(int millis) {
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) return false;
            try (Statement s = c.createStatement()) {
                s.execute("SET RETENTION_TIME " + millis);
            }
            return true;
        } catch (SQLException e) {
            LOG.warnf("Could not set the embedded database's retention time to %d ms: %s", millis, e.getMessage());
            return false;
        }
    }
}
