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
 * <p>One projection query over the cell's held meetings of the year, in meeting order: no entity is
 * loaded and no parameter is a list, so Hibernate and the database reuse the query's plan.
 */
@ApplicationScoped
public class ExcusedStreaks {
    private final TimeSource time;
    private final EntityManager em;

    public ExcusedStreaks(TimeSource time, EntityManager em) {
        this.time = time;
        this.em = em;
    }

    public Map<UUID, Integer> upTo(Meeting m, Collection<UUID> memberIds) {
        Map<UUID, Integer> streaks = new HashMap<>();
        if (memberIds.isEmpty()) return streaks;
        Set<UUID> wanted = new HashSet<>(memberIds);
        LocalDate day = time.dateOf(m.scheduledStart);
        var yearStart = day.withDayOfYear(1).atStartOfDay(time.zone()).toInstant();
        var rows = em.createQuery("select a.memberId, a.status from Attendance a join Meeting x on x.id = a.meetingId"
                        + " where x.organization.id = :cell and x.scheduledStart >= :from and x.scheduledStart <= :to"
                        + " and x.type <> :committee and (x.status = :held or x.status = :approved or x.id = :meeting)"
                        + " order by x.scheduledStart, x.id", Object[].class)
                .setParameter("cell", m.organization.id)
                .setParameter("from", yearStart)
                .setParameter("to", m.scheduledStart)
                .setParameter("committee", MeetingType.COMMITTEE)
                .setParameter("held", MeetingStatus.HELD)
                .setParameter("approved", MeetingStatus.APPROVED)
                .setParameter("meeting", m.id)
                .getResultList();
        for (UUID member : wanted) streaks.put(member, 0);
        for (Object[] row : rows) {
            UUID member = (UUID) row[0];
            if (!wanted.contains(member)) continue;
            streaks.put(member, row[1] == AttendanceStatus.ABSENT_EXCUSED ? streaks.get(member) + 1 : 0);
        }
        return streaks;
    }
}
