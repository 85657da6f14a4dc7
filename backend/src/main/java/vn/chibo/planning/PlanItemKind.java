package vn.chibo.planning;

import vn.chibo.meeting.MeetingType;

/** A plan item is a topical session or a forum; both are planned and followed the same way. */
public enum PlanItemKind {
    TOPICAL(MeetingType.TOPICAL), FORUM(MeetingType.FORUM);

    public final MeetingType meetingType;

    PlanItemKind(MeetingType meetingType) {
        this.meetingType = meetingType;
    }
}
