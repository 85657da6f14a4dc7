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
    POOR;

    /** The Vietnamese name, as the screens and exports show it. */
    public String label() {
        return switch (this) {
            case GOOD -> "Tốt";
            case FAIR -> "Khá";
            case AVERAGE -> "Trung bình";
            case POOR -> "Kém";
        };
    }
}
