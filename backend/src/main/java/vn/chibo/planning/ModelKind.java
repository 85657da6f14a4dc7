package vn.chibo.planning;

/** A model meeting is a regular one (thường kỳ mẫu) or a topical one (chuyên đề mẫu). */
public enum ModelKind { REGULAR, TOPICAL }
