package vn.chibo.rating;

/** Levels of the annual quality rating (DOMAIN.md 18.6 AnnualLevel), best first. */
public enum AnnualLevel {
    /** Hoàn thành xuất sắc nhiệm vụ */
    HTXSNV,
    /** Hoàn thành tốt nhiệm vụ */
    HTTNV,
    /** Hoàn thành nhiệm vụ */
    HTNV,
    /** Không hoàn thành nhiệm vụ */
    KHTNV;

    /** Rated "hoàn thành tốt nhiệm vụ" or above. */
    public boolean isGoodOrAbove() {
        return this == HTXSNV || this == HTTNV;
    }

    public String labelVi() {
        return switch (this) {
            case HTXSNV -> "Hoàn thành xuất sắc nhiệm vụ";
            case HTTNV -> "Hoàn thành tốt nhiệm vụ";
            case HTNV -> "Hoàn thành nhiệm vụ";
            case KHTNV -> "Không hoàn thành nhiệm vụ";
        };
    }
}
