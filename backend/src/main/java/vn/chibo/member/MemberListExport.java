package vn.chibo.member;

import java.util.List;
import java.util.stream.Collectors;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.SpreadsheetExport;

/**
 * The member list as a spreadsheet: the columns of the screen, with Vietnamese labels for the codes
 * (public for the export benchmark).
 */
public final class MemberListExport {
    public static final SpreadsheetExport<MemberApi.Summary> SHEET = new SpreadsheetExport<>("Đảng viên", List.of(
            ExportColumn.text("Họ và tên", MemberApi.Summary::fullName),
            ExportColumn.integer("Năm sinh", MemberApi.Summary::birthYear),
            ExportColumn.text("Giới tính", s -> gender(s.gender())),
            ExportColumn.text("Số thẻ đảng viên", MemberApi.Summary::cardNumber),
            ExportColumn.date("Ngày vào Đảng", MemberApi.Summary::admissionDate),
            ExportColumn.text("Tình trạng", s -> status(s.status())),
            ExportColumn.text("Hình thức sinh hoạt", s -> attachment(s.attachment())),
            ExportColumn.text("Chi bộ", MemberApi.Summary::organizationName),
            ExportColumn.text("Chức vụ", s -> s.positions().stream().map(MemberListExport::position)
                    .collect(Collectors.joining(", ")))));

    private MemberListExport() {}

    private static String gender(Gender gender) {
        if (gender == null) return null;
        return switch (gender) {
            case MALE -> "Nam";
            case FEMALE -> "Nữ";
            case OTHER -> "Khác";
        };
    }

    private static String status(MemberStatus status) {
        return switch (status) {
            case OFFICIAL -> "Chính thức";
            case PROBATIONARY -> "Dự bị";
            case EXEMPT -> "Miễn sinh hoạt";
        };
    }

    private static String attachment(Attachment attachment) {
        return switch (attachment) {
            case PRIMARY -> "Chính thức tại chi bộ";
            case TEMPORARY_IN -> "Sinh hoạt tạm thời (đến)";
            case TEMPORARY_OUT -> "Sinh hoạt tạm thời nơi khác";
        };
    }

    private static String position(Position position) {
        return switch (position) {
            case SECRETARY -> "Bí thư";
            case DEPUTY_SECRETARY -> "Phó bí thư";
            case COMMITTEE_MEMBER -> "Chi ủy viên";
            case GROUP_LEADER -> "Tổ trưởng đảng";
            case GROUP_DEPUTY -> "Tổ phó đảng";
        };
    }
}
