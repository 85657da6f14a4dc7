package vn.chibo.storage;

/**
 * Nothing is stored under a checksum that the database names: the file was lost from the store (a replica pointed
 * at another directory, a restore that left the files behind). Callers answer "not found" for the document.
 */
public class MissingStoredFile extends RuntimeException {
    public MissingStoredFile(String sha256) {
        super("No file is stored under " + sha256);
    }
}
