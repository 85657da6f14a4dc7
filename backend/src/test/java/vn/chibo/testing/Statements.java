package vn.chibo.testing;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** SQL statements prepared while something runs (needs {@code quarkus.hibernate-orm.statistics=true}). */
public final class Statements {
    private Statements() {}

    public static long preparedDuring(EntityManagerFactory database, Runnable action) {
        Statistics statistics = database.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }
}
