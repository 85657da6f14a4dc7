package vn.chibo.supervision;

import java.util.List;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.ExportLabels;
import vn.chibo.export.SpreadsheetExport;
import vn.chibo.meeting.MeetingLabels;

/** Supervision visits and the quarter's coverage of the cells as spreadsheets: the screens' columns. */
final class SupervisionExports {
    static final SpreadsheetExport<SupervisionApi.VisitView> VISITS = new SpreadsheetExport<>("Dự sinh hoạt", List.of(
            ExportColumn.text("Chi bộ", SupervisionApi.VisitView::cellName),
            ExportColumn.date("Ngày dự", SupervisionApi.VisitView::visitedOn),
            ExportColumn.text("Người dự", SupervisionApi.VisitView::supervisorName),
            ExportColumn.text("Căn cứ", v -> basis(v.basis())),
            ExportColumn.text("Buổi sinh hoạt", v -> MeetingLabels.type(v.meetingType())),
            ExportColumn.text("Nhận xét", SupervisionApi.VisitView::comments),
            ExportColumn.text("Vấn đề phát hiện", v -> ExportLabels.joined(v.problems()))));

    static final SpreadsheetExport<SupervisionApi.CoverageCell> COVERAGE = new SpreadsheetExport<>("Mức độ dự sinh hoạt",
            List.of(ExportColumn.text("Chi bộ", SupervisionApi.CoverageCell::organizationName),
                    ExportColumn.integer("Số lần được dự", SupervisionApi.CoverageCell::visits),
                    ExportColumn.integer("Số lần phải dự", SupervisionApi.CoverageCell::required),
                    ExportColumn.text("Đạt", c -> ExportLabels.yesNo(c.covered())),
                    ExportColumn.text("Cấp ủy viên phụ trách", c -> ExportLabels.joined(c.supervisors())),
                    ExportColumn.text("Người đã dự", c -> ExportLabels.joined(c.visitors()))));

    private SupervisionExports() {}

    private static String basis(SupervisionApi.Basis basis) {
        if (basis == null) return null;
        return switch (basis) {
            case STANDING -> "Phân công thường xuyên";
            case MONTHLY -> "Phân công theo tháng";
            case STAFF -> "Cán bộ cấp ủy";
        };
    }
}
