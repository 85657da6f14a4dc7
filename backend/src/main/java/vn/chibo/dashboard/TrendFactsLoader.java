package vn.chibo.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.meeting.MeetingFactRow;

/**
 * Reads what the 12-month trend is computed from, with a fixed number of set-based reads over the
 * subtree's path for the whole window (never one per month or per cell): the cells, and the sums of the stored
 * meeting facts by cell and month (made current first, as the overview does) summed by month: attendance, and the
 * evaluations counted by rating.
 * Only whether a cell held a regular meeting in a month is read per cell, as "cells met" needs it.
 */
@ApplicationScoped
public class TrendFactsLoader {
    /** The month number (year * 12 + month - 1, as {@link MeetingFactRow#monthNumber} has it) of a date. */
    private static final String VALID_FROM_MONTH = "(year(o.validFrom) * 12 + month(o.validFrom) - 1)";
    private static final String VALID_TO_MONTH = "(year(o.validTo) * 12 + month(o.validTo) - 1)";
    /** The row's cell was open at some time during the row's month, as the overview of that month picks it. */
    private static final String CELL_OPEN_IN_MONTH = VALID_FROM_MONTH + " <= c.key.monthNumber and (o.validTo is null or "
            + VALID_TO_MONTH + " > c.key.monthNumber or (" + VALID_TO_MONTH + " = c.key.monthNumber and day(o.validTo) > 1))";

    private final EntityManager em;
    private final DashboardFactsLoader dashboard;

    public TrendFactsLoader(EntityManager em, DashboardFactsLoader dashboard) {
        this.em = em;
        this.dashboard = dashboard;
    }

    /** A cell of the subtree with the days it was open (validTo exclusive, null while open). */
    public record Cell(UUID id, LocalDate validFrom, LocalDate validTo) {
        boolean openOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
        }
    }

    /** The held cell meetings of a month with members expected, and the members expected and present. */
    public record Attendance(int meetings, int expected, int present) {
        static final Attendance NONE = new Attendance(0, 0, 0);
    }

    /**
     * @param window     the 12 months, from the first day of the first to the end of the last
     * @param meetings   by cell, which months of the window it held a regular meeting in
     * @param attendance by month of the window, from its first
     * @param ratings    by month of the window, from its first
     */
    public record Facts(DashboardPeriod window, List<Cell> cells, Map<UUID, CellMeetings> meetings,
                        List<Attendance> attendance, List<DashboardFactsLoader.RatingCounts> ratings) {}

    public Facts load(String path, DashboardPeriod window) {
        List<Cell> cells = em.createQuery("select o.id, o.validFrom, o.validTo from Organization o"
                        + " where o.path like :p and o.holdsMeetings = true and o.validFrom <= :to"
                        + " and (o.validTo is null or o.validTo > :from)", Object[].class)
                .setParameter("p", path + "%").setParameter("from", window.from()).setParameter("to", window.to())
                .getResultList().stream()
                .map(r -> new Cell((UUID) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
        dashboard.refreshMeetingFacts(path, window);
        return new Facts(window, cells, CellMeetings.of(em, path, window), attendance(path, window), ratings(path, window));
    }

    /** The evaluations of the window's held meetings counted by rating for each month, from the month sums. */
    private List<DashboardFactsLoader.RatingCounts> ratings(String path, DashboardPeriod window) {
        int firstMonth = MeetingFactRow.monthNumber(window.from());
        int months = MeetingFactRow.monthNumber(window.to()) - firstMonth + 1;
        List<String> columns = CellMeetings.ratingColumns();
        int levels = columns.size() / 2;
        int[][] counts = new int[months][columns.size()];
        StringBuilder hql = new StringBuilder("select c.key.monthNumber");
        for (String column : columns) hql.append(", sum(c.").append(column).append(')');
        hql.append(" from MeetingFactMonth c where c.key.monthNumber between :first and :last")
                .append(" and c.key.organizationId in (select o.id from Organization o where o.path like :p)")
                .append(" group by c.key.monthNumber");
        for (Object[] r : em.createQuery(hql.toString(), Object[].class).setParameter("p", path + "%")
                .setParameter("first", firstMonth).setParameter("last", firstMonth + months - 1).getResultList()) {
            int month = ((Number) r[0]).intValue() - firstMonth;
            for (int i = 0; i < columns.size(); i++) counts[month][i] = ((Number) r[1 + i]).intValue();
        }
        List<DashboardFactsLoader.RatingCounts> out = new ArrayList<>();
        for (int[] month : counts) {
            out.add(CellMeetings.ratings(java.util.Arrays.copyOfRange(month, 0, levels),
                    java.util.Arrays.copyOfRange(month, levels, 2 * levels)));
        }
        return out;
    }

    /** The window's held cell meetings of cells open in their month, summed by month in one query from the month sums. */
    private List<Attendance> attendance(String path, DashboardPeriod window) {
        int firstMonth = MeetingFactRow.monthNumber(window.from());
        List<Attendance> out = new ArrayList<>();
        for (int i = 0; i <= MeetingFactRow.monthNumber(window.to()) - firstMonth; i++) out.add(Attendance.NONE);
        for (Object[] r : em.createQuery("select c.key.monthNumber, sum(c.attended), sum(c.expected), sum(c.present)"
                        + " from MeetingFactMonth c, Organization o where o.id = c.key.organizationId and o.path like :p"
                        + " and o.holdsMeetings = true and c.key.monthNumber between :first and :last and "
                        + CELL_OPEN_IN_MONTH + " group by c.key.monthNumber", Object[].class)
                .setParameter("p", path + "%").setParameter("first", firstMonth)
                .setParameter("last", MeetingFactRow.monthNumber(window.to())).getResultList()) {
            out.set(((Number) r[0]).intValue() - firstMonth, new Attendance(((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return out;
    }
}
