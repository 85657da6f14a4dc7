package vn.chibo.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.chibo.common.InList;
import vn.chibo.organization.Organization;

/**
 * Who supervises a cell, and when: the one answer that verification, monthly schedules, visits, coverage and
 * notices ask. An upper-level member supervises a cell on a day through
 * <ul>
 *   <li>a standing assignment in force that day ({@code SupervisionAssignment}, also when named as the committee's
 *       delegate), or</li>
 *   <li>the supervision team's plan for that day's month ({@code SupervisionMonthEntry}).</li>
 * </ul>
 * Committee staff acting on the cell without an assignment are not supervisors (callers that let staff act say so
 * themselves).
 */
@ApplicationScoped
public class CellSupervisors {
    /** How a supervisor came to supervise the cell. */
    public enum Basis { STANDING, MONTHLY }

    private static final String STANDING_IN_PERIOD = " from SupervisionAssignment a where a.validFrom <= :to"
            + " and (a.validTo is null or a.validTo >= :from)";
    private static final String MONTHLY = " from SupervisionMonthEntry e, SupervisionMonth m where e.monthId = m.id";

    private final EntityManager em;

    public CellSupervisors(EntityManager em) {
        this.em = em;
    }

    /** Why the user supervises the cell on the day (a standing assignment first), or null when they do not. */
    public Basis basisOf(String username, Organization cell, LocalDate day) {
        long standing = em.createQuery("select count(a)" + STANDING_IN_PERIOD
                        + " and a.cell = :cell and a.supervisorUsername = :user", Long.class)
                .setParameter("from", day).setParameter("to", day).setParameter("cell", cell)
                .setParameter("user", username).getSingleResult();
        if (standing > 0) return Basis.STANDING;
        long monthly = em.createQuery("select count(e)" + MONTHLY + " and e.cell = :cell and e.username = :user"
                        + " and m.month = :month", Long.class)
                .setParameter("cell", cell).setParameter("user", username)
                .setParameter("month", YearMonth.from(day).toString()).getSingleResult();
        return monthly > 0 ? Basis.MONTHLY : null;
    }

    public boolean supervises(String username, Organization cell, LocalDate day) {
        return basisOf(username, cell, day) != null;
    }

    /** The usernames supervising the cell on the day, in order. */
    public Set<String> of(Organization cell, LocalDate day) {
        return byCell(List.of(cell.id), day, day).getOrDefault(cell.id, new TreeSet<>());
    }

    /** For each of the cells, the usernames that supervised it at some time in the period (from and to included). */
    public Map<UUID, Set<String>> byCell(Collection<UUID> cells, LocalDate from, LocalDate to) {
        Map<UUID, Set<String>> out = new HashMap<>();
        if (cells.isEmpty()) return out;
        InList ids = InList.of("cell", cells);
        InList months = InList.of("month", monthsBetween(from, to));
        for (Object[] r : months.bindTo(ids.bindTo(em.createQuery("select a.cell.id, a.supervisorUsername"
                        + STANDING_IN_PERIOD + " and a.cell.id in " + ids
                        + " union all select e.cell.id, e.username" + MONTHLY + " and e.cell.id in " + ids
                        + " and m.month in " + months, Object[].class)))
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            out.computeIfAbsent((UUID) r[0], k -> new TreeSet<>()).add((String) r[1]);
        }
        return out;
    }

    /** The usernames supervising any cell of the subtree at some time in the month, in order. */
    public Set<String> inSubtree(Organization root, YearMonth month) {
        return new TreeSet<>(em.createQuery("select a.supervisorUsername" + STANDING_IN_PERIOD
                        + " and a.cell.path like :path union select e.username" + MONTHLY
                        + " and e.cell.path like :path and m.month = :month", String.class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
                .setParameter("path", root.path + "%").setParameter("month", month.toString()).getResultList());
    }

    /** The cells under the path (a subtree's) that someone supervises on the day (BR-S1: the others have nobody). */
    public Set<UUID> supervisedCells(String subtreePath, LocalDate day) {
        return new HashSet<>(em.createQuery("select a.cell.id" + STANDING_IN_PERIOD + " and a.cell.path like :path"
                        + " union select e.cell.id" + MONTHLY + " and e.cell.path like :path and m.month = :month", UUID.class)
                .setParameter("from", day).setParameter("to", day).setParameter("path", subtreePath + "%")
                .setParameter("month", YearMonth.from(day).toString()).getResultList());
    }

    /** The cells the user supervised at some time in the period. */
    public Set<UUID> cellsOf(String username, LocalDate from, LocalDate to) {
        InList months = InList.of("month", monthsBetween(from, to));
        return new HashSet<>(months.bindTo(em.createQuery("select a.cell.id" + STANDING_IN_PERIOD
                        + " and a.supervisorUsername = :user union select e.cell.id" + MONTHLY
                        + " and e.username = :user and m.month in " + months, UUID.class))
                .setParameter("from", from).setParameter("to", to).setParameter("user", username).getResultList());
    }

    /** Whether the user has ever supervised a cell of the subtree, by assignment or by a team's month plan. */
    public boolean everInSubtree(String username, Organization root) {
        long standing = em.createQuery("select count(a) from SupervisionAssignment a where a.supervisorUsername = :user"
                        + " and a.cell.path like :path", Long.class)
                .setParameter("user", username).setParameter("path", root.path + "%").getSingleResult();
        return standing > 0 || em.createQuery("select count(e) from SupervisionMonthEntry e where e.username = :user"
                        + " and e.cell.path like :path", Long.class)
                .setParameter("user", username).setParameter("path", root.path + "%").getSingleResult() > 0;
    }

    /** The months ("2026-12") that the period touches. */
    static List<String> monthsBetween(LocalDate from, LocalDate to) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }
}
