package vn.chibo.documentpack;

import vn.chibo.meeting.MeetingStatus;

/**
 * What a document pack holds: before the meeting its documents and agenda (BR-M4); once the minutes are approved
 * (and with them the resolution numbered and issued) also the minutes and the resolution (BR-R5).
 */
public enum PackPhase {
    BEFORE_MEETING, AFTER_MEETING;

    public static PackPhase of(MeetingStatus status) {
        return status == MeetingStatus.APPROVED ? AFTER_MEETING : BEFORE_MEETING;
    }
}
