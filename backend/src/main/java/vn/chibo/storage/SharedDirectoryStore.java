package vn.chibo.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The store in a directory, {@code <dir>/<first two hex digits>/<sha256>}: the default, and enough for several
 * replicas when the directory is shared between them (an NFS mount, a volume mounted into every container).
 *
 * <p>A file appears under its final name only whole: it is written to a temporary file of a unique name in the same
 * directory, forced to disk, renamed in one step ({@code ATOMIC_MOVE}, a rename on the same file system) and the
 * directory is forced so that the rename survives a crash. A kill -9 can leave a {@code .part} file behind, never a
 * half file under a checksum. Two writers of the same content (two threads, two replicas) each write their own
 * temporary file and the last rename wins; as the content is the same, either is the file.
 */
public final class SharedDirectoryStore implements DocumentStore {
    public static final String KIND = "shared-directory";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public SharedDirectoryStore(Path root) {
        this.root = root;
    }

    @Override
    public String store(Path file) {
        String sha256;
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the file to store", e);
        }
        return write(sha256, out -> {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = in.size();
                for (long at = 0; at < size; ) at += in.transferTo(at, size - at, out);
            }
        });
    }

    @Override
    public String store(byte[] bytes) {
        return write(HexFormat.of().formatHex(sha256().digest(bytes)), out -> {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) out.write(buffer);
        });
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(file(sha256));
    }

    @Override
    public long size(String sha256) {
        return stored(sha256, Files::size);
    }

    @Override
    public InputStream open(String sha256) {
        return stored(sha256, Files::newInputStream);
    }

    private interface FileCall<T> {
        T on(Path file) throws IOException;
    }

    private <T> T stored(String sha256, FileCall<T> call) {
        try {
            return call.on(file(sha256));
        } catch (NoSuchFileException e) {
            throw new MissingStoredFile(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a checksum's file lies; only this class (and its tests) may know. */
    Path file(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private interface Content {
        void writeTo(FileChannel out) throws IOException;
    }

    private String write(String sha256, Content content) {
        Path target = file(sha256);
        if (Files.exists(target)) return sha256; // content-addressed: what is there is this content
        Path dir = target.getParent();
        // A name no other thread or replica takes; created with the process's umask (not the owner-only mode of
        // Files.createTempFile), so that replicas running as other users of the same group can read the file.
        Path temp = dir.resolve("." + sha256 + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(dir);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // A platform whose rename does not replace: another writer got there first with the same content.
            }
            forceDirectory(dir);
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the file in " + root, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .part file is never read; the next store of the content writes a new one
            }
        }
    }

    /** Makes the rename durable (POSIX: a directory entry reaches the disk when the directory is synced). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; their rename is durable by itself.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
