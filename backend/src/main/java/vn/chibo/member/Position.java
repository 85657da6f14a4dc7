package vn.chibo.member;

/** Positions in a cell or party group (bí thư, phó bí thư, chi ủy viên, tổ trưởng, tổ phó). */
public enum Position {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, GROUP_LEADER, GROUP_DEPUTY;

    /** Positions only one member can hold in an organisation at a time. */
    public boolean isSingleHolder() {
        return this != COMMITTEE_MEMBER;
    }
}
