package vn.chibo.evaluation;

/** Quality ratings of a meeting (DOMAIN.md 12.2). */
public enum Rating {
    /** Tốt */
    GOOD,
    /** Khá */
    FAIR,
    /** Trung bình */
    AVERAGE,
    /** Kém */
    POOR
}
