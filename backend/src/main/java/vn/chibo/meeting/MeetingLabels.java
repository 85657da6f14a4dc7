package vn.chibo.meeting;

/** Vietnamese names of a meeting's type, mode, status and attendance, as the screens show them (for exports). */
public final class MeetingLabels {
    private MeetingLabels() {}

    public static String type(MeetingType type) {
        if (type == null) return null;
        return switch (type) {
            case REGULAR -> "Sinh hoạt thường kỳ";
            case TOPICAL -> "Sinh hoạt chuyên đề";
            case COMBINED -> "Thường kỳ kết hợp chuyên đề";
            case FORUM -> "Diễn đàn";
            case COMMITTEE -> "Họp chi ủy";
            case EXTRAORDINARY -> "Sinh hoạt bất thường";
        };
    }

    /** The type as an API body spells it (a name of {@link MeetingType}). */
    public static String type(String name) {
        return name == null ? null : type(MeetingType.valueOf(name));
    }

    public static String mode(MeetingMode mode) {
        if (mode == null) return null;
        return switch (mode) {
            case IN_PERSON -> "Trực tiếp";
            case ONLINE -> "Trực tuyến";
            case HYBRID -> "Trực tiếp kết hợp trực tuyến";
        };
    }

    public static String status(MeetingStatus status) {
        if (status == null) return null;
        return switch (status) {
            case PLANNED -> "Dự kiến";
            case NOTIFIED -> "Đã thông báo";
            case HELD -> "Đã họp";
            case APPROVED -> "Biên bản đã thông qua";
            case POSTPONED -> "Hoãn";
            case CANCELLED -> "Hủy";
        };
    }

    public static String attendance(AttendanceStatus status) {
        if (status == null) return null;
        return switch (status) {
            case PRESENT -> "Có mặt";
            case PRESENT_ONLINE -> "Có mặt trực tuyến";
            case ABSENT_EXCUSED -> "Vắng có lý do";
            case ABSENT_UNEXCUSED -> "Vắng không lý do";
            case NOT_RECORDED -> "Chưa điểm danh";
        };
    }

    public static String reason(AbsenceReason reason) {
        if (reason == null) return null;
        return switch (reason) {
            case WORK -> "Công tác";
            case ILLNESS -> "Ốm đau";
            case FAMILY -> "Việc gia đình";
            case TRAVEL -> "Đi xa";
            case OTHER -> "Lý do khác";
        };
    }
}
