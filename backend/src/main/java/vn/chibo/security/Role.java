package vn.chibo.security;

/** What an appointment lets its holder do in the organisation it names (and below it). */
public enum Role {
    /** System administrator: everything, everywhere. */
    ADMIN,
    /** Committee staff: read and change the whole subtree of their organisation. */
    STAFF,
    /** Upper-level committee member assigned to a cell: reads it (verifies evaluations later). */
    SUPERVISOR,
    /** Cell secretary: reads the cell and keeps its members and meetings. */
    SECRETARY,
    /** Ordinary member: reads their own cell. */
    MEMBER,
    /** Another system, acting through client credentials for a configured subtree. */
    INTEGRATION;

    boolean mayChangeStructure() {
        return this == ADMIN || this == STAFF || this == INTEGRATION;
    }

    boolean mayChangeMembers() {
        return mayChangeStructure() || this == SECRETARY;
    }

    boolean mayReadAudit() {
        return this == ADMIN || this == STAFF;
    }

    boolean mayAppoint() {
        return this == ADMIN || this == STAFF;
    }
}
