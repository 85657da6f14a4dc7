package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps each {@link MeetingFactMonth} equal to the sum of its cell's {@link MeetingFactRow}s of its month: called by
 * {@link MeetingFactStore} in the transaction that rewrote those rows, it recomputes the (cell, month) pairs from
 * the rows with set-based statements (the sums are those V15 filled the table with, for every pair).
 */
@ApplicationScoped
class MeetingFactMonths {
    /** Cells per statement: bounds the ids a statement binds. */
    private static final int CHUNK = 500;
    private static final String COLUMNS = "organization_id, month_number, regular_held, topical_held,"
            + " regular_with_pre_meeting, attended, expected, present, unexcused, above_target, spoken, spoken_at_target,"
            + " self_good, self_fair, self_average, self_poor, verified_good, verified_fair, verified_average, verified_poor,"
            + " last_rated_start, last_rating";
    private static final String ATTENDED = "f.held AND f.cell_meeting AND f.expected > 0";
    /** The sums of the meeting rows of the pairs that {@code WHERE} selects ({@code f} is meeting_fact). */
    static final String SUMS = "SELECT f.organization_id, f.month_number,"
            + " SUM(CASE WHEN f.held AND f.regular THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN f.held AND f.topical THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN f.held AND f.regular AND f.has_pre_meeting THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN " + ATTENDED + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN " + ATTENDED + " THEN f.expected ELSE 0 END),"
            + " SUM(CASE WHEN " + ATTENDED + " THEN f.present ELSE 0 END),"
            + " SUM(CASE WHEN " + ATTENDED + " THEN f.unexcused ELSE 0 END),"
            + " SUM(CASE WHEN " + ATTENDED + " AND f.attendance_above_target THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN f.held AND f.present > 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN f.held AND f.present > 0 AND f.speaking_at_target THEN 1 ELSE 0 END),"
            + ratingSums("self_rating") + ", " + ratingSums("verified_rating") + ","
            + " MAX(CASE WHEN f.self_rating IS NOT NULL THEN f.scheduled_start END),"
            // The rating (verified, else self) of the pair's latest evaluated meeting.
            + " (SELECT COALESCE(l.verified_rating, l.self_rating) FROM meeting_fact l"
            + " WHERE l.organization_id = f.organization_id AND l.month_number = f.month_number"
            + " AND l.self_rating IS NOT NULL ORDER BY l.scheduled_start DESC, l.meeting_id FETCH FIRST 1 ROW ONLY)"
            + " FROM meeting_fact f";

    private final EntityManager em;

    MeetingFactMonths(EntityManager em) {
        this.em = em;
    }

    /** A cell and a month number whose sums are to be recomputed. */
    record Pair(UUID cellId, int monthNumber) {}

    /**
     * Recomputes the pairs from the meeting rows as this transaction sees them (flushed): a pair without rows left
     * has no row. Months in order and cells sorted, so two refreshes at once lock rows in the same order.
     */
    void recompute(Collection<Pair> pairs) {
        if (pairs.isEmpty()) return;
        Map<Integer, TreeSet<UUID>> byMonth = new TreeMap<>();
        pairs.forEach(p -> byMonth.computeIfAbsent(p.monthNumber(), m -> new TreeSet<>()).add(p.cellId()));
        em.flush();
        byMonth.forEach((month, cells) -> {
            List<UUID> ids = new ArrayList<>(cells);
            for (int i = 0; i < ids.size(); i += CHUNK) {
                List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
                em.createNativeQuery("DELETE FROM meeting_fact_month WHERE organization_id IN (:cells) AND month_number = :month")
                        .setParameter("cells", chunk).setParameter("month", month).executeUpdate();
                em.createNativeQuery("INSERT INTO meeting_fact_month (" + COLUMNS + ") " + SUMS
                                + " WHERE f.organization_id IN (:cells) AND f.month_number = :month"
                                + " GROUP BY f.organization_id, f.month_number")
                        .setParameter("cells", chunk).setParameter("month", month).executeUpdate();
            }
        });
    }

    private static String ratingSums(String column) {
        List<String> sums = new ArrayList<>();
        for (String level : List.of("GOOD", "FAIR", "AVERAGE", "POOR")) {
            sums.add(" SUM(CASE WHEN f.held AND f." + column + " = '" + level + "' THEN 1 ELSE 0 END)");
        }
        return String.join(",", sums);
    }
}
