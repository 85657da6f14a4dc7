package vn.chibo.organization;

/** What happened between two organisations (DOMAIN.md 18.1 OrgLineage). */
public enum LineageEventType {
    /** sáp nhập: the source joined an existing organisation. */
    MERGED_INTO,
    /** hợp nhất: the sources formed a new organisation. */
    CONSOLIDATED_INTO,
    /** chia tách: the source gave rise to new organisations. */
    SPLIT_INTO,
    /** đổi tên: from and to are the same organisation; the note keeps the old name. */
    RENAMED,
    /** chuyển trực thuộc: from is the organisation, to is its new parent; the note keeps the old parent. */
    MOVED
}
