package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable embedded database as the application opens it (the URL of application.properties):
 * many small commits grow the file (H2 does not compact while open with WRITE_DELAY=0), and a clean
 * close shrinks it back, so the demo's load or a busy day does not leave hundreds of megabytes.
 */
class EmbeddedFileCompactionTest {
    @TempDir
    Path dir;

    @Test
    void aCleanCloseCompactsTheFileThatManySmallCommitsGrew() throws Exception {
        String url = applicationUrl().replace("${chibo.data-dir}", dir.toString());
        Path file = dir.resolve("chibo.mv.db");
        long open;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t (id int primary key, v varchar(200))");
            try (PreparedStatement s = c.prepareStatement("merge into t key (id) values (?, ?)")) {
                for (int i = 0; i < 3000; i++) {
                    s.setInt(1, i % 500);
                    s.setString(2, "row " + i);
                    s.executeUpdate();
                }
            }
            open = Files.size(file);
        }
        long closed = Files.size(file);
        assertTrue(open > 20L << 20, "the case this guards: the open file grew to " + open);
        assertTrue(closed < 4L << 20, "after a clean close: " + closed + " bytes (open: " + open + ")");
    }

    private static String applicationUrl() throws IOException {
        Properties p = new Properties();
        try (InputStream in = EmbeddedFileCompactionTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("quarkus.datasource.jdbc.url");
    }
}
