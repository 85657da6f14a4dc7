package vn.chibo.rating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.chibo.evaluation.Rating;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.MeetingFacts;

/**
 * BR-E8: how a year of monthly evaluations and attendance feeds the annual rating (DOMAIN.md 12.2: "monthly results
 * feed the cell's proposed annual rating"; 14.2: meeting discipline is a criterion for cells and members). Plain
 * functions of the facts: the services read them, these decide what counts.
 */
public final class MonthlyFeed {
    private MonthlyFeed() {}

    /**
     * A held regular meeting (or combined) and its evaluation's ratings, null where there is none.
     *
     * @param verifiedRating the upper level's rating once verified; it speaks over the cell's own
     */
    public record RegularMeeting(LocalDate day, Rating selfRating, Rating verifiedRating) {
        Rating rating() {
            return verifiedRating != null ? verifiedRating : selfRating;
        }
    }

    /** A cell's year: months with a regular meeting held, those months by rating, and those not evaluated. */
    public record Months(int held, Map<Rating, Integer> byRating, int notEvaluated) {}

    /**
     * The month's rating is that of its last regular meeting held (a second one in a month does not count twice), the
     * verified rating where verified, else the cell's own; a month whose meeting has no evaluation is not evaluated.
     */
    public static Months months(Collection<RegularMeeting> meetings) {
        Map<YearMonth, RegularMeeting> last = new HashMap<>();
        for (RegularMeeting m : meetings) {
            last.merge(YearMonth.from(m.day()), m, (a, b) -> b.day().isAfter(a.day()) ? b : a);
        }
        Map<Rating, Integer> byRating = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) byRating.put(r, 0);
        int notEvaluated = 0;
        for (RegularMeeting m : last.values()) {
            if (m.rating() == null) notEvaluated++;
            else byRating.merge(m.rating(), 1, Integer::sum);
        }
        return new Months(last.size(), byRating, notEvaluated);
    }

    /**
     * A member's meeting discipline over the year: held cell meetings with their attendance recorded, attended (in the
     * room or online), absent with and without reason; the share attended in percent, null without any recorded.
     */
    public record Attendance(int recorded, int attended, int absentExcused, int absentUnexcused, Double attendedPercent) {}

    public static Attendance attendance(Collection<AttendanceStatus> statuses) {
        int attended = 0;
        int excused = 0;
        int unexcused = 0;
        for (AttendanceStatus s : statuses) {
            if (s.attended()) attended++;
            else if (s == AttendanceStatus.ABSENT_EXCUSED) excused++;
            else if (s == AttendanceStatus.ABSENT_UNEXCUSED) unexcused++;
        }
        int recorded = attended + excused + unexcused;
        return new Attendance(recorded, attended, excused, unexcused,
                recorded == 0 ? null : MeetingFacts.percent(attended, recorded));
    }
}
