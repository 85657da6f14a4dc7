package vn.chibo.planning;

/** Who is invited to a model meeting, by category (DOMAIN.md §9). */
public enum ModelInvitee { CELL_MEMBERS, COMMITTEE_MEMBERS, CELL_SECRETARIES, SUPERVISORS, OTHER }
