package vn.chibo.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.member.Member;
import vn.chibo.member.Membership;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.Appointment;
import vn.chibo.security.CurrentActor;

/** Private iCalendar feeds of a cell's meetings, or of the caller's cells, for ordinary calendar apps. */
@ApplicationScoped
public class CalendarService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public CalendarService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                           AuditService audit, TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    public record FeedView(String url, String feedId) {}

    public record FeedCreate(@jakarta.validation.constraints.NotNull CalendarFeed.Scope scope, UUID organizationId) {}

    @Transactional
    public FeedView create(FeedCreate c, String baseUrl) {
        Organization org = null;
        if (c.scope() == CalendarFeed.Scope.CELL) {
            if (c.organizationId() == null) throw ApiException.invalidField("organizationId", "organization-required");
            org = organizations.require(c.organizationId());
            access.requireRead(org);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        CalendarFeed feed = new CalendarFeed();
        feed.id = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feed.scope = c.scope();
        feed.organizationId = org == null ? null : org.id;
        feed.username = actor.username();
        feed.createdAt = time.now();
        feed.persist();
        audit.record("CalendarFeed", UUID.nameUUIDFromBytes(feed.id.getBytes()), org, "CREATE",
                Map.of("scope", feed.scope.name()));
        return new FeedView(baseUrl + "/api/v1/calendar/" + feed.id + ".ics", feed.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String render(String feedId) {
        CalendarFeed feed = feedId == null ? null : CalendarFeed.findById(feedId);
        if (feed == null) throw ApiException.notFound("entity.calendar");
        Set<UUID> cells = new HashSet<>();
        String name;
        if (feed.scope == CalendarFeed.Scope.CELL) {
            Organization org = organizations.require(feed.organizationId);
            cells.add(org.id);
            name = org.name;
        } else {
            name = "Lịch sinh hoạt của " + feed.username;
            Appointment.<Appointment>list("username = ?1 and (validTo is null or validTo >= ?2)", feed.username, time.today())
                    .stream().filter(a -> a.organization.holdsMeetings).forEach(a -> cells.add(a.organization.id));
            Member.<Member>find("username", feed.username).firstResultOptional().ifPresent(me ->
                    Membership.<Membership>list("member = ?1 and (validTo is null or validTo >= ?2)", me, time.today())
                            .forEach(ms -> cells.add(ms.organization.id)));
        }
        if (cells.isEmpty()) return IcsWriter.write(name, List.of());
        Instant since = time.now().minus(Duration.ofDays(120));
        List<Meeting> meetings = Meeting.list("organization.id in ?1 and scheduledStart >= ?2 order by scheduledStart",
                cells, since);
        Instant stamp = time.now();
        return IcsWriter.write(name, meetings.stream().limit(1000).map(m -> new IcsWriter.Event(m.id + "@chibo",
                m.actualStart != null ? m.actualStart : m.scheduledStart,
                m.actualEnd != null ? m.actualEnd : m.scheduledStart.plus(Duration.ofMinutes(m.plannedDurationMinutes)),
                summary(m), m.place, m.onlineLink, m.title, m.version, m.status == MeetingStatus.CANCELLED, stamp))
                .toList());
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
