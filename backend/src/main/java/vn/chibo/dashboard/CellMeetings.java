package vn.chibo.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.evaluation.Rating;
import vn.chibo.meeting.MeetingFactRow;

/**
 * What the dashboard needs of one cell's held meetings in a period, summed in SQL over the stored meeting
 * facts (one row per cell, whatever the number of meetings).
 *
 * @param regularInMonth   by month of the period (from its first): a regular meeting was held in it
 * @param topicalInQuarter by quarter of the period (from the one holding its first day): topical sessions held
 * @param attended         cell meetings with members expected (what attendance is measured on)
 * @param aboveTarget      of them, those above the attendance target governing the cell that day
 * @param spoken           meetings with somebody present (what the speaking rate is measured on)
 * @param spokenAtTarget   of them, those at the speaking target governing the cell that day (BR-H11)
 * @param selfRated        the meetings' evaluations by self rating, indexed by {@link Rating#ordinal()} (an evaluated
 *                         meeting was held: an evaluation needs it, and a held meeting stays held)
 * @param verifiedRated    the same by verified rating
 */
public record CellMeetings(boolean[] regularInMonth, int[] topicalInQuarter, int topical, int regularHeld,
                    int regularWithPreMeeting, int attended, int expected, int present, int unexcused, int aboveTarget,
                    int spoken, int spokenAtTarget, int[] selfRated, int[] verifiedRated) {
    private static final int MONTHS = 12;
    private static final int QUARTERS = 4;
    private static final Rating[] RATINGS = Rating.values();
    /** A meeting fact counted in attendance: a cell meeting with members expected. */
    static final String ATTENDED = "f.cellMeeting = true and f.expected > 0";
    static final CellMeetings NONE = new CellMeetings(new boolean[MONTHS], new int[QUARTERS], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            new int[RATINGS.length], new int[RATINGS.length]);

    boolean regularIn(int monthOfPeriod) {
        return regularInMonth[monthOfPeriod];
    }

    /** The sums of each cell of the subtree with held meetings in the period (at most a year long). */
    static Map<UUID, CellMeetings> of(EntityManager em, String path, DashboardPeriod period) {
        StringBuilder hql = new StringBuilder("select f.organizationId");
        for (int i = 0; i < MONTHS; i++) {
            hql.append(", max(case when f.regular = true and f.monthNumber = :m").append(i).append(" then 1 else 0 end)");
        }
        for (int i = 0; i < QUARTERS; i++) {
            hql.append(", sum(case when f.topical = true and f.monthNumber between :q").append(i).append(" and :q")
                    .append(i).append(" + 2 then 1 else 0 end)");
        }
        hql.append(", sum(case when f.topical = true then 1 else 0 end)")
                .append(", sum(case when f.regular = true then 1 else 0 end)")
                .append(", sum(case when f.regular = true and f.hasPreMeeting = true then 1 else 0 end)")
                .append(", sum(case when ").append(ATTENDED).append(" then 1 else 0 end)")
                .append(", sum(case when ").append(ATTENDED).append(" then f.expected else 0 end)")
                .append(", sum(case when ").append(ATTENDED).append(" then f.present else 0 end)")
                .append(", sum(case when ").append(ATTENDED).append(" then f.unexcused else 0 end)")
                .append(", sum(case when ").append(ATTENDED).append(" and f.attendanceAboveTarget = true then 1 else 0 end)")
                .append(", sum(case when f.present > 0 then 1 else 0 end)")
                .append(", sum(case when f.present > 0 and f.speakingAtTarget = true then 1 else 0 end)");
        // The ratings in the same pass over the rows, rather than a query of their own.
        for (Rating r : RATINGS) hql.append(", sum(case when f.selfRating = '").append(r.name()).append("' then 1 else 0 end)");
        for (Rating r : RATINGS) {
            hql.append(", sum(case when f.verifiedRating = '").append(r.name()).append("' then 1 else 0 end)");
        }
        hql.append(" from MeetingFactRow f where f.held = true and f.meetingDay between :from and :to")
                .append(" and f.organizationId in (select o.id from Organization o where o.path like :path)")
                .append(" group by f.organizationId");
        var query = em.createQuery(hql.toString(), Object[].class).setParameter("path", path + "%")
                .setParameter("from", period.from()).setParameter("to", period.to());
        int firstMonth = MeetingFactRow.monthNumber(period.from());
        for (int i = 0; i < MONTHS; i++) query.setParameter("m" + i, firstMonth + i);
        List<LocalDate> quarters = period.quarters();
        for (int i = 0; i < QUARTERS; i++) {
            // A quarter beyond the period's begun ones matches no month.
            query.setParameter("q" + i, i < quarters.size() ? MeetingFactRow.monthNumber(quarters.get(i)) : -3);
        }
        Map<UUID, CellMeetings> out = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            boolean[] months = new boolean[MONTHS];
            for (int i = 0; i < MONTHS; i++) months[i] = n(r[1 + i]) > 0;
            int[] topical = new int[QUARTERS];
            for (int i = 0; i < QUARTERS; i++) topical[i] = n(r[1 + MONTHS + i]);
            int k = 1 + MONTHS + QUARTERS;
            int[] self = new int[RATINGS.length];
            int[] verified = new int[RATINGS.length];
            for (int i = 0; i < RATINGS.length; i++) {
                self[i] = n(r[k + 10 + i]);
                verified[i] = n(r[k + 10 + RATINGS.length + i]);
            }
            out.put((UUID) r[0], new CellMeetings(months, topical, n(r[k]), n(r[k + 1]), n(r[k + 2]), n(r[k + 3]),
                    n(r[k + 4]), n(r[k + 5]), n(r[k + 6]), n(r[k + 7]), n(r[k + 8]), n(r[k + 9]), self, verified));
        }
        return out;
    }

    /** The evaluations of the meetings summed over cells: how many, by self and by verified rating. */
    static DashboardFactsLoader.RatingCounts ratings(Iterable<CellMeetings> cells) {
        int count = 0;
        Map<Rating, Integer> self = new java.util.EnumMap<>(Rating.class);
        Map<Rating, Integer> verified = new java.util.EnumMap<>(Rating.class);
        for (Rating r : RATINGS) {
            self.put(r, 0);
            verified.put(r, 0);
        }
        for (CellMeetings c : cells) {
            for (Rating r : RATINGS) {
                count += c.selfRated()[r.ordinal()];
                self.merge(r, c.selfRated()[r.ordinal()], Integer::sum);
                verified.merge(r, c.verifiedRated()[r.ordinal()], Integer::sum);
            }
        }
        return new DashboardFactsLoader.RatingCounts(count, self, verified);
    }

    /** The month's index in the period, from its first month. */
    static int monthOfPeriod(DashboardPeriod period, YearMonth month) {
        return (int) YearMonth.from(period.from()).until(month, java.time.temporal.ChronoUnit.MONTHS);
    }

    private static int n(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
