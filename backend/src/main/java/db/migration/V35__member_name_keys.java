package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;
import vn.chibo.member.VietnameseNames;

/**
 * Vietnamese name order and word-prefix search for members (see {@link VietnameseNames}). A Java migration
 * because the keys of existing rows must be computed by the same code as new ones, so that H2 and PostgreSQL
 * hold identical keys; the DDL itself is portable, only the trigram index is PostgreSQL's.
 */
public class V35__member_name_keys extends BaseJavaMigration {
    private static final Logger LOG = Logger.getLogger(V35__member_name_keys.class);
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        execute(c, "ALTER TABLE member ADD COLUMN name_sort_key VARCHAR(800)");
        execute(c, "ALTER TABLE member ADD COLUMN name_search_key VARCHAR(300)");
        backfill(c);
        execute(c, "ALTER TABLE member ALTER COLUMN name_sort_key SET NOT NULL");
        execute(c, "ALTER TABLE member ALTER COLUMN name_search_key SET NOT NULL");
        // Every member list is ordered by name, then id for a stable page boundary.
        execute(c, "CREATE INDEX ix_member_name_sort_key ON member (name_sort_key, id)");
        if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) trigramIndex(c);
    }

    private static void backfill(Connection c) throws SQLException {
        try (Statement read = c.createStatement();
             PreparedStatement write = c.prepareStatement(
                     "UPDATE member SET name_sort_key = ?, name_search_key = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery("SELECT id, full_name FROM member")) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    write.setString(1, VietnameseNames.sortKey(name));
                    write.setString(2, VietnameseNames.searchKey(name));
                    write.setObject(3, rs.getObject(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) write.executeBatch();
        }
    }

    /**
     * The name search is "a word starts with" ({@code like '% nguyen van%'}), which no B-tree serves; a trigram
     * GIN index does. pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it;
     * where it is not installed or not allowed the search still works, by scanning the organisation's members.
     */
    private static void trigramIndex(Connection c) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            execute(c, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
            execute(c, "CREATE INDEX ix_member_name_search_trgm ON member USING gin (name_search_key gin_trgm_ops)");
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before);
            LOG.warnf("No trigram index on member names (pg_trgm unavailable: %s); name search scans", e.getMessage());
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
