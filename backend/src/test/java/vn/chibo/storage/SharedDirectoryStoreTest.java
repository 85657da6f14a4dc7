package vn.chibo.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared-directory store on its own: no Quarkus, a temporary directory. */
class SharedDirectoryStoreTest {
    @TempDir
    Path dir;

    @TempDir
    Path uploads;

    private static final String HELLO_SHA = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"; // "hello"

    @Test
    void storingTheSameContentTwiceKeepsOneFileUnderItsSha256() throws IOException {
        SharedDirectoryStore store = new SharedDirectoryStore(dir);
        Path upload = Files.writeString(uploads.resolve("upload.bin"), "hello");
        assertEquals(HELLO_SHA, store.store(upload));
        assertEquals(HELLO_SHA, store.store("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(dir.resolve("2c").resolve(HELLO_SHA)), files());
    }

    @Test
    void existsSizeAndOpenReadWhatWasStored() throws IOException {
        SharedDirectoryStore store = new SharedDirectoryStore(dir);
        byte[] content = randomBytes(200_000, 1);
        String sha = store.store(content);
        assertTrue(store.exists(sha));
        assertEquals(content.length, store.size(sha));
        try (InputStream in = store.open(sha)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copyTo(sha, out);
        assertArrayEquals(content, out.toByteArray());
    }

    @Test
    void aMissingFileIsNotFoundAndABadChecksumIsRefused() {
        SharedDirectoryStore store = new SharedDirectoryStore(dir);
        assertFalse(store.exists(HELLO_SHA));
        MissingStoredFile missing = assertThrows(MissingStoredFile.class, () -> store.open(HELLO_SHA));
        assertTrue(missing.getMessage().contains(HELLO_SHA), missing.getMessage());
        assertThrows(MissingStoredFile.class, () -> store.size(HELLO_SHA));
        // The checksum becomes a path: anything but 64 lower-case hex digits never reaches the file system.
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.exists(HELLO_SHA.toUpperCase()));
    }

    @Test
    void eightThreadsStoringTheSameContentAtOnceLeaveOneWholeFile() throws Exception {
        // Two stores on one directory: two replicas, four threads each, released together.
        List<DocumentStore> replicas = List.of(new SharedDirectoryStore(dir), new SharedDirectoryStore(dir));
        byte[] content = randomBytes(4 * 1024 * 1024, 2);
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> stored = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                DocumentStore replica = replicas.get(i % 2);
                stored.add(pool.submit(() -> {
                    start.await();
                    return replica.store(content);
                }));
            }
            String sha = stored.get(0).get();
            for (Future<String> f : stored) assertEquals(sha, f.get());
            assertEquals(List.of(dir.resolve(sha.substring(0, 2)).resolve(sha)), files(), "one file, no .part left");
            try (InputStream in = replicas.get(1).open(sha)) {
                assertArrayEquals(content, in.readAllBytes());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFileStoredThroughOneReplicaIsReadThroughTheOther() throws IOException {
        DocumentStore first = new SharedDirectoryStore(dir);
        DocumentStore second = new SharedDirectoryStore(dir);
        byte[] content = "%PDF-1.4\n% biên bản\n".getBytes(StandardCharsets.UTF_8);
        String sha = first.store(content);
        assertTrue(second.exists(sha));
        assertEquals(content.length, second.size(sha));
        try (InputStream in = second.open(sha)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(sha, second.store(content), "the second replica finds the file and keeps it");
        assertEquals(1, files().size());
    }

    @Test
    void aHalfWrittenPartFileLeftByAKilledWriterIsNeverTheStoredFile() throws IOException {
        SharedDirectoryStore store = new SharedDirectoryStore(dir);
        Files.createDirectories(dir.resolve("2c"));
        Files.writeString(dir.resolve("2c").resolve("." + HELLO_SHA + ".dead.part"), "hel");
        assertFalse(store.exists(HELLO_SHA));
        store.store("hello".getBytes(StandardCharsets.UTF_8));
        try (InputStream in = store.open(HELLO_SHA)) {
            assertEquals("hello", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anUnknownKindStopsTheStartWithAMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DocumentStores.of("s4", dir));
        assertTrue(e.getMessage().contains("chibo.storage.kind=s4") && e.getMessage().contains("shared-directory"),
                e.getMessage());
        assertTrue(DocumentStores.of("shared-directory", dir) instanceof SharedDirectoryStore);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
