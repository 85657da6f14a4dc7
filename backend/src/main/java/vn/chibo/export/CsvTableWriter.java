package vn.chibo.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.common.SpreadsheetText;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break in double quotes),
 * in UTF-8 with a byte order mark: without it Excel reads the file in the local code page and
 * "Nguyễn" comes out as mojibake. Numbers use a dot; dates are ISO (yyyy-MM-dd), which every
 * spreadsheet program recognises whatever its locale; percentages carry a "%" sign.
 */
final class CsvTableWriter implements TableWriter {
    private static final char BOM = '\uFEFF';

    private final Writer out;
    private final List<CellKind> kinds;

    CsvTableWriter(OutputStream stream, List<? extends ExportColumn<?>> columns) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        this.kinds = columns.stream().map(ExportColumn::kind).toList();
        out.write(BOM);
        writeLine(columns.stream().<Object>map(ExportColumn::header).toList(), columns.stream().map(c -> CellKind.TEXT).toList());
    }

    @Override
    public void row(List<Object> values) throws IOException {
        writeLine(values, kinds);
    }

    private void writeLine(List<Object> values, List<CellKind> types) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(values.get(i), types.get(i)));
        }
        out.write("\r\n");
    }

    private static String field(Object value, CellKind kind) {
        if (value == null) return "";
        String text = switch (kind) {
            case INTEGER, DECIMAL -> plainNumber(value);
            case PERCENT -> plainNumber(value) + "%";
            case DATE -> ((LocalDate) value).toString();
            case TEXT -> SpreadsheetText.neutralise(value.toString());
        };
        return quote(text);
    }

    private static String plainNumber(Object value) {
        if (value instanceof Double d) return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (value instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        return value.toString();
    }

    static String quote(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // The response stream belongs to the container; finish() flushed what we wrote.
    }
}
