package vn.chibo.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingReadGrant;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;

/**
 * BR-P4: "sent" means the recipients can read it. A recipient of a committee's sent monthly schedule (the cells'
 * supervisors, the committee above) reads that schedule and the meetings listed in it, and nothing more.
 */
@ApplicationScoped
public class SentScheduleReaders implements MeetingReadGrant {
    private final TimeSource time;

    public SentScheduleReaders(TimeSource time) {
        this.time = time;
    }

    /** Whether the month's schedule of the committee was sent to the caller. */
    boolean receivedSchedule(Organization committee, YearMonth month, String username) {
        return MonthlySchedule.getEntityManager().createQuery("select count(r) from ScheduleRecipient r, MonthlySchedule s"
                        + " where r.scheduleId = s.id and s.organizationId = :org and s.month = :month and r.username = :user",
                        Long.class)
                .setParameter("org", committee.id).setParameter("month", month.toString()).setParameter("user", username)
                .getSingleResult() > 0;
    }

    /** A meeting the schedule lists (not cancelled, not a committee meeting) of a month sent to the caller. */
    @Override
    public boolean grants(Meeting meeting, String username) {
        if (meeting.status == MeetingStatus.CANCELLED || meeting.type == MeetingType.COMMITTEE) return false;
        YearMonth month = YearMonth.from(time.dateOf(meeting.scheduledStart));
        return MonthlySchedule.getEntityManager().createQuery("select count(r) from ScheduleRecipient r, MonthlySchedule s,"
                        + " Organization c where r.scheduleId = s.id and s.organizationId = c.id and s.month = :month"
                        + " and r.username = :user and :path like concat(c.path, '%')", Long.class)
                .setParameter("month", month.toString()).setParameter("user", username)
                .setParameter("path", meeting.organization.path).getSingleResult() > 0;
    }
}
