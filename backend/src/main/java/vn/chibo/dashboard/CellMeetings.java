package vn.chibo.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.evaluation.Rating;
import vn.chibo.meeting.MeetingFactMonth;
import vn.chibo.meeting.MeetingFactRow;

/**
 * What the dashboard needs of one cell's held meetings in a period, summed in SQL over the stored sums of the
 * meeting facts by cell and month (one row per cell, whatever the number of meetings).
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
 * @param latestRating     the rating (verified, else self) of the latest evaluated meeting, null without one
 */
public record CellMeetings(boolean[] regularInMonth, int[] topicalInQuarter, int topical, int regularHeld,
                    int regularWithPreMeeting, int attended, int expected, int present, int unexcused, int aboveTarget,
                    int spoken, int spokenAtTarget, int[] selfRated, int[] verifiedRated, Rating latestRating) {
    private static final int MONTHS = 12;
    private static final int QUARTERS = 4;
    private static final Rating[] RATINGS = Rating.values();
    static final CellMeetings NONE = new CellMeetings(new boolean[MONTHS], new int[QUARTERS], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            new int[RATINGS.length], new int[RATINGS.length], null);

    boolean regularIn(int monthOfPeriod) {
        return regularInMonth[monthOfPeriod];
    }

    /**
     * The sums of each cell of the subtree with stored meetings in the period (whole months, at most a year), summed
     * in SQL from the cells' sums by month ({@link MeetingFactMonth}): one row per cell and month, whatever the number
     * of meetings.
     */
    static Map<UUID, CellMeetings> of(EntityManager em, String path, DashboardPeriod period) {
        int firstMonth = MeetingFactRow.monthNumber(period.from());
        int lastMonth = MeetingFactRow.monthNumber(period.to());
        if (!period.from().equals(period.from().withDayOfMonth(1))
                || !period.to().equals(YearMonth.from(period.to()).atEndOfMonth()) || lastMonth - firstMonth >= MONTHS) {
            throw new IllegalArgumentException("Not whole months of at most a year: " + period);
        }
        // Fewer expressions per row than one per month: a year sums ~36,000 rows, and each expression costs on each.
        // The months with a regular meeting held as bits (bit i: month i of the period), the quarters' topical sessions.
        StringBuilder hql = new StringBuilder("select c.key.organizationId,"
                + " sum(case when c.regularHeld > 0 then power(2, c.key.monthNumber - :first) else 0 end)");
        for (int i = 0; i < QUARTERS; i++) {
            hql.append(", sum(case when c.key.monthNumber between :q").append(i).append(" and :q").append(i)
                    .append(" + 2 then c.topicalHeld else 0 end)");
        }
        List<String> sums = new java.util.ArrayList<>(List.of("topicalHeld", "regularHeld", "regularWithPreMeeting",
                "attended", "expected", "present", "unexcused", "aboveTarget", "spoken", "spokenAtTarget"));
        sums.addAll(ratingColumns());
        for (String sum : sums) hql.append(", sum(c.").append(sum).append(')');
        // The latest month's latest rating: month numbers have five digits (years 2000 to 8333), so the greatest
        // "month number + rating" is the latest month's.
        hql.append(", max(case when c.lastRating is not null then concat(str(c.key.monthNumber), c.lastRating) end)");
        hql.append(" from MeetingFactMonth c where c.key.monthNumber between :first and :last")
                .append(" and c.key.organizationId in (select o.id from Organization o where o.path like :path)")
                .append(" group by c.key.organizationId");
        var query = em.createQuery(hql.toString(), Object[].class).setParameter("path", path + "%")
                .setParameter("first", firstMonth).setParameter("last", lastMonth);
        List<LocalDate> quarters = period.quarters();
        for (int i = 0; i < QUARTERS; i++) {
            // A quarter beyond the period's begun ones matches no month.
            query.setParameter("q" + i, i < quarters.size() ? MeetingFactRow.monthNumber(quarters.get(i)) : -3);
        }
        Map<UUID, CellMeetings> out = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            long regular = r[1] == null ? 0 : ((Number) r[1]).longValue();
            boolean[] months = new boolean[MONTHS];
            for (int i = 0; i < MONTHS; i++) months[i] = (regular >> i & 1) == 1;
            int[] topical = new int[QUARTERS];
            for (int i = 0; i < QUARTERS; i++) topical[i] = n(r[2 + i]);
            int k = 2 + QUARTERS;
            int[] self = new int[RATINGS.length];
            int[] verified = new int[RATINGS.length];
            for (int i = 0; i < RATINGS.length; i++) {
                self[i] = n(r[k + 10 + i]);
                verified[i] = n(r[k + 10 + RATINGS.length + i]);
            }
            String last = (String) r[k + 10 + 2 * RATINGS.length];
            Rating latest = last == null ? null : Rating.valueOf(last.substring(String.valueOf(firstMonth).length()));
            out.put((UUID) r[0], new CellMeetings(months, topical, n(r[k]), n(r[k + 1]), n(r[k + 2]), n(r[k + 3]),
                    n(r[k + 4]), n(r[k + 5]), n(r[k + 6]), n(r[k + 7]), n(r[k + 8]), n(r[k + 9]), self, verified, latest));
        }
        return out;
    }

    /** The month sums' columns of the ratings by level: selfGood ... selfPoor, then verifiedGood ... verifiedPoor. */
    static List<String> ratingColumns() {
        List<String> columns = new java.util.ArrayList<>();
        for (String kind : List.of("self", "verified")) {
            for (Rating r : RATINGS) columns.add(kind + r.name().charAt(0) + r.name().substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return columns;
    }

    /** Counts by self and by verified rating, indexed by {@link Rating#ordinal()}, as rating counts. */
    static DashboardFactsLoader.RatingCounts ratings(int[] self, int[] verified) {
        Map<Rating, Integer> bySelf = new java.util.EnumMap<>(Rating.class);
        Map<Rating, Integer> byVerified = new java.util.EnumMap<>(Rating.class);
        int count = 0;
        for (Rating r : RATINGS) {
            bySelf.put(r, self[r.ordinal()]);
            byVerified.put(r, verified[r.ordinal()]);
            count += self[r.ordinal()];
        }
        return new DashboardFactsLoader.RatingCounts(count, bySelf, byVerified);
    }

    /** The evaluations of the meetings summed over cells: how many, by self and by verified rating. */
    static DashboardFactsLoader.RatingCounts ratings(Iterable<CellMeetings> cells) {
        int[] self = new int[RATINGS.length];
        int[] verified = new int[RATINGS.length];
        for (CellMeetings c : cells) {
            for (int i = 0; i < RATINGS.length; i++) {
                self[i] += c.selfRated()[i];
                verified[i] += c.verifiedRated()[i];
            }
        }
        return ratings(self, verified);
    }

    /** The month's index in the period, from its first month. */
    static int monthOfPeriod(DashboardPeriod period, YearMonth month) {
        return (int) YearMonth.from(period.from()).until(month, java.time.temporal.ChronoUnit.MONTHS);
    }

    private static int n(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
