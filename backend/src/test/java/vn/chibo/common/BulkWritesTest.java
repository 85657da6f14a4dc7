package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load into the durable embedded file (WRITE_DELAY=0, as the application opens it) stays small. */
class BulkWritesTest {
    private static final int COMMITS = 3000;

    @TempDir
    Path dir;

    @Test
    void manySmallCommitsInABulkLoadDoNotBalloonTheFileAndTheRetentionTimeIsRestored() throws Exception {
        long plain = load(dir.resolve("plain"), false);
        long bulk = load(dir.resolve("bulk"), true);
        // Each commit writes a chunk of several KB that H2 keeps for 45 s: thousands of them make tens of MB.
        assertTrue(plain > 20L << 20, "without the bulk mode the file grows (the case this guards): " + plain);
        assertTrue(bulk < 5L << 20, "bulk load file: " + bulk + " bytes");
        JdbcDataSource ds = dataSource(dir.resolve("bulk"));
        try (Connection c = ds.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "select setting_value from information_schema.settings where setting_name = 'RETENTION_TIME'")) {
            assertTrue(r.next());
            assertEquals(String.valueOf(BulkWrites.H2_RETENTION_MS), r.getString(1));
        }
    }

    private long load(Path folder, boolean bulk) throws Exception {
        Files.createDirectories(folder);
        JdbcDataSource ds = dataSource(folder);
        try (Connection keepOpen = ds.getConnection()) {
            keepOpen.createStatement().execute("create table t (id int primary key, v varchar(200))");
            Runnable writes = () -> {
                try (Connection c = ds.getConnection();
                     PreparedStatement s = c.prepareStatement("merge into t key (id) values (?, ?)")) {
                    for (int i = 0; i < COMMITS; i++) {
                        s.setInt(1, i % 500);
                        s.setString(2, "row " + i);
                        s.executeUpdate();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            if (bulk) {
                new BulkWrites(ds).run(() -> {
                    writes.run();
                    return null;
                });
            } else {
                writes.run();
            }
            return new File(folder.toFile(), "db.mv.db").length();
        }
    }

    private static JdbcDataSource dataSource(Path folder) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=0");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
