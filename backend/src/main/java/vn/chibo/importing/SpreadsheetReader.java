package vn.chibo.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import vn.chibo.common.ApiException;

/**
 * Reads the first sheet of an XLSX file or a CSV file (UTF-8, comma or semicolon) into rows keyed by
 * canonical column names. Header cells are matched through the given alias function. Files are read
 * as a stream under {@link ImportLimits}: reading stops at the first limit passed, and only the
 * values of known columns are kept.
 */
public final class SpreadsheetReader {
    private SpreadsheetReader() {}

    /** A data row: its number in the file (header is row 1) and its values by canonical column. */
    public record SheetRow(int rowNumber, Map<String, String> values) {}

    /** The canonical columns found in the header and the non-empty data rows. */
    public record SheetData(List<String> columns, List<SheetRow> rows) {}

    public static SheetData read(Path file, String fileName, Function<String, String> canonicalColumn,
                                 ImportLimits limits) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        Collector collector = new Collector(canonicalColumn, limits);
        try {
            if (name.endsWith(".xlsx")) {
                XlsxReader.read(file, limits, collector);
            } else if (name.endsWith(".csv")) {
                try (InputStream in = Files.newInputStream(file)) {
                    CsvReader.read(in, limits, collector);
                }
            } else {
                throw new ApiException(415, "import-file-type", "import-file-type", new Object[0], List.of(), null);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw refusalFor(e);
        }
        if (collector.rows.isEmpty()) throw ApiException.badRequest("import-empty");
        return new SheetData(collector.columns, collector.rows);
    }

    /** A limit passed deep inside a parser may arrive wrapped; anything else means an unreadable file. */
    private static ApiException refusalFor(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) return api;
        }
        return ApiException.badRequest("import-unreadable");
    }

    /** Takes the first non-blank row as the header and keeps the known columns of the rows after it. */
    private static final class Collector implements RowSink {
        private final Function<String, String> canonicalColumn;
        private final ImportLimits limits;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<String> columns;
        private long keptCharacters;

        Collector(Function<String, String> canonicalColumn, ImportLimits limits) {
            this.canonicalColumn = canonicalColumn;
            this.limits = limits;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) return;
            if (columns == null) {
                columns = cells.stream().map(canonicalColumn).toList();
                return;
            }
            if (rows.size() >= limits.maxRows()) throw limits.tooManyRows();
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size() && c < cells.size(); c++) {
                if (columns.get(c) != null && !cells.get(c).isBlank()) {
                    String value = cells.get(c).trim();
                    keptCharacters += value.length();
                    if (keptCharacters > limits.maxTextChars()) throw limits.tooMuchText();
                    values.put(columns.get(c), value);
                }
            }
            rows.add(new SheetRow(rowNumber, values));
        }
    }
}
