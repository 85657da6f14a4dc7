package vn.chibo.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** Handing out private calendar addresses, listing one's own, and revoking them. */
@ApplicationScoped
public class CalendarFeedService {
    static final String ENTITY = "CalendarFeed";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    public CalendarFeedService(CalendarFeedRepository feeds, OrganizationRepository organizations, AccessPolicy access,
                               CurrentActor actor, AuditService audit, TimeSource time) {
        this.feeds = feeds;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public CalendarFeedApi.View create(CalendarFeedApi.Create command, String baseUrl) {
        Organization org = null;
        if (command.scope() == CalendarFeed.Scope.CELL) {
            if (command.organizationId() == null) throw ApiException.invalidField("organizationId", "organization-required");
            org = organizations.require(command.organizationId());
            access.requireRead(org);
            // Every read of the feed checks the owner's appointments (see CalendarService); refuse now
            // a feed that would stop at once, as one created through the admin role alone would.
            if (!access.mayRead(actor.username(), org)) throw ApiException.notPermittedAs("feed-needs-appointment");
        }
        CalendarFeed feed = new CalendarFeed();
        feed.id = newSecret();
        feed.scope = command.scope();
        feed.organizationId = org == null ? null : org.id;
        feed.username = actor.username();
        feed.createdAt = time.now();
        feeds.persist(feed);
        audit.record(ENTITY, feed.auditId(), org, "CREATE", Map.of("scope", feed.scope.name()));
        return view(feed, org, baseUrl);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CalendarFeedApi.View> listMine(PageRequest paging, String baseUrl) {
        PageResult<CalendarFeed> page = feeds.activeOwnedBy(actor.username(), paging);
        var ids = page.items().stream().map(f -> f.organizationId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Organization> cells = ids.isEmpty() ? Map.of()
                : organizations.list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        return page.map(f -> view(f, cells.get(f.organizationId), baseUrl));
    }

    /**
     * The owner revokes their own feed, an administrator any feed. Anyone else gets the same 404 as for
     * an address that never existed, so that the endpoint cannot be used to test guessed addresses.
     * Revoking twice changes nothing.
     */
    @Transactional
    public void revoke(String feedId) {
        CalendarFeed feed = feedId == null ? null : feeds.findById(feedId);
        if (feed == null || !(feed.username.equals(actor.username()) || actor.isAdmin())) {
            throw ApiException.notFound("entity.calendar");
        }
        if (feed.isRevoked()) return;
        feed.revokedAt = time.now();
        Organization org = feed.organizationId == null ? null : organizations.findById(feed.organizationId);
        audit.record(ENTITY, feed.auditId(), org, "REVOKE", Map.of("scope", feed.scope.name(), "owner", feed.username));
    }

    private CalendarFeedApi.View view(CalendarFeed feed, Organization org, String baseUrl) {
        return new CalendarFeedApi.View(feed.id, baseUrl + "/api/v1/calendar/" + feed.id + ".ics", feed.scope,
                org == null ? null : org.id, org == null ? null : org.name, time.local(feed.createdAt),
                time.local(feed.lastReadAt));
    }

    /** 256 random bits, URL-safe: the whole credential, so it must not be guessable. */
    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
