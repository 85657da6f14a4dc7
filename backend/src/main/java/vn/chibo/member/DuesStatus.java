package vn.chibo.member;

/** A member's party dues (đảng phí) for a month, as the cell records them. */
public enum DuesStatus {
    PAID,
    /** Not paid and no good reason: counts towards BR-H6. */
    UNPAID,
    /** Not due, for a reason the cell records (hardship, illness...). */
    EXEMPT
}
