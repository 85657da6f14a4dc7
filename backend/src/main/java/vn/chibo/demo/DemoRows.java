package vn.chibo.demo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * New rows of the demo's history, held back and persisted table by table (in the order each table first
 * appeared) so consecutive inserts form JDBC batches. Hibernate's {@code order_inserts} would group them
 * too, but it cannot see the foreign keys kept as plain ids (meeting_id) and puts children before their
 * parents; here a table comes after the tables its rows refer to because the writer creates parents first.
 */
final class DemoRows {
    private final Map<Class<?>, List<Object>> byTable = new LinkedHashMap<>();

    void add(Object row) {
        byTable.computeIfAbsent(row.getClass(), k -> new ArrayList<>()).add(row);
    }

    /** Persists everything held so far, table by table, and forgets it. */
    void persistAll(EntityManager em) {
        byTable.values().forEach(rows -> rows.forEach(em::persist));
        byTable.clear();
    }
}
