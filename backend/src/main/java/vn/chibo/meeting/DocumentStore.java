package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.chibo.common.ChiboConfig;

/**
 * The file store of meeting documents: each file once, under its SHA-256 (so a file stored twice is kept once and
 * its name is its checksum). Also keeps the records put into a meeting's document pack.
 */
@ApplicationScoped
public class DocumentStore {
    private final Path root;

    public DocumentStore(ChiboConfig config) {
        this.root = Path.of(config.storage().dir());
    }

    /** Stores the file (if not already there) and returns its SHA-256 in hex. */
    public String store(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return sha256;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot store the document", e);
        }
    }

    /** Stores bytes made by the application (a rendered record) and returns their SHA-256 in hex. */
    public String store(byte[] bytes) {
        try {
            Path temp = Files.createTempFile("chibo-record", ".bin");
            try {
                Files.write(temp, bytes);
                return store(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
