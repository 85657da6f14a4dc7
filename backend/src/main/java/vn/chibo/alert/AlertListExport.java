package vn.chibo.alert;

import java.util.List;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.SpreadsheetExport;

/** The alert list as a spreadsheet: the screen's columns, the message in the caller's language. */
final class AlertListExport {
    static final SpreadsheetExport<AlertApi.View> SHEET = new SpreadsheetExport<>("Cảnh báo", List.of(
            ExportColumn.text("Tổ chức đảng", AlertApi.View::organizationName),
            ExportColumn.text("Mức độ", v -> severity(v.severity())),
            ExportColumn.text("Kỳ", AlertApi.View::period),
            ExportColumn.text("Nội dung", AlertApi.View::message),
            ExportColumn.date("Phát sinh ngày", v -> v.raisedAt() == null ? null : v.raisedAt().toLocalDate()),
            ExportColumn.date("Đã khắc phục ngày", v -> v.resolvedAt() == null ? null : v.resolvedAt().toLocalDate()),
            ExportColumn.text("Người đã xem", AlertApi.View::acknowledgedBy),
            ExportColumn.text("Theo quy định", AlertApi.View::policyLabel)));

    private AlertListExport() {}

    private static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> "Thông tin";
            case WARNING -> "Cảnh báo";
            case CRITICAL -> "Nghiêm trọng";
        };
    }
}
