package vn.chibo.planning;

/** Where an annual topical plan stands between the cell and its superior committee (DOMAIN.md 18.3). */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** The cell may still change its items. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counts as handed in on time for the deadline. */
    public boolean isHandedIn() {
        return this == SUBMITTED || this == APPROVED;
    }
}
