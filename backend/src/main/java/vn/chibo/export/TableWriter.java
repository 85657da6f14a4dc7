package vn.chibo.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row to a stream: the header when opened, then each row as it comes, then
 * {@link #finish()}. Implementations keep at most a small window of rows in memory.
 */
interface TableWriter extends AutoCloseable {
    /** Values in column order; null is an empty cell. Text values are neutralised by the writer. */
    void row(List<Object> values) throws IOException;

    /** Completes the file on the stream (the XLSX zip is only written out here). */
    void finish() throws IOException;

    /** Releases temporary resources, whether or not the file was finished. */
    @Override
    void close() throws IOException;
}
