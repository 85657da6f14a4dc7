package vn.chibo.rating;

import java.util.List;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.SpreadsheetExport;

/** The annual ratings list as a spreadsheet: the screen's columns, with Vietnamese headers and labels. */
final class RatingExport {
    private RatingExport() {}

    static SpreadsheetExport<RatingApi.Row> of(int year) {
        return new SpreadsheetExport<>("Xếp loại " + year, List.of(
                ExportColumn.text("Đối tượng", r -> r.subjectType() == SubjectType.ORGANIZATION ? "Tổ chức đảng" : "Đảng viên"),
                ExportColumn.text("Tên", RatingApi.Row::subjectName),
                ExportColumn.text("Chi bộ", RatingApi.Row::organizationName),
                ExportColumn.integer("Năm", RatingApi.Row::year),
                ExportColumn.text("Quy định", RatingApi.Row::regulationCode),
                ExportColumn.integer("Phiên bản", RatingApi.Row::revision),
                ExportColumn.text("Bước", r -> r.state().labelVi()),
                ExportColumn.decimal("Điểm tự chấm", RatingApi.Row::selfPoints),
                ExportColumn.text("Tự xếp loại", r -> label(r.selfLevel())),
                ExportColumn.decimal("Điểm thẩm định", RatingApi.Row::proposedPoints),
                ExportColumn.text("Mức đề xuất", r -> label(r.proposedLevel())),
                ExportColumn.text("Mức quyết định", r -> label(r.finalLevel())),
                ExportColumn.date("Ngày quyết định", r -> r.decidedAt() == null ? null : r.decidedAt().toLocalDate()),
                ExportColumn.text("Người quyết định", RatingApi.Row::decidedBy)));
    }

    private static String label(AnnualLevel level) {
        return level == null ? null : level.labelVi();
    }
}
