package vn.chibo.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.export.ExportColumn;
import vn.chibo.export.ExportLabels;
import vn.chibo.export.SpreadsheetExport;

/** The dashboard's per-cell grid as a spreadsheet: the screen's columns, one per month of the period. */
final class DashboardGridExport {
    private DashboardGridExport() {}

    static SpreadsheetExport<DashboardApi.CellRow> of(DashboardPeriod period) {
        List<ExportColumn<DashboardApi.CellRow>> columns = new ArrayList<>();
        columns.add(ExportColumn.text("Chi bộ", DashboardApi.CellRow::name));
        columns.add(ExportColumn.text("Trực thuộc", DashboardApi.CellRow::parentName));
        List<YearMonth> months = period.months();
        for (int i = 0; i < months.size(); i++) {
            int index = i;
            YearMonth month = months.get(i);
            columns.add(ExportColumn.text("Sinh hoạt thường kỳ tháng %02d/%d".formatted(month.getMonthValue(), month.getYear()),
                    row -> index < row.months().size() ? ExportLabels.yesNo(row.months().get(index).met()) : null));
        }
        columns.add(ExportColumn.text("Đủ các tháng", row -> ExportLabels.yesNo(row.metEveryMonth())));
        columns.add(ExportColumn.integer("Số buổi chuyên đề", DashboardApi.CellRow::topicalHeld));
        columns.add(ExportColumn.percent("Tỷ lệ đảng viên dự họp", DashboardApi.CellRow::attendanceRate));
        columns.add(ExportColumn.text("Xếp loại gần nhất", row -> row.latestRating() == null ? null : row.latestRating().label()));
        columns.add(ExportColumn.integer("Thẩm định quá hạn", DashboardApi.CellRow::overdueVerifications));
        columns.add(ExportColumn.integer("Nhiệm vụ quá hạn", DashboardApi.CellRow::overdueTasks));
        columns.add(ExportColumn.integer("Tổng việc quá hạn", DashboardApi.CellRow::overdueItems));
        columns.add(ExportColumn.date("Lần kiểm tra, giám sát gần nhất", DashboardApi.CellRow::lastVisit));
        return new SpreadsheetExport<>("Chi bộ " + period.key(), columns);
    }
}
