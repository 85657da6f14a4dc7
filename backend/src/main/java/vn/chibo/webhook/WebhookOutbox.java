package vn.chibo.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingChange;
import vn.chibo.meeting.MeetingChanges.MeetingChanged;
import vn.chibo.organization.Organization;

/**
 * Writes an event and a pending delivery per matching subscription in the transaction of the change itself: they
 * commit or roll back with it, and the user's request never waits for a receiver ({@link WebhookDeliveryJob}
 * sends them). Payloads carry ids, names and times, no personal data.
 */
@ApplicationScoped
public class WebhookOutbox {
    private final TimeSource time;
    private final ObjectMapper json;

    public WebhookOutbox(TimeSource time, ObjectMapper json) {
        this.time = time;
        this.json = json;
    }

    void onMeetingChanged(@Observes MeetingChanged changed) {
        Meeting m = changed.meeting();
        MeetingChange c = changed.change();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meetingId", m.id);
        data.put("organizationId", m.organization.id);
        data.put("organizationName", m.organization.name);
        data.put("meetingType", m.type.name());
        data.put("status", m.status.name());
        data.put("scheduledStart", time.local(m.scheduledStart).toString());
        data.put("plannedDurationMinutes", m.plannedDurationMinutes);
        data.put("place", m.place);
        if (c.reason != null) data.put("reason", c.reason);
        if (c.fromStart != null) data.put("previousStart", time.local(c.fromStart).toString());
        publish(typeOf(c.kind), m.organization, m.id, c.at, data);
    }

    static WebhookEventType typeOf(MeetingChange.Kind kind) {
        return switch (kind) {
            case SCHEDULED -> WebhookEventType.MEETING_SCHEDULED;
            case RESCHEDULED -> WebhookEventType.MEETING_RESCHEDULED;
            case POSTPONED -> WebhookEventType.MEETING_POSTPONED;
            case CANCELLED -> WebhookEventType.MEETING_CANCELLED;
            case NOTIFIED -> WebhookEventType.MEETING_NOTIFIED;
            case HELD -> WebhookEventType.MEETING_HELD;
            case MINUTES_APPROVED -> WebhookEventType.MINUTES_APPROVED;
        };
    }

    /** The event and its deliveries, when at least one active subscription covers the organisation and the type. */
    void publish(WebhookEventType type, Organization org, UUID subjectId, Instant at, Map<String, Object> data) {
        List<WebhookSubscription> subscribers = WebhookSubscription.<WebhookSubscription>list(
                        "select s from WebhookSubscription s join fetch s.organization where s.active = true").stream()
                .filter(s -> org.path.startsWith(s.organization.path) && s.eventTypes().contains(type)).toList();
        if (subscribers.isEmpty()) return;
        WebhookEvent e = new WebhookEvent();
        e.type = type;
        e.organizationId = org.id;
        e.subjectId = subjectId;
        e.occurredAt = at;
        e.body = cloudEvent(e, org, data);
        e.persist();
        WebhookEvent.flush(); // the database numbers the event (seq): the deliveries keep that order
        for (WebhookSubscription s : subscribers) {
            WebhookDelivery d = new WebhookDelivery();
            d.subscriptionId = s.id;
            d.eventId = e.id;
            d.eventSeq = e.seq;
            d.status = WebhookDelivery.Status.PENDING;
            d.nextAttemptAt = at;
            d.createdAt = at;
            d.persist();
        }
    }

    /** The CloudEvents 1.0 structured JSON body. */
    private String cloudEvent(WebhookEvent e, Organization org, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("specversion", "1.0");
        body.put("id", e.id);
        body.put("source", "/api/v1/organizations/" + org.id);
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
