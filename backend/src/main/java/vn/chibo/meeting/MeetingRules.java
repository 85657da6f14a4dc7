package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.rules.AgendaCheck;
import vn.chibo.meeting.rules.PreMeetingCheck;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.resolution.Task;
import vn.chibo.resolution.TaskStatus;

/**
 * The rules of DOMAIN.md 19.2-19.4 that a meeting may break without being refused: each becomes a
 * warning the secretary and the supervisors see. Thresholds come from the policy in force.
 */
@ApplicationScoped
public class MeetingRules {
    private final TimeSource time;
    private final MeetingRecordChecks recordChecks;

    public MeetingRules(TimeSource time, MeetingRecordChecks recordChecks) {
        this.time = time;
        this.recordChecks = recordChecks;
    }

    /**
     * What the warnings are computed from, read once by MeetingViews: agendaKinds, the kinds of the agenda's items;
     * preMeetingRecorded, a committee meeting (not cancelled) prepares this one; secretaryOnly, the cell has only its
     * secretary on the meeting's day.
     */
    public record Facts(Meeting meeting, PolicyProfile policy, List<MeetingApi.AttendanceEntry> attendance,
                        MeetingApi.Figures figures, List<MeetingApi.DocumentView> documents,
                        List<MeetingApi.VoteView> votes, Locale locale, List<String> agendaKinds,
                        boolean preMeetingRecorded, boolean secretaryOnly) {}

    public List<MeetingApi.Warning> warnings(Facts f) {
        List<MeetingApi.Warning> out = new ArrayList<>();
        Meeting m = f.meeting();
        PolicyProfile p = f.policy();
        boolean held = m.status == MeetingStatus.HELD || m.status == MeetingStatus.APPROVED;
        boolean attendanceComplete = f.figures().expected() > 0 && f.figures().notRecorded() == 0;

        if (m.type.isCellMeeting() && (held || attendanceComplete)
                && f.figures().attendanceRate() <= p.attendanceTargetPercent) {
            add(out, f, "attendance-below-target", f.figures().attendanceRate(), p.attendanceTargetPercent);
        }
        String unexcused = names(f.attendance().stream().filter(a -> a.status() == AttendanceStatus.ABSENT_UNEXCUSED));
        if (!unexcused.isEmpty()) add(out, f, "unexcused-absence", unexcused);
        String repeated = names(f.attendance().stream()
                .filter(a -> a.consecutiveExcusedAbsences() > p.maxConsecutiveExcusedAbsences));
        if (!repeated.isEmpty()) add(out, f, "repeated-excused-absence", repeated, p.maxConsecutiveExcusedAbsences);
        if (held && f.figures().present() > 0 && f.figures().speakingRate() < p.speakingTargetPercent) {
            add(out, f, "speaking-below-target", f.figures().speakingRate(), p.speakingTargetPercent);
        }
        Integer duration = m.durationMinutes();
        int minimum = p.minimumDurationMinutes(m.type == MeetingType.COMBINED, f.figures().expected());
        if (duration != null && m.type.isCellMeeting() && duration < minimum) {
            add(out, f, "duration-below-minimum", duration, minimum);
        }
        if (f.documents().stream().anyMatch(MeetingApi.DocumentView::late)) {
            add(out, f, "documents-late", p.documentLeadDays);
        }
        if (m.status == MeetingStatus.PLANNED
                && Duration.between(time.now(), m.scheduledStart).toHours() < 24L * Math.max(1, p.documentLeadDays)) {
            add(out, f, "not-notified");
        }
        if (m.type.isRegular() && secondRegularInMonth(m)) add(out, f, "second-regular-in-month");
        if (held && (m.chair == null || m.minuteTaker == null)) add(out, f, "missing-chair-or-minute-taker");
        PreMeetingCheck.check(m.type.isRegular(), f.preMeetingRecorded(), f.secretaryOnly())
                .ifPresent(x -> add(out, f, x.code()));
        if (m.status != MeetingStatus.CANCELLED) {
            AgendaCheck.check(m.type.isRegular(), m.type == MeetingType.COMBINED, f.agendaKinds(),
                    p.orientationItems().stream().map(Enum::name).toList()).forEach(x -> add(out, f, x.code()));
        }
        undiscussedVotes(f.votes()).forEach(subject -> add(out, f, "vote-without-further-discussion", subject));
        // BR-M2, BR-M5, BR-R4, BR-R5: decided by the plain rules of meeting.rules, as BR-M1, BR-R2 and BR-R6 above
        recordChecks.findings(m, p, f.documents()).forEach(x -> add(out, f, x.code(), x.argArray()));
        return out;
    }

