package vn.chibo.planning;

import java.util.List;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.ExportLabels;
import vn.chibo.export.SpreadsheetExport;
import vn.chibo.meeting.MeetingLabels;

/** The committee's topical plan inbox and monthly schedule as spreadsheets: the screens' columns. */
final class PlanningExports {
    static final SpreadsheetExport<PlanningApi.InboxCell> PLANS = new SpreadsheetExport<>("Kế hoạch chuyên đề", List.of(
            ExportColumn.text("Chi bộ", PlanningApi.InboxCell::organizationName),
            ExportColumn.text("Trạng thái kế hoạch", c -> planStatus(c.status())),
            ExportColumn.text("Chậm nộp", c -> ExportLabels.yesNo(c.late())),
            ExportColumn.date("Ngày nộp", c -> c.submittedAt() == null ? null : c.submittedAt().toLocalDate()),
            ExportColumn.integer("Số chuyên đề", PlanningApi.InboxCell::itemCount),
            ExportColumn.integer("Đã sinh hoạt", PlanningApi.InboxCell::heldCount)));

    static final SpreadsheetExport<ScheduleApi.Entry> SCHEDULE = new SpreadsheetExport<>("Lịch sinh hoạt", List.of(
            ExportColumn.text("Chi bộ", ScheduleApi.Entry::organizationName),
            ExportColumn.text("Loại buổi sinh hoạt", e -> MeetingLabels.type(e.type())),
            ExportColumn.date("Ngày", e -> e.scheduledStart().toLocalDate()),
            ExportColumn.text("Giờ", e -> e.scheduledStart().toLocalTime().toString()),
            ExportColumn.text("Địa điểm", ScheduleApi.Entry::place),
            ExportColumn.text("Trạng thái", e -> MeetingLabels.status(e.status()))));

    private PlanningExports() {}

    private static String planStatus(String status) {
        return switch (status) {
            case "NONE" -> "Chưa lập";
            case "DRAFT" -> "Đang soạn";
            case "SUBMITTED" -> "Chờ duyệt";
            case "APPROVED" -> "Đã duyệt";
            case "RETURNED" -> "Bị trả lại";
            default -> status;
        };
    }
}
