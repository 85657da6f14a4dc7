package vn.chibo.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.ApiException;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.member.MemberRepository;
import vn.chibo.member.MembershipRepository;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.AppointmentRepository;

/**
 * Renders a private iCalendar feed of a cell's meetings, or of its owner's cells, for ordinary calendar
 * apps. The address is a credential that outlives any sign-in, so every read checks what the owner may
 * read today, not what they could when the feed was created.
 */
@ApplicationScoped
public class CalendarService {
    private static final int MAX_EVENTS = 1000;
    private static final Duration HISTORY = Duration.ofDays(120);

    private final CalendarFeedRepository feeds;
    private final OrganizationRepository organizations;
    private final AppointmentRepository appointments;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final AccessPolicy access;
    private final TimeSource time;

    public CalendarService(CalendarFeedRepository feeds, OrganizationRepository organizations,
                           AppointmentRepository appointments, MemberRepository members,
                           MembershipRepository memberships, AccessPolicy access, TimeSource time) {
        this.feeds = feeds;
        this.organizations = organizations;
        this.appointments = appointments;
        this.members = members;
        this.memberships = memberships;
        this.access = access;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String render(String feedId) {
        CalendarFeed feed = feedId == null ? null : feeds.findById(feedId);
        if (feed == null) throw ApiException.notFound("entity.calendar");
        if (feed.isRevoked()) throw ApiException.gone("feed-revoked");
        Set<UUID> cells = new HashSet<>();
        String name;
        if (feed.scope == CalendarFeed.Scope.CELL) {
            Organization org = organizations.require(feed.organizationId);
            if (!access.mayRead(feed.username, org)) throw ApiException.gone("feed-access-ended");
            cells.add(org.id);
            name = org.name;
        } else {
            cells.addAll(cellsOf(feed.username));
            name = "Lịch sinh hoạt của " + feed.username;
        }
        feeds.recordRead(feed.id, time.now());
        return IcsWriter.write(name, events(cells));
    }

    /** The cells a user belongs to today: as a member, or through an appointment to a cell. */
    private Set<UUID> cellsOf(String username) {
        LocalDate today = time.today();
        Set<UUID> cells = new HashSet<>();
        appointments.activeFor(username, today).stream().filter(a -> a.organization.holdsMeetings)
                .forEach(a -> cells.add(a.organization.id));
        members.byUsername(username).ifPresent(member -> memberships.activeOf(member, today)
                .forEach(ms -> cells.add(ms.organization.id)));
        return cells;
    }

    private List<IcsWriter.Event> events(Set<UUID> cells) {
        if (cells.isEmpty()) return List.of();
        List<Meeting> meetings = Meeting.find("organization.id in ?1 and scheduledStart >= ?2 order by scheduledStart",
                cells, time.now().minus(HISTORY)).range(0, MAX_EVENTS - 1).list();
        Map<UUID, Instant> revised = lastRevised(meetings);
        return meetings.stream().map(m -> new IcsWriter.Event(m.id + "@chibo",
                m.actualStart != null ? m.actualStart : m.scheduledStart,
                m.actualEnd != null ? m.actualEnd : m.scheduledStart.plus(Duration.ofMinutes(m.plannedDurationMinutes)),
                summary(m), m.place, m.onlineLink, m.title, m.version, m.status == MeetingStatus.CANCELLED,
                revised.getOrDefault(m.id, m.scheduledStart)))
                .toList();
    }

    /**
     * DTSTAMP of a published calendar is when the event was last revised (RFC 5545 3.8.7.2), not the time of the
     * read: the latest change in each meeting's history. So the same meetings give the same calendar, byte for
     * byte, and a calendar app polling with If-None-Match gets 304 until one changes.
     */
    private static Map<UUID, Instant> lastRevised(List<Meeting> meetings) {
        if (meetings.isEmpty()) return Map.of();
        Map<UUID, Instant> revised = new HashMap<>();
        Meeting.getEntityManager().createQuery("select c.meetingId, max(c.at) from MeetingChange c"
                        + " where c.meetingId in :ids group by c.meetingId", Object[].class)
                .setParameter("ids", meetings.stream().map(m -> m.id).toList()).getResultList()
                .forEach(r -> revised.put((UUID) r[0], (Instant) r[1]));
        return revised;
    }

    private static String summary(Meeting m) {
        String kind = switch (m.type) {
            case REGULAR -> "Sinh hoạt chi bộ thường kỳ";
            case TOPICAL -> "Sinh hoạt chuyên đề";
            case COMBINED -> "Sinh hoạt thường kỳ kết hợp chuyên đề";
            case FORUM -> "Diễn đàn";
            case COMMITTEE -> "Họp chi ủy";
            case EXTRAORDINARY -> "Họp chi bộ bất thường";
        };
        return kind + " – " + m.organization.name;
    }
}
