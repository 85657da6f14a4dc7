package vn.chibo.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file (UTF-8, RFC 4180 quoting, comma or semicolon: whichever the first line has
 * more of) record by record. A parser is written here rather than taken from a library because the
 * limits must apply while a record is being read: a 5 MB line of commas or one endless quoted field
 * is refused at the first column or character too many, not after it has been built in memory.
 * Empty lines are skipped; records are numbered from 1 (the header) without counting them.
 */
final class CsvReader {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int END = -1;

    private final BufferedReader in;
    private final char delimiter;
    private final ImportLimits limits;
    private final RowSink sink;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int recordNumber;

    private CsvReader(BufferedReader in, char delimiter, ImportLimits limits, RowSink sink) {
        this.in = in;
        this.delimiter = delimiter;
        this.limits = limits;
        this.sink = sink;
    }

    static void read(InputStream raw, ImportLimits limits, RowSink sink) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(raw, SNIFF_BYTES);
        char delimiter = delimiterOf(bytes);
        // InputStreamReader replaces malformed UTF-8 rather than failing, as the old reader did.
        BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset();
        new CsvReader(reader, delimiter, limits, sink).records();
    }

    /** Counts semicolons and commas on the first line (ASCII, so bytes will do), then rewinds. */
    private static char delimiterOf(BufferedInputStream bytes) throws IOException {
        bytes.mark(SNIFF_BYTES);
        int semicolons = 0;
        int commas = 0;
        for (int i = 0, b; i < SNIFF_BYTES && (b = bytes.read()) != END && b != '\n' && b != '\r'; i++) {
            if (b == ';') semicolons++;
            if (b == ',') commas++;
        }
        bytes.reset();
        return semicolons > commas ? ';' : ',';
    }

    private void records() throws IOException {
        boolean quoted = false;        // inside "...", where delimiters and line breaks are text
        boolean atFieldStart = true;   // a quote opens quoting only as a field's first character
        boolean recordStarted = false; // anything at all read for the current record
        int c = in.read();
        while (c != END) {
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        append('"');
                        c = in.read();
                    } else {
                        quoted = false;
                        c = next;
                    }
                    continue;
                }
                append((char) c);
            } else if (c == delimiter) {
                endField();
                atFieldStart = true;
                recordStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (recordStarted) endRecord();
                atFieldStart = true;
                recordStarted = false;
                int next = in.read();
                if (c == '\r' && next == '\n') next = in.read();
                c = next;
                continue;
            } else if (c == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
                recordStarted = true;
            } else {
                append((char) c);
                atFieldStart = false;
                recordStarted = true;
            }
            c = in.read();
        }
        if (recordStarted) endRecord();
    }

    private void append(char c) {
        field.append(c);
        if (field.length() > limits.maxCellChars()) throw limits.cellTooLong(recordNumber + 1);
    }

    private void endField() {
        if (fields.size() >= limits.maxColumns()) throw limits.tooManyColumns(recordNumber + 1);
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endRecord() {
        endField();
        recordNumber++;
        sink.row(recordNumber, List.copyOf(fields));
        fields.clear();
    }
}
