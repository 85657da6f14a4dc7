package vn.chibo.policy;

/**
 * What a vote decides (BR-H8): the Charter asks more for some decisions than for others, so each kind has its
 * own pass rule in the policy profile. A kind without a rule cannot be voted on until the committee sets one.
 */
public enum DecisionKind {
    /** Quyết định thông thường: resolutions, conclusions, ordinary business. */
    ORDINARY,
    /** Kết nạp đảng viên: admission of a new member. */
    ADMISSION,
    /** Công nhận đảng viên chính thức: a probationary member recognised as a full member. */
    FULL_MEMBERSHIP,
    /** Thi hành kỷ luật đảng viên: disciplining a member. */
    DISCIPLINE
}
