package vn.chibo.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The file store of meeting documents and of the records put into a meeting's document pack: each file once, under
 * its SHA-256 (a file stored twice is kept once and its name is its checksum). Stored files are never changed or
 * removed, so every replica of the backend that reaches the same store reads the same bytes under a name.
 *
 * <p>Callers see checksums and streams, never where a file lies: the store may be a directory shared by the replicas
 * ({@link SharedDirectoryStore}, the default) or, later, an object store. Chosen by {@code chibo.storage.kind}
 * ({@link DocumentStores}).
 */
public interface DocumentStore {
    /** Stores the file (if its content is not already there) and returns its SHA-256 in lower-case hex. */
    String store(Path file);

    /** Stores bytes made by the application (a rendered record) and returns their SHA-256 in lower-case hex. */
    String store(byte[] bytes);

    boolean exists(String sha256);

    /** The size in bytes; {@link MissingStoredFile} when nothing is stored under the checksum. */
    long size(String sha256);

    /**
     * The content, to read once and close; {@link MissingStoredFile} when nothing is stored under the checksum. A
     * stream, so that a large document is sent as it is read, never held in memory whole.
     */
    InputStream open(String sha256);

    /** Copies the content into {@code out} (a zip entry, a response), leaving {@code out} open. */
    default void copyTo(String sha256, OutputStream out) throws IOException {
        try (InputStream in = open(sha256)) {
            in.transferTo(out);
        }
    }
}
