package vn.chibo.common;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL, plans every statement with its parameter values (plan_cache_mode = force_custom_plan on each new
 * connection). The JDBC driver prepares a statement on the server once it has run five times on a connection, and
 * PostgreSQL may then keep one generic plan for all values. Nearly every committee read is "organisations whose path
 * starts with a subtree's": a generic plan guesses a handful of rows for it, right for a cell and wrong by three
 * orders of magnitude for a province. The province dashboard's query of evaluations waiting for verification took
 * 140 ms with the generic plan (a loop over every meeting of the province) and a few with its own (from the
 * evaluations' status); planning each execution costs well under a millisecond. H2 has no such setting and needs none.
 */
@ApplicationScoped
public class PostgresPlanning implements AgroalPoolInterceptor {
    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            try (Statement s = connection.createStatement()) {
                s.execute("SET plan_cache_mode = force_custom_plan");
            }
            if (!autoCommit) connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Setting up a PostgreSQL connection failed", e);
        }
    }
}
