package vn.chibo.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a meeting. Planned, notified and postponed meetings are still to come; a held
 * meeting has its times; approved minutes lock everything; a cancelled meeting is closed.
 */
public enum MeetingStatus {
    PLANNED, NOTIFIED, HELD, APPROVED, POSTPONED, CANCELLED;

    private static final Set<MeetingStatus> UPCOMING = EnumSet.of(PLANNED, NOTIFIED, POSTPONED);

    public boolean isUpcoming() {
        return UPCOMING.contains(this);
    }

    /** Attendance, speeches, votes, agenda, minutes text and the resolution may still change. */
    public boolean isRecordable() {
        return isUpcoming() || this == HELD;
    }
}
