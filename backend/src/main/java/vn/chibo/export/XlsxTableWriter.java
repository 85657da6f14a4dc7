package vn.chibo.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.chibo.common.SpreadsheetText;

/**
 * XLSX through POI's streaming writer: only the last {@link #WINDOW} rows stay in memory, older
 * ones go to a compressed temporary file, so a sheet of 60,000 members costs the heap a few
 * megabytes. Numbers, percentages and dates are typed cells (a committee sums and sorts them);
 * the header row is frozen and carries an autofilter. Strings are inline, not shared: a shared
 * strings table would grow with every distinct name.
 */
final class XlsxTableWriter implements TableWriter {
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
    private final SXSSFSheet sheet;
    private final List<CellKind> kinds;
    private final CellStyle[] styles;
    private final OutputStream out;
    private int nextRow;

    XlsxTableWriter(OutputStream out, String sheetName, List<? extends ExportColumn<?>> columns) {
        this.out = out;
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        this.kinds = columns.stream().map(ExportColumn::kind).toList();
        DataFormat formats = workbook.createDataFormat();
        styles = new CellStyle[kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            styles[i] = styleFor(kinds.get(i), formats);
            sheet.setColumnWidth(i, widthOf(columns.get(i)) * 256);
        }
        writeHeader(columns);
    }

    private CellStyle styleFor(CellKind kind, DataFormat formats) {
        String format = switch (kind) {
            case TEXT -> null;
            case INTEGER -> "0";
            case DECIMAL -> "0.0#";
            case PERCENT -> "0.0%";
            case DATE -> "dd/mm/yyyy";
        };
        if (format == null) return null;
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    /** Column widths cannot be measured while streaming (the rows are gone): size them by kind and header. */
    private static int widthOf(ExportColumn<?> column) {
        int byKind = switch (column.kind()) {
            case TEXT -> 28;
            case DATE -> 12;
            default -> 10;
        };
        return Math.min(60, Math.max(byKind, column.header().length() + 2));
    }

    private void writeHeader(List<? extends ExportColumn<?>> columns) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setWrapText(true);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            SXSSFCell cell = (SXSSFCell) header.createCell(i);
            cell.setCellValue(SpreadsheetText.neutralise(columns.get(i).header()));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> values) throws IOException {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) continue;
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            switch (kinds.get(i)) {
                case TEXT -> cell.setCellValue(SpreadsheetText.neutralise(value.toString()));
                case INTEGER, DECIMAL -> cell.setCellValue(((Number) value).doubleValue());
                case PERCENT -> cell.setCellValue(((Number) value).doubleValue() / 100);
                case DATE -> cell.setCellValue((LocalDate) value);
            }
            if (styles[i] != null) cell.setCellStyle(styles[i]);
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, kinds.size() - 1));
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary row files
    }
}
