package vn.chibo.integration;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.chibo.common.ApiException;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.DomainEventType;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;

/**
 * The events of a subtree after a cursor, oldest first, so that a client that was down catches up without missing
 * or repeating anything: it keeps {@code nextCursor} and asks again with it. Events younger than the settle time are
 * left for the next read: a transaction numbered earlier may still be committing, and the cursor must not pass it.
 */
@ApplicationScoped
public class ChangeFeed {
    /** One event: its cursor and its CloudEvents body, as webhooks send it. */
    public record Entry(String cursor, @JsonRawValue String event) {}

    /** A page of the feed; {@code nextCursor} is the last entry's cursor (or the one asked with, when empty). */
    public record Page(List<Entry> items, String nextCursor, boolean hasMore) {}

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final TimeSource time;
    private final ChiboConfig.Events settings;

    public ChangeFeed(OrganizationRepository organizations, AccessPolicy access, TimeSource time, ChiboConfig config) {
        this.organizations = organizations;
        this.access = access;
        this.time = time;
        this.settings = config.events();
    }

    /** A cursor as a client sends it back: the digits of a position, else a 400 naming the parameter. */
    static long cursor(String after) {
        if (after == null || !after.matches("\\d{1,18}")) throw ApiException.invalidField("after", "cursor-malformed");
        return Long.parseLong(after);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page after(java.util.UUID organizationId, long after, int size, DomainEventType type) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        Instant settled = time.now().minus(settings.feedSettle());
        String typeFilter = type == null ? "" : " and e.type = :type";
        var query = RecordedEvent.getEntityManager().createQuery("select e.seq, e.body from RecordedEvent e"
                        + " where e.organizationPath like :path and e.seq > :after and e.occurredAt <= :settled" + typeFilter
                        + " order by e.seq", Object[].class)
                .setParameter("path", org.path + "%").setParameter("after", after).setParameter("settled", settled)
                .setMaxResults(size + 1);
        if (type != null) query.setParameter("type", type);
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<Entry> items = rows.stream().limit(size).map(r -> new Entry(String.valueOf(r[0]), (String) r[1])).toList();
        String next = items.isEmpty() ? String.valueOf(after) : items.get(items.size() - 1).cursor();
        return new Page(items, next, more);
    }
}
