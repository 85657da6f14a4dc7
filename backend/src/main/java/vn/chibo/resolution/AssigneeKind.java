package vn.chibo.resolution;

public enum AssigneeKind {
    MEMBER, PARTY_GROUP, COMMITTEE_MEMBER, UNIT;

    /** Kinds whose assignee is a member record of the cell. */
    public boolean isMember() {
        return this == MEMBER || this == COMMITTEE_MEMBER;
    }
}
