package vn.chibo.meeting;

import java.util.List;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.SpreadsheetExport;

/** The meetings of a cell or subtree, and the roll call of a meeting, as spreadsheets, in Vietnam time. */
final class MeetingListExport {
    static final SpreadsheetExport<MeetingApi.Summary> SHEET = new SpreadsheetExport<>("Buổi sinh hoạt", List.of(
            ExportColumn.text("Chi bộ", MeetingApi.Summary::organizationName),
            ExportColumn.text("Loại buổi sinh hoạt", m -> MeetingLabels.type(m.type())),
            ExportColumn.text("Nội dung", MeetingApi.Summary::title),
            ExportColumn.date("Ngày", m -> m.scheduledStart().toLocalDate()),
            ExportColumn.text("Giờ", m -> m.scheduledStart().toLocalTime().toString()),
            ExportColumn.integer("Thời lượng dự kiến (phút)", MeetingApi.Summary::plannedDurationMinutes),
            ExportColumn.text("Hình thức", m -> MeetingLabels.mode(m.mode())),
            ExportColumn.text("Địa điểm", MeetingApi.Summary::place),
            ExportColumn.text("Trạng thái", m -> MeetingLabels.status(m.status()))));

    /** The roll call of one meeting: the expected members as the meeting page lists them. */
    static final SpreadsheetExport<MeetingApi.AttendanceEntry> ATTENDANCE = new SpreadsheetExport<>("Điểm danh", List.of(
            ExportColumn.text("Họ và tên", MeetingApi.AttendanceEntry::fullName),
            ExportColumn.text("Điểm danh", a -> MeetingLabels.attendance(a.status())),
            ExportColumn.text("Lý do vắng", a -> MeetingLabels.reason(a.reasonCategory())),
            ExportColumn.text("Ghi rõ lý do", MeetingApi.AttendanceEntry::reasonText),
            ExportColumn.integer("Số buổi liên tiếp vắng có lý do", MeetingApi.AttendanceEntry::consecutiveExcusedAbsences)));

    private MeetingListExport() {}
}
