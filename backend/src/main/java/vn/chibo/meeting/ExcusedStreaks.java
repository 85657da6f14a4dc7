package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.TimeSource;

/**
 * For each member, the run of excused absences in a row this year up to a meeting, over the cell
 * meetings that have been held (BR-H5). Shared by the meeting view and the meeting facts.
 */
@ApplicationScoped
public class ExcusedStreaks {
    private final TimeSource time;

    public ExcusedStreaks(TimeSource time) {
        this.time = time;
    }

    public Map<UUID, Integer> upTo(Meeting m, Collection<UUID> memberIds) {
        Map<UUID, Integer> streaks = new HashMap<>();
        if (memberIds.isEmpty()) return streaks;
        LocalDate day = time.dateOf(m.scheduledStart);
        var yearStart = day.withDayOfYear(1).atStartOfDay(time.zone()).toInstant();
        List<Meeting> meetings = Meeting.list("organization = ?1 and scheduledStart >= ?2 and scheduledStart <= ?3"
                        + " and type <> ?4 and (status in ?5 or id = ?6) order by scheduledStart",
                m.organization, yearStart, m.scheduledStart, MeetingType.COMMITTEE,
                List.of(MeetingStatus.HELD, MeetingStatus.APPROVED), m.id);
        List<UUID> meetingIds = meetings.stream().map(x -> x.id).toList();
        Map<UUID, Map<UUID, AttendanceStatus>> byMember = new HashMap<>();
        for (Attendance a : Attendance.<Attendance>list("meetingId in ?1 and memberId in ?2", meetingIds, memberIds)) {
            byMember.computeIfAbsent(a.memberId, k -> new HashMap<>()).put(a.meetingId, a.status);
        }
        for (UUID member : memberIds) {
            Map<UUID, AttendanceStatus> statuses = byMember.getOrDefault(member, Map.of());
            int streak = 0;
            for (Meeting held : meetings) {
                AttendanceStatus s = statuses.get(held.id);
                if (s == null) continue;
                streak = s == AttendanceStatus.ABSENT_EXCUSED ? streak + 1 : 0;
            }
            streaks.put(member, streak);
        }
        return streaks;
    }
}
