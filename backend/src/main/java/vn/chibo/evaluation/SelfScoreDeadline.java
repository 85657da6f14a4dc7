package vn.chibo.evaluation;

import java.time.LocalDate;
import vn.chibo.meeting.MeetingType;

/**
 * BR-E1: every held regular and topical meeting (a combined one is both) is self-scored by the cell at its end. The
 * policy's {@code selfScoreDueDays} gives the grace after the meeting's day; once the last allowed day has passed
 * without a self-score, the meeting is left unscored. Days are calendar days in Vietnam time; the last day counts.
 */
public final class SelfScoreDeadline {
    private SelfScoreDeadline() {}

    /** Regular and topical meetings are scored; forums, committee and extraordinary meetings are not. */
    public static boolean applies(MeetingType type) {
        return type.isRegular() || type.isTopical();
    }

    public static LocalDate due(LocalDate meetingDay, int dueDays) {
        return meetingDay.plusDays(dueDays);
    }

    /** A held meeting that should be scored, still without a self-score after its last allowed day. */
    public static boolean overdue(MeetingType type, boolean held, boolean scored, LocalDate meetingDay, int dueDays,
                                  LocalDate today) {
        return applies(type) && held && !scored && today.isAfter(due(meetingDay, dueDays));
    }
}
