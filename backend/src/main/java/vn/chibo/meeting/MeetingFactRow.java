package vn.chibo.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.policy.PolicyProfile;

/**
 * The summary figures of one meeting as a row, copied from its {@link MeetingFacts} (never computed
 * here), so roll-ups over a subtree sum them in SQL. Valid while {@link #revision} equals the meeting's
 * facts revision; {@link MeetingFactStore} keeps them so.
 */
@Entity
@Table(name = "meeting_fact")
public class MeetingFactRow {
    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "meeting_day", nullable = false)
    public LocalDate meetingDay;

    /** Year * 12 + month - 1 of the day: what months and quarters of a period are grouped on. */
    @Column(name = "month_number", nullable = false)
    public int monthNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingType type;

    public boolean regular;
    public boolean topical;

    @Column(name = "cell_meeting")
    public boolean cellMeeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    public boolean held;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    public int expected;
    public int present;
    public int excused;
    public int unexcused;

    @Column(name = "not_recorded")
    public int notRecorded;

    public int exempt;
    public int speakers;

    @Column(name = "has_pre_meeting")
    public boolean hasPreMeeting;

    /** Attendance rate above the target of the profile governing the cell that day. */
    @Column(name = "attendance_above_target")
    public boolean attendanceAboveTarget;

    /** Speaking rate at or above the target of the profile governing the cell that day (BR-H11). */
    @Column(name = "speaking_at_target")
    public boolean speakingAtTarget;

    public long revision;

    @Column(name = "scheduled_start", nullable = false)
    public java.time.Instant scheduledStart;

    /** The meeting's evaluation's self rating (a level name), null when it has none; copied from the evaluation. */
    @Column(name = "self_rating")
    public String selfRating;

    /** Its verified rating (a level name), null until verified. */
    @Column(name = "verified_rating")
    public String verifiedRating;

    public static int monthNumber(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /**
     * The row of the facts as of the given revision, judged against the profile in force for the meeting, with
     * the meeting's scheduled start and its evaluation's ratings (none: null).
     */
    static MeetingFactRow of(MeetingFacts f, PolicyProfile policy, long revision, java.time.Instant scheduledStart,
                             MeetingRatings.Ratings ratings) {
        MeetingFactRow r = new MeetingFactRow();
        r.meetingId = f.meetingId();
        r.organizationId = f.organizationId();
        r.meetingDay = f.day();
        r.monthNumber = monthNumber(f.day());
        r.type = f.type();
        r.regular = f.type().isRegular();
        r.topical = f.type().isTopical();
        r.cellMeeting = f.type().isCellMeeting();
        r.status = f.status();
        r.held = f.held();
        r.durationMinutes = f.durationMinutes();
        r.expected = f.expected();
        r.present = f.present();
        r.excused = f.excused();
        r.unexcused = f.unexcused();
        r.notRecorded = f.notRecorded();
        r.exempt = f.exempt();
        r.speakers = f.distinctSpeakers();
        r.hasPreMeeting = f.hasPreMeeting();
        r.attendanceAboveTarget = f.attendanceRate() > policy.attendanceTargetPercent;
        r.speakingAtTarget = f.speakingRate() >= policy.speakingTargetPercent;
        r.revision = revision;
        r.scheduledStart = scheduledStart;
        if (ratings != null) {
            r.selfRating = ratings.self();
            r.verifiedRating = ratings.verified();
        }
        return r;
    }
}