    /** BR-H10: subjects of the meeting's votes on which opinions differed with no further discussion recorded. */
    private static List<String> undiscussedVotes(List<MeetingApi.VoteView> votes) {
        return votes.stream().filter(v -> VoteDebate.discussionMissing(v.opinionsDiffered(), v.furtherDiscussion()))
                .map(MeetingApi.VoteView::subject).toList();
    }

    /** Another regular (or combined) meeting of the same cell in the same calendar month. */
    public boolean secondRegularInMonth(Meeting m) {
        LocalDate day = time.dateOf(m.scheduledStart);
        Instant from = day.withDayOfMonth(1).atStartOfDay(time.zone()).toInstant();
        Instant to = day.withDayOfMonth(1).plusMonths(1).atStartOfDay(time.zone()).toInstant();
        return count("select count(x) from Meeting x where x.organization.id = ?1 and x.id <> ?2"
                        + " and (x.type = ?3 or x.type = ?4) and x.status <> ?5 and x.scheduledStart >= ?6"
                        + " and x.scheduledStart < ?7", m.organization.id, m.id, MeetingType.REGULAR,
                MeetingType.COMBINED, MeetingStatus.CANCELLED, from, to) > 0;
    }

    /** Tasks of earlier resolutions of the cell still open: reviewed at this regular meeting. */
    public List<Task> openTasksBefore(Meeting m) {
        return Task.list("meetingId in (select x.id from Meeting x where x.organization.id = ?1 and x.scheduledStart < ?2)"
                        + " and status in ?3 order by dueDate, createdAt",
                m.organization.id, m.scheduledStart, TaskStatus.OPEN);
    }

    /**
     * Share of the previous regular meeting's tasks completed, in percent; null without tasks. One
     * query: the tasks of the last held regular meeting before this one, counted by status (BR-E7).
     */
    public Double previousCompletionRate(Meeting m) {
        List<Object[]> byStatus = Task.getEntityManager().createQuery("select t.status, count(t) from Task t"
                        + " where t.meetingId = (select x.id from Meeting x where x.organization.id = :cell"
                        + " and x.scheduledStart < :before and (x.type = :regular or x.type = :combined)"
                        + " and (x.status = :held or x.status = :approved) order by x.scheduledStart desc limit 1)"
                        + " group by t.status", Object[].class)
                .setParameter("cell", m.organization.id)
                .setParameter("before", m.scheduledStart)
                .setParameter("regular", MeetingType.REGULAR)
                .setParameter("combined", MeetingType.COMBINED)
                .setParameter("held", MeetingStatus.HELD)
                .setParameter("approved", MeetingStatus.APPROVED)
                .getResultList();
        int total = 0;
        int done = 0;
        for (Object[] row : byStatus) {
            int n = ((Number) row[1]).intValue();
            total += n;
            if (((TaskStatus) row[0]).isCompleted()) done += n;
        }
        return total == 0 ? null : MeetingViews.percent(done, total);
    }

    /**
     * A count by an explicit count query: Panache's {@code count(...)} derives a new count query on every
     * call, which Hibernate translates anew each time; this one's translation is cached like any query.
     */
    private static long count(String jpql, Object... parameters) {
        var query = Meeting.getEntityManager().createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) query.setParameter(i + 1, parameters[i]);
        return query.getSingleResult();
    }

    private static String names(java.util.stream.Stream<MeetingApi.AttendanceEntry> entries) {
        return entries.map(MeetingApi.AttendanceEntry::fullName).collect(Collectors.joining(", "));
    }

    private static void add(List<MeetingApi.Warning> out, Facts f, String code, Object... args) {
        out.add(new MeetingApi.Warning(code, Messages.get(f.locale(), "warning." + code, args)));
    }
}
