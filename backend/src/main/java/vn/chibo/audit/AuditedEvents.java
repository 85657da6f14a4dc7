package vn.chibo.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chibo.common.DomainEventType;

/**
 * Which audited changes other systems also hear of (webhooks, the change feed): every change of an
 * organisation or a member, tasks, reports submitted and ratings decided are recorded once, by
 * {@link AuditService#record}, and that record is the event. What the event carries of the change is
 * limited to ids, organisation names, dates and states (never a member's personal data).
 */
public final class AuditedEvents {
    private static final Map<String, DomainEventType> BY_CHANGE = Map.ofEntries(
            Map.entry("Organization:CREATE", DomainEventType.ORGANIZATION_CREATED),
            Map.entry("Organization:UPDATE", DomainEventType.ORGANIZATION_UPDATED),
            Map.entry("Organization:MOVE", DomainEventType.ORGANIZATION_MOVED),
            Map.entry("Organization:CLOSE", DomainEventType.ORGANIZATION_CLOSED),
            Map.entry("Organization:MERGE", DomainEventType.ORGANIZATION_MERGED),
            Map.entry("Organization:SPLIT", DomainEventType.ORGANIZATION_SPLIT),
            Map.entry("Member:CREATE", DomainEventType.MEMBER_CREATED),
            Map.entry("Member:UPDATE", DomainEventType.MEMBER_UPDATED),
            Map.entry("Member:TRANSFER", DomainEventType.MEMBER_TRANSFERRED),
            Map.entry("Member:EXEMPT", DomainEventType.MEMBER_EXEMPTED),
            Map.entry("Member:POSITION", DomainEventType.MEMBER_POSITION_CHANGED),
            Map.entry("Resolution:SAVE", DomainEventType.RESOLUTION_SAVED),
            Map.entry("Task:ASSIGN", DomainEventType.TASK_CREATED),
            Map.entry("Task:UPDATE", DomainEventType.TASK_UPDATED),
            Map.entry("PeriodicReport:SUBMIT", DomainEventType.REPORT_SUBMITTED),
            Map.entry("PeriodicReport:RESUBMIT", DomainEventType.REPORT_RESUBMITTED),
            Map.entry("AnnualRating:DECIDE", DomainEventType.RATING_DECIDED));

    /** The parts of a change an event may carry: ids, organisation names and codes, dates, states, counts. */
    private static final Set<String> SHAREABLE = Set.of("parentId", "typeCode", "from", "to", "into", "closedOn",
            "effectiveDate", "decisionRef", "members", "meetingId", "status", "number", "sections", "kind", "period",
            "dueDate", "revision", "late", "level", "position");

    private AuditedEvents() {}

    public static Optional<DomainEventType> of(String entityType, String action) {
        return Optional.ofNullable(BY_CHANGE.get(entityType + ":" + action));
    }

    /** The event's data: the action and the shareable parts of the change; an organisation's own name too. */
    public static Map<String, Object> data(String entityType, String action, Map<String, ?> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("action", action);
        if (changes == null) return data;
        changes.forEach((key, value) -> {
            if (SHAREABLE.contains(key) || ("Organization".equals(entityType) && ("name".equals(key) || "code".equals(key)))) {
                data.put(key, value);
            }
        });
        return data;
    }
}
