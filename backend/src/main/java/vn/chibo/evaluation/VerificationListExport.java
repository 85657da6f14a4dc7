package vn.chibo.evaluation;

import java.util.List;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.ExportLabels;
import vn.chibo.export.SpreadsheetExport;
import vn.chibo.meeting.MeetingLabels;

/** Evaluations waiting for verification, and the per-cell gaps of the evaluation report, as spreadsheets. */
final class VerificationListExport {
    static final SpreadsheetExport<EvaluationApi.QueueItem> PENDING = new SpreadsheetExport<>("Chờ thẩm định", List.of(
            ExportColumn.text("Chi bộ", EvaluationApi.QueueItem::organizationName),
            ExportColumn.text("Loại buổi sinh hoạt", q -> MeetingLabels.type(q.meetingType())),
            ExportColumn.date("Ngày họp", q -> q.scheduledStart().toLocalDate()),
            ExportColumn.text("Trạng thái", q -> status(q.status())),
            ExportColumn.text("Chi bộ tự xếp loại", q -> q.selfRating() == null ? null : q.selfRating().label()),
            ExportColumn.decimal("Điểm tự chấm", EvaluationApi.QueueItem::selfTotal),
            ExportColumn.date("Hạn thẩm định", EvaluationApi.QueueItem::dueDate),
            ExportColumn.text("Quá hạn", q -> ExportLabels.yesNo(q.overdue()))));

    static final SpreadsheetExport<EvaluationApi.CellGap> GAPS = new SpreadsheetExport<>("Đánh giá theo chi bộ", List.of(
            ExportColumn.text("Chi bộ", EvaluationApi.CellGap::organizationName),
            ExportColumn.integer("Số buổi được đánh giá", EvaluationApi.CellGap::evaluations),
            ExportColumn.decimal("Điểm tự chấm bình quân", EvaluationApi.CellGap::meanSelf),
            ExportColumn.decimal("Điểm thẩm định bình quân", EvaluationApi.CellGap::meanVerified),
            ExportColumn.decimal("Chênh lệch", EvaluationApi.CellGap::gap)));

    private VerificationListExport() {}

    private static String status(String status) {
        return switch (Evaluation.Status.valueOf(status)) {
            case DRAFT -> "Bản nháp";
            case SUBMITTED -> "Đã gửi thẩm định";
            case RETURNED -> "Bị trả lại";
            case VERIFIED -> "Đã thẩm định";
        };
    }
}
