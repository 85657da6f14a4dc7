package vn.chibo.meeting;

public enum AttendanceStatus {
    PRESENT, PRESENT_ONLINE, ABSENT_EXCUSED, ABSENT_UNEXCUSED, NOT_RECORDED;

    public boolean isPresent() {
        return this == PRESENT || this == PRESENT_ONLINE;
    }
}
