package vn.chibo.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chibo.meeting.AbsenceReason;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.resolution.TaskStatus;

/**
 * One demo meeting as plain data: when, how it went, and how far through the cycle it got by the
 * day the demo is loaded. The writer turns it into rows; the evaluation is computed by the product.
 *
 * @param heldMinutes        how long it lasted, for a held meeting
 * @param documentsLeadHours how long before the start its documents were published (null: none)
 * @param deviations         the rules it breaks on purpose, named so tests can tell them from mistakes
 */
public record PlannedMeeting(String key, String cellCode, MeetingType type, String title, Instant start,
                             int plannedMinutes, MeetingMode mode, MeetingStatus status, Integer heldMinutes,
                             Integer documentsLeadHours, boolean notified, String preparesKey,
                             List<Presence> attendance, List<UUID> speakers, Quality quality, List<PlannedTask> tasks,
                             Review review, String visitedBy, Set<Deviation> deviations) {

    /** How well the meeting went: drives the manual criteria a secretary would score. */
    public enum Quality { GOOD, FAIR, AVERAGE, POOR }

    /** How far the self-evaluation went: none yet, waiting for the supervisor, verified. */
    public enum Review { NONE, SUBMITTED, VERIFIED }

    /** Warnings a demo meeting raises on purpose (none of them blocks a meeting in the product). */
    public enum Deviation { UNEXCUSED_ABSENCE, SHORT_DURATION, NO_DOCUMENTS, LOW_ATTENDANCE, LOW_SPEAKING,
        OVERDUE_VERIFICATION, NO_PRE_MEETING,
        /** BR-M2: the deputy prepares with no assignment by the secretary recorded (flagged under HD 42). */
        PREPARER_NOT_ASSIGNED,
        /** BR-R4: the next-month clause of the resolution has no task. */
        NEXT_MONTH_WITHOUT_TASK,
        /** BR-R5: the final documents published late, or not at all. */
        LATE_PUBLICATION }

    public record Presence(UUID memberId, AttendanceStatus status, AbsenceReason reason) {}

    public record PlannedTask(String title, UUID assigneeId, String assigneeName, LocalDate due, TaskStatus status) {}

    /**
     * A fixed spread over the meetings, 0-9, from the key (so a demo loads the same way every time): who prepares
     * (BR-M2) and when the final documents are published (BR-R5), see DemoMeetingWriter.
     */
    public int closingVariant() {
        return Math.floorMod(key.hashCode(), 10);
    }

    public boolean held() {
        return status == MeetingStatus.HELD || status == MeetingStatus.APPROVED;
    }

    public boolean evaluated() {
        return held() && (type == MeetingType.REGULAR || type == MeetingType.COMBINED || type == MeetingType.TOPICAL);
    }
}
