package vn.chibo.alert;

/** What an alert is about (DOMAIN.md 19.1, 19.5, 19.6). */
public enum AlertKind {
    REGULAR_NOT_PLANNED, REGULAR_MISSED, TOPICAL_MISSING, TOPICAL_PLAN_LATE, MONTHLY_SCHEDULE_LATE,
    VERIFICATION_OVERDUE, CELL_NOT_VISITED, MODEL_PROGRAMME_INCOMPLETE, TASKS_OVERDUE, FORUMS_BELOW_MINIMUM,
    /** BR-S2: a periodic report (quarterly, six-month, annual) missing after its due day, or sent late. */
    REPORT_LATE,
    /** BR-S2: the model-meeting results report missing after its due day, or sent late. */
    MODEL_REPORT_LATE,
    /** BR-S1: nobody supervises the cell today (no standing assignment in force, no team plan for the month). */
    CELL_WITHOUT_SUPERVISOR,
    /** BR-R5: held meetings whose final documents and resolution are not published and sent above by the deadline. */
    RECORDS_NOT_PUBLISHED,
    /** BR-H6: members with enough months of skipped meetings or unpaid dues that the cell must consider removal. */
    MEMBER_REMOVAL_REVIEW,
    /** BR-P7: a cell still missing expected term-start or annual artefacts after the policy's due day. */
    ARTEFACTS_MISSING,
    /** BR-P6: held model meetings of the year's programme without lessons learned once their results are due above. */
    MODEL_LESSONS_MISSING,
    /** BR-E1: held regular or topical meetings still without the cell's self-score after the policy's days. */
    MEETING_NOT_SCORED
}
