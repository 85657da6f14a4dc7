package vn.chibo.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.common.DomainEvent;
import vn.chibo.common.TimeSource;

/**
 * Records every {@link DomainEvent} in the transaction of the change itself (the change feed reads these rows), and
 * a pending delivery for each active webhook subscription that covers the organisation and the type: they commit
 * or roll back with the change, and the user's request never waits for a receiver ({@link WebhookDeliveryJob}
 * sends them).
 */
@ApplicationScoped
public class EventLog {
    private final TimeSource time;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transaction;

    public EventLog(TimeSource time, ObjectMapper json, TransactionSynchronizationRegistry transaction) {
        this.time = time;
        this.json = json;
        this.transaction = transaction;
    }

    void record(@Observes DomainEvent event) {
        RecordedEvent e = new RecordedEvent();
        e.type = event.type();
        e.organizationId = event.organizationId();
        e.organizationPath = event.organizationPath();
        e.subjectId = event.subjectId();
        e.occurredAt = event.at();
        e.body = cloudEvent(e, event.data());
        e.persist();
        List<WebhookSubscription> subscribers = activeSubscriptions().stream()
                .filter(s -> e.organizationPath.startsWith(s.organization.path) && s.eventTypes().contains(e.type))
                .toList();
        if (subscribers.isEmpty()) return;
        RecordedEvent.flush(); // the database numbers the event (seq): the deliveries keep that order
        for (WebhookSubscription s : subscribers) {
            WebhookDelivery d = new WebhookDelivery();
            d.subscriptionId = s.id;
            d.eventId = e.id;
            d.eventSeq = e.seq;
            d.status = WebhookDelivery.Status.PENDING;
            d.nextAttemptAt = e.occurredAt;
            d.createdAt = e.occurredAt;
            d.persist();
        }
    }

    /**
     * The active subscriptions, read once per transaction: an alert run or an import fires thousands of events in
     * one, and a per-transaction read stays right when another replica changes a subscription meanwhile.
     */
    @SuppressWarnings("unchecked")
    private List<WebhookSubscription> activeSubscriptions() {
        List<WebhookSubscription> active = (List<WebhookSubscription>) transaction.getResource(EventLog.class);
        if (active == null) {
            active = WebhookSubscription.list("select s from WebhookSubscription s join fetch s.organization where s.active = true");
            transaction.putResource(EventLog.class, active);
        }
        return active;
    }

    /** The CloudEvents 1.0 structured JSON body. */
    private String cloudEvent(RecordedEvent e, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("specversion", "1.0");
        body.put("id", e.id);
        body.put("source", "/api/v1/organizations/" + e.organizationId);
        body.put("type", e.type.cloudEventType());
        body.put("subject", e.subjectId.toString());
        body.put("time", time.local(e.occurredAt).toString());
        body.put("datacontenttype", "application/json");
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event body of plain values always serialises", ex);
        }
    }
}
