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

    public MeetingRules(TimeSource time) {
        this.time = time;
    }

    /** What the warnings are computed from. */
    public record Facts(Meeting meeting, PolicyProfile policy, List<MeetingApi.AttendanceEntry> attendance,
                        MeetingApi.Figures figures, List<MeetingApi.DocumentView> documents, Locale locale) {}

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
        int minimum = m.type == MeetingType.COMBINED ? p.combinedMinDurationMinutes : p.minDurationMinutes;
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
        if (m.type.isRegular() && Meeting.count("prepares.id = ?1 and status <> ?2", m.id, MeetingStatus.CANCELLED) == 0) {
            add(out, f, "no-pre-meeting");
        }
        return out;
    }

    /** Another regular (or combined) meeting of the same cell in the same calendar month. */
    public boolean secondRegularInMonth(Meeting m) {
        LocalDate day = time.dateOf(m.scheduledStart);
        Instant from = day.withDayOfMonth(1).atStartOfDay(time.zone()).toInstant();
        Instant to = day.withDayOfMonth(1).plusMonths(1).atStartOfDay(time.zone()).toInstant();
        return Meeting.count("organization = ?1 and id <> ?2 and type in ?3 and status <> ?4"
                        + " and scheduledStart >= ?5 and scheduledStart < ?6", m.organization, m.id,
                List.of(MeetingType.REGULAR, MeetingType.COMBINED), MeetingStatus.CANCELLED, from, to) > 0;
    }

    /** Tasks of earlier resolutions of the cell still open: reviewed at this regular meeting. */
    public List<Task> openTasksBefore(Meeting m) {
        List<java.util.UUID> earlier = Meeting.<Meeting>list("organization = ?1 and scheduledStart < ?2",
                m.organization, m.scheduledStart).stream().map(x -> x.id).toList();
        if (earlier.isEmpty()) return List.of();
        return Task.<Task>list("meetingId in ?1 and status in ?2 order by dueDate, createdAt", earlier,
                List.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.LATE));
    }

    /** Share of the previous regular meeting's tasks completed, in percent; null without tasks. */
    public Double previousCompletionRate(Meeting m) {
        Meeting previous = Meeting.find("organization = ?1 and scheduledStart < ?2 and type in ?3 and status in ?4"
                        + " order by scheduledStart desc", m.organization, m.scheduledStart,
                List.of(MeetingType.REGULAR, MeetingType.COMBINED),
                List.of(MeetingStatus.HELD, MeetingStatus.APPROVED)).firstResult();
        if (previous == null) return null;
        List<Task> tasks = Task.list("meetingId", previous.id);
        if (tasks.isEmpty()) return null;
        long done = tasks.stream().filter(t -> t.status.isCompleted()).count();
        return MeetingViews.percent((int) done, tasks.size());
    }

    private static String names(java.util.stream.Stream<MeetingApi.AttendanceEntry> entries) {
        return entries.map(MeetingApi.AttendanceEntry::fullName).collect(Collectors.joining(", "));
    }

    private static void add(List<MeetingApi.Warning> out, Facts f, String code, Object... args) {
        out.add(new MeetingApi.Warning(code, Messages.get(f.locale(), "warning." + code, args)));
    }
}
