package vn.chibo.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.chibo.common.ApiException;

/**
 * Reads the first sheet of an XLSX file or a CSV file (UTF-8, comma or semicolon) into rows keyed by
 * canonical column names. Header cells are matched through the given alias function.
 */
public final class SpreadsheetReader {
    public static final int MAX_ROWS = 20_000;
    private static final int MAX_CELL = 1000;

    private SpreadsheetReader() {}

    /** A data row: its number in the file (header is row 1) and its values by canonical column. */
    public record SheetRow(int rowNumber, Map<String, String> values) {}

    /** The canonical columns found in the header and the non-empty data rows. */
    public record SheetData(List<String> columns, List<SheetRow> rows) {}

    public static SheetData read(byte[] content, String fileName, Function<String, String> canonicalColumn) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        List<List<String>> table;
        try {
            if (name.endsWith(".xlsx")) {
                table = readXlsx(content);
            } else if (name.endsWith(".csv")) {
                table = readCsv(content);
            } else {
                throw new ApiException(415, "import-file-type", "import-file-type", new Object[0], List.of(), null);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) throw api;
            throw ApiException.badRequest("import-unreadable", e.getClass().getSimpleName());
        }
        if (table.size() < 2) throw ApiException.badRequest("import-empty");
        List<String> columns = table.get(0).stream().map(canonicalColumn).toList();
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size() && rows.size() < MAX_ROWS; r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) continue;
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size() && c < cells.size(); c++) {
                if (columns.get(c) != null && !cells.get(c).isBlank()) {
                    String value = cells.get(c).trim();
                    values.put(columns.get(c), value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
                }
            }
            rows.add(new SheetRow(r + 1, values));
        }
        if (rows.isEmpty()) throw ApiException.badRequest("import-empty");
        return new SheetData(columns, rows);
    }

    private static List<List<String>> readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> table = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                if (table.size() > MAX_ROWS) break;
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                table.add(cells);
            }
        }
        return table;
    }

    /** Numbers keep their raw form (an Excel date arrives as its serial number); text as shown. */
    private static String textOf(Cell cell) {
        if (cell == null || cell.getRawValue() == null) return "";
        return cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER ? cell.getRawValue() : cell.getText();
    }

    private static List<List<String>> readXlsx(byte[] content) throws IOException {
        List<List<String>> table = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (table.size() > MAX_ROWS) break;
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(textOf(cell));
                    }
                    table.add(cells);
                }
            }
        }
        return table;
    }
}
