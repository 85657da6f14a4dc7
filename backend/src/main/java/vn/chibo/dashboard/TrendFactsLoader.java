package vn.chibo.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.meeting.MeetingFactRow;

/**
 * Reads what the 12-month trend is computed from, with a fixed number of set-based reads over the
 * subtree's path for the whole window (never one per month or per cell): the cells, the stored meeting
 * facts (made current first, as the overview does) summed by month, and the evaluations counted by month.
 * Only whether a cell held a regular meeting in a month is read per cell, as "cells met" needs it.
 */
@ApplicationScoped
public class TrendFactsLoader {
    /** The month number (year * 12 + month - 1, as {@link MeetingFactRow#monthNumber} has it) of a date. */
    private static final String VALID_FROM_MONTH = "(year(o.validFrom) * 12 + month(o.validFrom) - 1)";
    private static final String VALID_TO_MONTH = "(year(o.validTo) * 12 + month(o.validTo) - 1)";
    /** The fact's cell was open at some time during the fact's month, as the overview of that month picks it. */
    private static final String CELL_OPEN_IN_MONTH = VALID_FROM_MONTH + " <= f.monthNumber and (o.validTo is null or "
            + VALID_TO_MONTH + " > f.monthNumber or (" + VALID_TO_MONTH + " = f.monthNumber and day(o.validTo) > 1))";

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
        List<LocalDate> bounds = new ArrayList<>();
        for (YearMonth m = YearMonth.from(window.from()); !m.isAfter(YearMonth.from(window.to())); m = m.plusMonths(1)) {
            bounds.add(m.atDay(1));
        }
        bounds.add(window.to().plusDays(1));
        return new Facts(window, cells, CellMeetings.of(em, path, window), attendance(path, window),
                dashboard.ratingCounts(path + "%", bounds));
    }

    /** The window's held cell meetings of cells open in their month, summed by month in one query. */
    private List<Attendance> attendance(String path, DashboardPeriod window) {
        int firstMonth = MeetingFactRow.monthNumber(window.from());
        List<Attendance> out = new ArrayList<>();
        for (int i = 0; i <= MeetingFactRow.monthNumber(window.to()) - firstMonth; i++) out.add(Attendance.NONE);
        for (Object[] r : em.createQuery("select f.monthNumber, count(f), sum(f.expected), sum(f.present)"
                        + " from MeetingFactRow f, Organization o where o.id = f.organizationId and o.path like :p"
                        + " and o.holdsMeetings = true and f.held = true and " + CellMeetings.ATTENDED
                        + " and f.meetingDay between :from and :to and " + CELL_OPEN_IN_MONTH
                        + " group by f.monthNumber", Object[].class)
                .setParameter("p", path + "%").setParameter("from", window.from()).setParameter("to", window.to())
                .getResultList()) {
            out.set(((Number) r[0]).intValue() - firstMonth, new Attendance(((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return out;
    }
}
