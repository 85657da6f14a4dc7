package vn.chibo.importing;

import java.util.List;

/** Receives a sheet one row at a time, so that a reader never holds more than the current row. */
@FunctionalInterface
interface RowSink {
    /** A row by its number in the file; cells by column, empty string for an empty cell. */
    void row(int rowNumber, List<String> cells);
}
