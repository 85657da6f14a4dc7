package vn.chibo.rating;

/**
 * The steps of the annual rating (QĐ 124/366): waiting for the self-assessment, self-assessed, verified
 * and proposed by the upper committee, decided by the competent level; a decided rating that a newer
 * revision replaced is superseded.
 */
public enum RatingState {
    PENDING, SELF_ASSESSED, PROPOSED, DECIDED, SUPERSEDED;

    public String labelVi() {
        return switch (this) {
            case PENDING -> "Chờ tự đánh giá";
            case SELF_ASSESSED -> "Đã tự đánh giá";
            case PROPOSED -> "Đã thẩm định, đề xuất";
            case DECIDED -> "Đã quyết định";
            case SUPERSEDED -> "Đã thay thế";
        };
    }
}
