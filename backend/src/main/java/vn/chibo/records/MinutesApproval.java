package vn.chibo.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.meeting.MeetingChange;
import vn.chibo.meeting.MeetingChanges;
import vn.chibo.meeting.MeetingGuard;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.meeting.MeetingViews;
import vn.chibo.member.CellLeadership;
import vn.chibo.member.Member;
import vn.chibo.member.Position;
import vn.chibo.member.PositionHeld;
import vn.chibo.resolution.Resolution;
import vn.chibo.security.CurrentActor;

/**
 * Approval of the minutes at the end of the meeting (BR-R3): refused with the list of what the minutes still
 * lack; otherwise the minutes (and the resolution, if any) take their numbers, the chair and the minute-taker
 * sign, and everything locks.
 */
@ApplicationScoped
public class MinutesApproval {
    private final MeetingGuard guard;
    private final MeetingViews views;
    private final RecordNumbers numbers;
    private final RecordService records;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final MeetingChanges changes;

    public MinutesApproval(MeetingGuard guard, MeetingViews views, RecordNumbers numbers, RecordService records,
                           CurrentActor actor, AuditService audit, TimeSource time, MeetingChanges changes) {
        this.changes = changes;
        this.guard = guard;
        this.views = views;
        this.numbers = numbers;
        this.records = records;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public MinutesApi.View approve(UUID meetingId, MeetingApi.VersionOnly v) {
        Meeting m = guard.writable(meetingId);
        Minutes minutes = Minutes.findById(m.id);
        if (minutes != null && minutes.isApproved()) throw ApiException.conflict("minutes-locked");
        guard.requireStatus(m, "approve", MeetingStatus.HELD);
        if (minutes == null) {
            Versions.require(v.version(), 0);
            minutes = new Minutes();
            minutes.meetingId = m.id;
        } else {
            Versions.require(v.version(), minutes.version);
        }
        Resolution resolution = Resolution.findById(m.id);
        List<MinutesCompleteness.Missing> missing = MinutesCompleteness.missing(
                facts(m, views.view(m, Messages.VIETNAMESE), minutes, resolution != null));
        if (!missing.isEmpty()) {
            throw new ApiException(409, "minutes-incomplete", "minutes-incomplete", new Object[] {missing.size()},
                    missing.stream().map(x -> new ApiException.FieldError(x.field(), "minutes-incomplete." + x.item(),
                            x.args())).toList(), null);
        }
        LocalDate day = time.dateOf(m.scheduledStart);
        numbers.allocate(m, RecordNumbers.MINUTES, day.getYear());
        if (resolution != null) {
            resolution.number = numbers.allocate(m, RecordNumbers.seriesOf(resolution.kind), day.getYear()).printed();
        }
        sign(minutes, m, day);
        minutes.approvedAt = time.now();
        minutes.approvedBy = actor.username();
        minutes.persist();
        m.status = MeetingStatus.APPROVED;
        changes.record(m, MeetingChange.Kind.MINUTES_APPROVED, null, null, null);
        Minutes.flush();
        audit.record("Minutes", m.id, m.organization, "APPROVE", Map.of("approvedBy", minutes.approvedBy));
        return records.view(m);
    }

    static MinutesCompleteness.Facts facts(Meeting m, MeetingApi.View view, Minutes minutes, boolean adoptsResolution) {
        List<MeetingApi.AttendanceEntry> attendance = view.attendance();
        return new MinutesCompleteness.Facts(m.chair != null, m.minuteTaker != null,
                (m.place != null && !m.place.isBlank()) || m.onlineLink != null,
                view.actualStart() != null, view.actualEnd() != null,
                (int) attendance.stream().filter(a -> a.status() == AttendanceStatus.NOT_RECORDED).count(),
                attendance.stream().filter(a -> a.status() == AttendanceStatus.ABSENT_EXCUSED)
                        .filter(a -> a.reasonCategory() == null && (a.reasonText() == null || a.reasonText().isBlank()))
                        .map(MeetingApi.AttendanceEntry::fullName).toList(),
                view.agenda().size(), view.figures().present(), view.speeches().size(),
                minutes.conclusions != null && !minutes.conclusions.isBlank(), adoptsResolution, view.votes().size());
    }

    /** The chair signs on behalf of the cell in the post held that day; the minute-taker signs as such. */
    private static void sign(Minutes minutes, Meeting m, LocalDate day) {
        Member chair = m.chair;
        Position post = CellLeadership.signingPost(
                PositionHeld.<PositionHeld>list("organization = ?1 and member = ?2", m.organization, chair), chair.id, day);
        minutes.chairRole = RecordSigners.chairRole(m.type == MeetingType.COMMITTEE, post);
        minutes.chairName = chair.fullName;
        minutes.chairMemberId = chair.id;
        minutes.minuteTakerName = m.minuteTaker.fullName;
        minutes.minuteTakerMemberId = m.minuteTaker.id;
    }
}
