package vn.chibo.policy;

/**
 * Items of a regular meeting's agenda that the upper committee's orientation may require every month (BR-R6; S000:
 * the propaganda department's monthly orientation; HD 08-HD/ĐUK). The names are the agenda kinds of the templates.
 */
public enum OrientationItem {
    /** Thông tin thời sự; phổ biến, quán triệt văn bản của cấp trên. */
    NEWS,
    /** Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. */
    HCM_STUDY
}
