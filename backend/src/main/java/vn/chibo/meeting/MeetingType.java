package vn.chibo.meeting;

/** Kinds of meeting (DOMAIN.md 5). */
public enum MeetingType {
    REGULAR, TOPICAL, COMBINED, FORUM, COMMITTEE, EXTRAORDINARY;

    /** Counts as the month's regular meeting (Charter Art. 24). */
    public boolean isRegular() {
        return this == REGULAR || this == COMBINED;
    }

    /** Counts as the quarter's topical meeting. */
    public boolean isTopical() {
        return this == TOPICAL || this == COMBINED;
    }

    /** A meeting of the whole cell (not of its committee): members are expected. */
    public boolean isCellMeeting() {
        return this != COMMITTEE;
    }
}
