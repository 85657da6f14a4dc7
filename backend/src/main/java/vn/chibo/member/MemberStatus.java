package vn.chibo.member;

/** A member's standing on a given day (DOMAIN.md 4.1). */
public enum MemberStatus {
    /** dự bị: attends and speaks, does not vote. */
    PROBATIONARY,
    /** chính thức: full rights. */
    OFFICIAL,
    /** miễn công tác và sinh hoạt đảng: not expected at meetings. */
    EXEMPT
}
