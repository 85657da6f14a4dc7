package vn.chibo.member;

public enum MembershipKind {
    /** sinh hoạt chính thức: the member's home cell; at most one at a time. */
    PRIMARY,
    /** sinh hoạt tạm thời: attached to another cell for a while, keeping the home cell. */
    TEMPORARY
}
