package vn.chibo.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ChiboConfig;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;

/**
 * Two replicas on one shared directory: the running application is one, a second {@link SharedDirectoryStore} on
 * the application's {@code chibo.storage.dir} is the other. What either stores, the other reads.
 */
@QuarkusTest
class SharedStoreReplicasTest extends ApiTest {
    @Inject
    ChiboConfig config;

    private SharedDirectoryStore otherReplica() {
        return new SharedDirectoryStore(Path.of(config.storage().dir()));
    }

    private UUID meeting() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        return c.schedule("REGULAR", CellFixture.hoursAgo(2));
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + " " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The uploaded document's id and SHA-256, as the API answers them. */
    private record Uploaded(String id, String sha256) {}

    private Uploaded upload(UUID meeting, byte[] pdf) {
        var body = api().contentType("multipart/form-data").multiPart("file", "tai-lieu.pdf", pdf, "application/pdf")
                .multiPart("kind", "MATERIAL").post("/api/v1/meetings/{id}/documents", meeting).then().statusCode(201)
                .extract().jsonPath();
        return new Uploaded(body.getString("id"), body.getString("sha256"));
    }

    /** Streamed from the store with its length announced, as a file was sent before the store had an interface. */
    private byte[] download(UUID meeting, String documentId, int length) {
        return api().accept("application/octet-stream").get("/api/v1/meetings/{id}/documents/{d}", meeting, documentId)
                .then().statusCode(200).header("Content-Length", String.valueOf(length))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
    }

    @Test
    @AsCommuneStaff
    void aDocumentUploadedThroughTheApiIsReadByAnotherReplica() throws IOException {
        UUID meeting = meeting();
        byte[] pdf = pdf("Tài liệu sinh hoạt");
        String sha = upload(meeting, pdf).sha256();

        SharedDirectoryStore other = otherReplica();
        assertTrue(other.exists(sha));
        assertEquals(pdf.length, other.size(sha));
        try (InputStream in = other.open(sha)) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
    }

    @Test
    @AsCommuneStaff
    void aDocumentStoredByAnotherReplicaIsServedByTheApi() throws IOException {
        UUID meeting = meeting();
        byte[] pdf = pdf("Dự thảo nghị quyết");
        SharedDirectoryStore other = otherReplica();
        String sha = other.store(pdf);
        // Dated in the past: if the application wrote a file of its own, the date would change.
        FileTime stamped = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(other.file(sha), stamped);

        Uploaded uploaded = upload(meeting, pdf);
        assertEquals(sha, uploaded.sha256());
        assertArrayEquals(pdf, download(meeting, uploaded.id(), pdf.length));
        assertEquals(stamped, Files.getLastModifiedTime(other.file(sha)), "the application read the other's file");
    }

    @Test
    @AsCommuneStaff
    void aDocumentWhoseFileIsGoneFromTheStoreIsNotFound() throws IOException {
        UUID meeting = meeting();
        Uploaded uploaded = upload(meeting, pdf("Tệp đã mất"));
        Files.delete(otherReplica().file(uploaded.sha256())); // content of its own: no other document shares it
        api().get("/api/v1/meetings/{id}/documents/{d}", meeting, uploaded.id()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
