package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.common.DomainEvent;
import vn.chibo.common.DomainEventType;
import vn.chibo.common.TimeSource;
import vn.chibo.security.CurrentActor;

/**
 * The one way a change to a meeting's schedule or status is recorded: a {@link MeetingChange} row (the meeting's
 * history) and, in the same transaction, a {@link DomainEvent} for other systems (webhooks, the change feed).
 */
@ApplicationScoped
public class MeetingChanges {
    private final TimeSource time;
    private final CurrentActor actor;
    private final Event<DomainEvent> events;

    public MeetingChanges(TimeSource time, CurrentActor actor, Event<DomainEvent> events) {
        this.time = time;
        this.actor = actor;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MeetingChange record(Meeting m, MeetingChange.Kind kind, String reason, Instant from, Instant to) {
        MeetingChange c = new MeetingChange();
        c.meetingId = m.id;
        c.at = time.now();
        c.actor = actor.username();
        c.kind = kind;
        c.reason = reason;
        c.fromStart = from;
        c.toStart = to;
        c.persist();
        events.fire(new DomainEvent(typeOf(kind), m.organization.id, m.organization.path, m.id, c.at, data(m, c)));
        return c;
    }

    /** An event about the meeting that is not a change of its schedule or status (documents published, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Meeting m, DomainEventType type, Map<String, Object> details) {
        Map<String, Object> data = data(m, null);
        data.putAll(details);
        events.fire(new DomainEvent(type, m.organization.id, m.organization.path, m.id, time.now(), data));
    }

    private static DomainEventType typeOf(MeetingChange.Kind kind) {
        return switch (kind) {
            case SCHEDULED -> DomainEventType.MEETING_SCHEDULED;
            case RESCHEDULED -> DomainEventType.MEETING_RESCHEDULED;
            case POSTPONED -> DomainEventType.MEETING_POSTPONED;
            case CANCELLED -> DomainEventType.MEETING_CANCELLED;
            case NOTIFIED -> DomainEventType.MEETING_NOTIFIED;
            case HELD -> DomainEventType.MEETING_HELD;
            case MINUTES_APPROVED -> DomainEventType.MINUTES_APPROVED;
        };
    }

    /** What other systems are told of the meeting: ids, names, times, no personal data. */
    Map<String, Object> data(Meeting m, MeetingChange c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meetingId", m.id);
        data.put("organizationId", m.organization.id);
        data.put("organizationName", m.organization.name);
        data.put("meetingType", m.type.name());
        data.put("status", m.status.name());
        data.put("scheduledStart", time.local(m.scheduledStart).toString());
        data.put("plannedDurationMinutes", m.plannedDurationMinutes);
        data.put("place", m.place);
        if (c != null && c.reason != null) data.put("reason", c.reason);
        if (c != null && c.fromStart != null) data.put("previousStart", time.local(c.fromStart).toString());
        return data;
    }
}
