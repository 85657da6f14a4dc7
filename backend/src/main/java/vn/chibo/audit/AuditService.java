package vn.chibo.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.DomainEvent;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * Records every mutation; must be called inside the transaction that makes the change. The changes other
 * systems hear of ({@link AuditedEvents}) are fired as domain events from here, in the same transaction.
 */
@ApplicationScoped
public class AuditService implements PanacheRepositoryBase<AuditEntry, UUID> {
    private final CurrentActor actor;
    private final AccessPolicy access;
    private final OrganizationRepository organizations;
    private final TimeSource time;
    private final ObjectMapper json;
    private final Event<DomainEvent> events;

    public AuditService(CurrentActor actor, AccessPolicy access, OrganizationRepository organizations,
                        TimeSource time, ObjectMapper json, Event<DomainEvent> events) {
        this.events = events;
        this.actor = actor;
        this.access = access;
        this.organizations = organizations;
        this.time = time;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, UUID entityId, Organization org, String action, Map<String, ?> changes) {
        record(time.now(), actor.username(), entityType, entityId, org, action, changes);
    }

    /** A step taken by a named person at a given time (the demo replays its past year through the services). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Instant at, String actorName, String entityType, UUID entityId, Organization org, String action,
                       Map<String, ?> changes) {
        AuditEntry entry = new AuditEntry();
        entry.at = at;
        entry.actor = actorName;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.organizationId = org == null ? null : org.id;
        entry.orgPath = org == null ? null : org.path;
        entry.action = action;
        entry.changes = toJson(changes);
        persist(entry);
        if (org != null) {
            AuditedEvents.of(entityType, action).ifPresent(type -> events.fire(new DomainEvent(type, org.id, org.path,
                    entityId, at, AuditedEvents.data(entityType, action, changes))));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AuditEntry> list(UUID organizationId, UUID entityId, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireAudit(org);
        String where = entityId == null ? "orgPath like ?1" : "orgPath like ?1 and entityId = ?2";
        Object[] params = entityId == null ? new Object[] {org.path + "%"} : new Object[] {org.path + "%", entityId};
        List<AuditEntry> items = find(where + " order by at desc, id", params).page(paging.page, paging.size).list();
        return new PageResult<>(items, paging.page, paging.size, count(where, params));
    }

    private String toJson(Map<String, ?> changes) {
        if (changes == null || changes.isEmpty()) return null;
        try {
            String text = json.writeValueAsString(changes);
            return text.length() > 100_000 ? text.substring(0, 100_000) : text;
        } catch (JsonProcessingException e) {
            return String.valueOf(changes);
        }
    }
}
