package vn.chibo.notice;

/** What a notice tells; each kind has a title and a body template under {@code notice.<KIND>} in the Messages bundles. */
public enum NoticeKind {
    /** BR-M3: time, place and content of a meeting, to the expected members and the cell's supervisors. */
    MEETING_NOTICE,
    /** BR-M4: the meeting's documents are published. */
    MEETING_DOCUMENTS,
    /** BR-R5: the meeting's final minutes and resolution are published and sent to the committee above. */
    MEETING_RECORDS,
    /** BR-P4: a committee's monthly schedule, to the cells' supervisors and the committee above. */
    MONTHLY_SCHEDULE,
    /** A submitted evaluation waits for the assigned supervisor's verification. */
    VERIFICATION_REQUESTED,
    /** The supervisor verified the evaluation or returned it. */
    VERIFICATION_RESULT,
    /** The alerts a daily run raised on an organisation, to its secretary or staff (and supervisors for theirs). */
    ALERTS_RAISED
}
