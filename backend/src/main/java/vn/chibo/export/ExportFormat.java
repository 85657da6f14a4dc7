package vn.chibo.export;

import java.io.OutputStream;
import java.util.List;

/** The two spreadsheet formats every list can be downloaded as; the path's extension chooses one. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    TableWriter open(OutputStream out, String sheetName, List<? extends ExportColumn<?>> columns) throws java.io.IOException {
        return switch (this) {
            case XLSX -> new XlsxTableWriter(out, sheetName, columns);
            case CSV -> new CsvTableWriter(out, columns);
        };
    }
}
