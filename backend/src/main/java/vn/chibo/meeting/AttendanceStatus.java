package vn.chibo.meeting;

import vn.chibo.policy.PolicyProfile;

public enum AttendanceStatus {
    PRESENT, PRESENT_ONLINE, ABSENT_EXCUSED, ABSENT_UNEXCUSED, NOT_RECORDED;

    /** Took part, in the room or online: may speak, is not an absence. */
    public boolean attended() {
        return this == PRESENT || this == PRESENT_ONLINE;
    }

    /**
     * BR-H9: counts as present in the attendance rate, among the voters, for the automatic score and in the
     * stored facts. Online attendance counts only where the policy in force says so. The one place that decides.
     */
    public boolean countsAsPresent(boolean onlineAttendanceCounts) {
        return this == PRESENT || (this == PRESENT_ONLINE && onlineAttendanceCounts);
    }

    public boolean countsAsPresent(PolicyProfile policy) {
        return countsAsPresent(policy.onlineAttendanceCounts);
    }
}
