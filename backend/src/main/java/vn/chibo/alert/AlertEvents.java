package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.common.DomainEvent;
import vn.chibo.common.DomainEventType;

/**
 * Tells integrators of the alerts a run raised or reopened (ALERT_RAISED), in the run's transaction: the kind,
 * severity and period, never the detail text (it may name a member).
 */
@ApplicationScoped
class AlertEvents {
    private final Event<DomainEvent> events;

    AlertEvents(Event<DomainEvent> events) {
        this.events = events;
    }

    void raised(List<Alert> alerts, Instant at) {
        for (Alert a : alerts) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("alertId", a.id);
            data.put("organizationId", a.organization.id);
            data.put("organizationName", a.organization.name);
            data.put("kind", a.kind.name());
            data.put("severity", a.severity.name());
            data.put("period", a.period);
            events.fire(new DomainEvent(DomainEventType.ALERT_RAISED, a.organization.id, a.orgPath, a.id, at, data));
        }
    }
}
