package vn.chibo.webhook;

/** What a subscription can ask to hear of; each is sent with the CloudEvents type {@link #cloudEventType()}. */
public enum WebhookEventType {
    MEETING_SCHEDULED, MEETING_RESCHEDULED, MEETING_POSTPONED, MEETING_CANCELLED, MEETING_NOTIFIED, MEETING_HELD,
    MINUTES_APPROVED;

    /** For example "vn.chibo.meeting.scheduled" or "vn.chibo.minutes.approved". */
    public String cloudEventType() {
        String name = name().toLowerCase(java.util.Locale.ROOT);
        int split = name.indexOf('_');
        return "vn.chibo." + name.substring(0, split) + "." + name.substring(split + 1).replace('_', '-');
    }
}
