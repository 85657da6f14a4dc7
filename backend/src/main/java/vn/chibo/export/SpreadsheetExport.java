package vn.chibo.export;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A table to export: a sheet name and its columns, written in either format from a stream of rows. */
public record SpreadsheetExport<T>(String sheetName, List<ExportColumn<T>> columns) {
    public SpreadsheetExport {
        columns = List.copyOf(columns);
    }

    /** The body of the response: rows are read from the source while the file is being written. */
    public StreamingOutput stream(ExportFormat format, RowSource<T> rows) {
        return out -> {
            try (TableWriter writer = format.open(out, sheetName, columns)) {
                rows.forEach(row -> {
                    try {
                        writer.row(valuesOf(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    private List<Object> valuesOf(T row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (ExportColumn<T> column : columns) values.add(column.value().apply(row));
        return values;
    }
}
