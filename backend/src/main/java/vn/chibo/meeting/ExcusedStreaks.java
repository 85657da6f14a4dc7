package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.TimeSource;

/**
 * For each member, the run of excused absences in a row this year up to a meeting, over the cell
 * meetings that have been held (BR-H5). Shared by the meeting view and the meeting facts.
 *
 * <p>One query over the attendance of the cell's held meetings of the year, in meeting order; no parameter is a
 * list, so Hibernate and the database reuse the query's plan. The meeting's own attendance is among the rows, so
 * the meeting view reads it from here rather than with a statement of its own.
 */
@ApplicationScoped
public class ExcusedStreaks {
    /** The runs of the members asked for, and the attendance recorded at the meeting itself, by member. */
    public record Year(Map<UUID, Integer> runs, Map<UUID, Attendance> recorded) {}

    private final TimeSource time;
    private final EntityManager em;

    public ExcusedStreaks(TimeSource time, EntityManager em) {
        this.time = time;
        this.em = em;
    }

    public Map<UUID, Integer> upTo(Meeting m, Collection<UUID> memberIds) {
        return year(m, memberIds).runs();
    }

    /** As {@link #upTo}, with the meeting's own attendance; none without members asked for (a committee meeting). */
    public Year year(Meeting m, Collection<UUID> memberIds) {
        Map<UUID, Integer> streaks = new HashMap<>();
        Map<UUID, Attendance> recorded = new HashMap<>();
        if (memberIds.isEmpty()) return new Year(streaks, recorded);
        Set<UUID> wanted = new HashSet<>(memberIds);
        LocalDate day = time.dateOf(m.scheduledStart);
        var yearStart = day.withDayOfYear(1).atStartOfDay(time.zone()).toInstant();
        var rows = em.createQuery("select a from Attendance a join Meeting x on x.id = a.meetingId"
                        + " where x.organization.id = :cell and x.scheduledStart >= :from and x.scheduledStart <= :to"
                        + " and x.type <> :committee and (x.status = :held or x.status = :approved or x.id = :meeting)"
                        + " order by x.scheduledStart, x.id", Attendance.class)
                .setParameter("cell", m.organization.id)
                .setParameter("from", yearStart)
                .setParameter("to", m.scheduledStart)
                .setParameter("committee", MeetingType.COMMITTEE)
                .setParameter("held", MeetingStatus.HELD)
                .setParameter("approved", MeetingStatus.APPROVED)
                .setParameter("meeting", m.id)
                .getResultList();
        for (UUID member : wanted) streaks.put(member, 0);
        for (Attendance a : rows) {
            if (a.meetingId.equals(m.id)) recorded.put(a.memberId, a);
            if (!wanted.contains(a.memberId)) continue;
            streaks.put(a.memberId, a.status == AttendanceStatus.ABSENT_EXCUSED ? streaks.get(a.memberId) + 1 : 0);
        }
        return new Year(streaks, recorded);
    }
}
