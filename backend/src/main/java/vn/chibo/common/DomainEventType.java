package vn.chibo.common;

/**
 * The kinds of {@link DomainEvent}: what a webhook subscription can ask for and what the change feed lists, each
 * sent with the CloudEvents type {@link #cloudEventType()}.
 */
public enum DomainEventType {
    MEETING_SCHEDULED, MEETING_RESCHEDULED, MEETING_POSTPONED, MEETING_CANCELLED, MEETING_NOTIFIED, MEETING_HELD,
    MINUTES_APPROVED, DOCUMENTS_PUBLISHED,
    EVALUATION_SUBMITTED, EVALUATION_VERIFIED, EVALUATION_RETURNED,
    PLAN_SUBMITTED, PLAN_APPROVED, PLAN_RETURNED, SCHEDULE_SENT,
    ORGANIZATION_CREATED, ORGANIZATION_UPDATED, ORGANIZATION_MOVED, ORGANIZATION_CLOSED, ORGANIZATION_MERGED,
    ORGANIZATION_SPLIT,
    MEMBER_CREATED, MEMBER_UPDATED, MEMBER_TRANSFERRED, MEMBER_EXEMPTED, MEMBER_POSITION_CHANGED,
    RESOLUTION_SAVED, TASK_CREATED, TASK_UPDATED, REPORT_SUBMITTED, REPORT_RESUBMITTED, RATING_DECIDED,
    ALERT_RAISED;

    /** For example "vn.chibo.meeting.scheduled" or "vn.chibo.minutes.approved". */
    public String cloudEventType() {
        String name = name().toLowerCase(java.util.Locale.ROOT);
        int split = name.indexOf('_');
        return "vn.chibo." + name.substring(0, split) + "." + name.substring(split + 1).replace('_', '-');
    }
}
