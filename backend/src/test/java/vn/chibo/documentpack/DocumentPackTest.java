package vn.chibo.documentpack;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/**
 * The document pack of a meeting for the Sổ tay đảng viên app (BR-M4, BR-R5): what it holds before and after the
 * meeting, its manifest checked file by file, the conditional download, and the postings an integration reports.
 * The meeting is in a cell of its own under another commune than Bình Lư, whose staff is the outsider.
 */
@QuarkusTest
class DocumentPackTest extends ApiTest {
    private static final String PACK = "/api/v1/meetings/{id}/document-pack";
    private static final String POSTINGS = "/api/v1/meetings/{id}/document-pack/postings";

    @BeforeEach
    void asProvinceStaff() {
        Tokens.actAs("canbo.tinh", "staff");
    }

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A cell with An as its secretary and a regular meeting three hours ago chaired by An, Bình taking minutes. */
    private record Case(CellFixture cell, UUID meeting, OffsetDateTime start) {}

    private Case meeting() {
        CellFixture c = CellFixture.create(org("LCH-TD"));
        c.appoint(c.an, "SECRETARY", java.time.LocalDate.parse("2020-01-01"), null);
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID id = UUID.fromString(api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(start),
                        "place", "Nhà văn hóa bản", "title", "Sinh hoạt thường kỳ tháng 12", "chairId", c.an.toString(),
                        "minuteTakerId", c.binh.toString()))
                .post("/api/v1/organizations/{id}/meetings", c.cellId).then().statusCode(201).extract().path("id"));
        return new Case(c, id, start);
    }

    private String upload(UUID meeting, String name, String text) {
        byte[] pdf = ("%PDF-1.4\n% " + text + "\n").getBytes(StandardCharsets.UTF_8);
        return api().contentType("multipart/form-data").multiPart("file", name, pdf, "application/pdf")
                .multiPart("kind", "MATERIAL").post("/api/v1/meetings/{id}/documents", meeting).then().statusCode(201)
                .extract().path("id");
    }

    private Response download(UUID meeting) {
        return api().accept("application/zip").get(PACK, meeting).then().statusCode(200)
                .contentType("application/zip").header("ETag", notNullValue()).extract().response();
    }

    /** The zip's files by path, in order, checked against the manifest: every file listed with its size and hash. */
    private static Map<String, byte[]> open(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) files.put(e.getName(), in.readAllBytes());
        }
        assertEquals("manifest.json", files.keySet().iterator().next());
        JsonPath manifest = manifest(files);
        List<String> listed = manifest.getList("files.path");
        assertEquals(files.keySet().stream().filter(p -> !p.equals("manifest.json")).toList(), listed);
        for (int i = 0; i < listed.size(); i++) {
            byte[] bytes = files.get(listed.get(i));
            assertEquals(bytes.length, manifest.getLong("files[" + i + "].size"), listed.get(i));
            assertEquals(sha256(bytes), manifest.getString("files[" + i + "].sha256"), listed.get(i));
        }
        return files;
    }

    private static JsonPath manifest(Map<String, byte[]> files) {
        return new JsonPath(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Held, with everything approval needs: attendance, speeches, a vote, a draft resolution and the conclusions. */
    private long hold(Case k) {
        CellFixture c = k.cell();
        CellFixture.attend(k.meeting(), c.an, "PRESENT");
        CellFixture.attend(k.meeting(), c.binh, "PRESENT");
        CellFixture.attend(k.meeting(), c.probationary, "PRESENT");
        CellFixture.attend(k.meeting(), c.cuong, "ABSENT_EXCUSED");
        api().body(Map.of("memberId", c.an.toString(), "summary", "Đề nghị làm đường giao thông nông thôn."))
                .post("/api/v1/meetings/{id}/speeches", k.meeting()).then().statusCode(201);
        api().body(Map.of("subject", "Thông qua nghị quyết tháng", "method", "COUNT", "forCount", 2,
                "againstCount", 0, "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", k.meeting()).then().statusCode(201);
        CellFixture.hold(k.meeting(), k.start(), 100);
        api().body(Map.of("version", 0, "kind", "RESOLUTION", "sections", List.of(
                        Map.of("heading", "I. Nhiệm vụ tháng tới", "body", "Làm đường bê tông nội bản."))))
                .put("/api/v1/meetings/{id}/resolution", k.meeting()).then().statusCode(200);
        return ((Number) api().body(Map.of("version", 0, "conclusions", "Chi bộ thống nhất các nhiệm vụ tháng tới."))
                .put("/api/v1/meetings/{id}/minutes", k.meeting()).then().statusCode(200).extract().path("version"))
                .longValue();
    }

    private Response post(UUID meeting, OffsetDateTime postedAt, String sha256) {
        return api().body(Map.of("system", "SOTAY", "postedAt", CellFixture.iso(postedAt), "manifestSha256", sha256,
                "externalRef", "sotay-123")).post(POSTINGS, meeting).then().extract().response();
    }

    @Test
    void brM4_brR5_thePackHoldsThePublishedDocumentsAndAgendaThenTheApprovedRecords() throws IOException {
        Case k = meeting();
        // No document yet: the agenda and the manifest, not an error.
        java.time.Instant asked = time.now();
        Map<String, byte[]> empty = open(download(k.meeting()).asByteArray());
        java.time.Instant answered = time.now();
        assertEquals(List.of("manifest.json", "agenda.md"), List.copyOf(empty.keySet()));
        JsonPath first = manifest(empty);
        assertEquals("BEFORE_MEETING", first.getString("phase"));
        assertEquals(k.meeting().toString(), first.getString("meeting.id"));
        assertEquals("REGULAR", first.getString("meeting.type"));
        assertEquals(k.cell().cellId.toString(), first.getString("organization.id"));
        // Generated by the app's clock (the test profile's, days before the machine's).
        java.time.Instant generated = OffsetDateTime.parse(first.getString("generatedAt")).toInstant();
        assertFalse(generated.isBefore(asked) || generated.isAfter(answered), generated + " not in " + asked + ".." + answered);
        assertTrue(new String(empty.get("agenda.md"), StandardCharsets.UTF_8).contains("Nhà văn hóa bản"));

        String kept = upload(k.meeting(), "tai-lieu thang 12.pdf", "Tài liệu sinh hoạt");
        String withdrawn = upload(k.meeting(), "ban nhap.pdf", "Bản nháp rút lại");
        api().delete("/api/v1/meetings/{id}/documents/{d}", k.meeting(), withdrawn).then().statusCode(204);
        long minutesVersion = hold(k);

        // Held with draft minutes and a draft resolution: still documents and agenda only.
        Map<String, byte[]> before = open(download(k.meeting()).asByteArray());
        assertEquals(List.of("manifest.json", "documents/01-tai-lieu thang 12.pdf", "agenda.md"), List.copyOf(before.keySet()));
        JsonPath beforeManifest = manifest(before);
        assertEquals("BEFORE_MEETING", beforeManifest.getString("phase"));
        assertEquals("DOCUMENT", beforeManifest.getString("files[0].kind"));
        String published = api().get("/api/v1/meetings/{id}", k.meeting()).then().extract().path("documents[0].publishedAt");
        assertEquals(OffsetDateTime.parse(published).toInstant(),
                OffsetDateTime.parse(beforeManifest.getString("files[0].publishedAt")).toInstant());
        assertEquals(kept, api().get("/api/v1/meetings/{id}", k.meeting()).then().extract().path("documents[0].id"));
        String manifestText = new String(before.get("manifest.json"), StandardCharsets.UTF_8);
        assertFalse(manifestText.contains("birth") || manifestText.contains("email") || manifestText.contains("citizen"),
                manifestText);

        api().body(Map.of("version", minutesVersion)).post("/api/v1/meetings/{id}/minutes/approve", k.meeting()).then()
                .statusCode(200);
        Map<String, byte[]> after = open(download(k.meeting()).asByteArray());
        assertEquals(List.of("manifest.json", "documents/01-tai-lieu thang 12.pdf", "agenda.md", "records/bien-ban.pdf",
                "records/bien-ban.docx", "records/nghi-quyet.pdf", "records/nghi-quyet.docx"), List.copyOf(after.keySet()));
        JsonPath afterManifest = manifest(after);
        assertEquals("AFTER_MEETING", afterManifest.getString("phase"));
        assertEquals(List.of("DOCUMENT", "AGENDA", "MINUTES", "MINUTES", "RESOLUTION", "RESOLUTION"),
                afterManifest.getList("files.kind"));
        String approvedAt = api().get("/api/v1/meetings/{id}/minutes", k.meeting()).then().extract().path("approvedAt");
        assertEquals(OffsetDateTime.parse(approvedAt).toInstant(),
                OffsetDateTime.parse(afterManifest.getString("files[3].publishedAt")).toInstant());
        assertTrue(new String(after.get("records/bien-ban.pdf"), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertNotEquals(beforeManifest.getString("manifestSha256"), afterManifest.getString("manifestSha256"));
        // The same records give the same files and the same manifest hash.
        JsonPath again = manifest(open(download(k.meeting()).asByteArray()));
        assertEquals(afterManifest.getString("manifestSha256"), again.getString("manifestSha256"));
        assertEquals(afterManifest.getList("files.sha256"), again.getList("files.sha256"));
    }

    @Test
    void brM4_thePackAnswers304UntilItsContentOrItsPostingsChange() {
        Case k = meeting();
        String tag = download(k.meeting()).header("ETag");
        api().accept("application/zip").header("If-None-Match", tag).get(PACK, k.meeting()).then().statusCode(304)
                .header("ETag", equalTo(tag));
        upload(k.meeting(), "tai-lieu.pdf", "Tài liệu");
        String changed = api().accept("application/zip").header("If-None-Match", tag).get(PACK, k.meeting()).then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(tag, changed);
    }

    @Test
    void brM4_brR5_postingsAreRecordedListedAndShownOnTheMeeting() throws IOException {
        Case k = meeting();
        upload(k.meeting(), "tai-lieu.pdf", "Tài liệu");
        String sha = manifest(open(download(k.meeting()).asByteArray())).getString("manifestSha256");
        OffsetDateTime postedAt = OffsetDateTime.ofInstant(time.now(), CellFixture.VIETNAM).minusMinutes(5).withNano(0);

        Tokens.actAs("service-account-chibo-integration", "integration");
        String tag = download(k.meeting()).header("ETag");
        post(k.meeting(), postedAt, sha).then().statusCode(201).body("phase", equalTo("BEFORE_MEETING"))
                .body("system", equalTo("SOTAY")).body("manifestSha256", equalTo(sha))
                .body("externalRef", equalTo("sotay-123"));
        api().get(POSTINGS, k.meeting()).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].manifestSha256", equalTo(sha));
        // A posting is part of what a poller sees: the pack's tag changes, and the manifest lists it.
        Response changed = api().accept("application/zip").header("If-None-Match", tag).get(PACK, k.meeting()).then()
                .statusCode(200).extract().response();
        assertNotEquals(tag, changed.header("ETag"));
        JsonPath manifest = manifest(open(changed.asByteArray()));
        assertEquals(sha, manifest.getString("manifestSha256"));
        assertEquals(List.of(sha), manifest.getList("postings.manifestSha256"));

        Tokens.actAs("canbo.tinh", "staff");
        String at = api().get("/api/v1/meetings/{id}", k.meeting()).then().statusCode(200)
                .body("packPostings.afterMeeting", org.hamcrest.Matchers.nullValue())
                .extract().path("packPostings.beforeMeeting");
        assertEquals(postedAt.toInstant(), OffsetDateTime.parse(at).toInstant());
    }

    @Test
    void brM4_aPostingInTheFutureOrOfAManifestTheAppNeverMadeIsRefusedNamingTheField() throws IOException {
        Case k = meeting();
        String sha = manifest(open(download(k.meeting()).asByteArray())).getString("manifestSha256");
        OffsetDateTime now = OffsetDateTime.ofInstant(time.now(), CellFixture.VIETNAM).withNano(0);
        post(k.meeting(), now.plusMinutes(10), sha).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("postedAt"));
        post(k.meeting(), now.minusMinutes(1), "0".repeat(64)).then().statusCode(400)
                .body("errors.field", hasItem("manifestSha256"))
                .body("errors.message", hasItem(equalTo(
                        "Mã băm không phải của một bản kê (manifest) mà hệ thống đã tạo cho buổi sinh hoạt này.")));
        api().get(POSTINGS, k.meeting()).then().statusCode(200).body("items", hasSize(0));
    }


    @Test
    void brR5_aCorrectionPrintsTheMinutesAgainAndAnEarlierPackMayStillBeReported() throws IOException {
        Case k = meeting();
        long minutesVersion = hold(k);
        api().body(Map.of("version", minutesVersion)).post("/api/v1/meetings/{id}/minutes/approve", k.meeting()).then()
                .statusCode(200);
        JsonPath approved = manifest(open(download(k.meeting()).asByteArray()));
        api().body(Map.of("reason", "Ghi nhầm", "text", "Sửa tên người phát biểu."))
                .post("/api/v1/meetings/{id}/minutes/corrections", k.meeting()).then().statusCode(201);
        JsonPath corrected = manifest(open(download(k.meeting()).asByteArray()));
        assertNotEquals(approved.getString("manifestSha256"), corrected.getString("manifestSha256"));
        assertNotEquals(approved.getString("files.find { it.path == 'records/bien-ban.pdf' }.sha256"),
                corrected.getString("files.find { it.path == 'records/bien-ban.pdf' }.sha256"));

        OffsetDateTime postedAt = OffsetDateTime.ofInstant(time.now(), CellFixture.VIETNAM).minusMinutes(1).withNano(0);
        post(k.meeting(), postedAt, approved.getString("manifestSha256")).then().statusCode(201)
                .body("phase", equalTo("AFTER_MEETING"));
        String at = api().get("/api/v1/meetings/{id}", k.meeting()).then().statusCode(200)
                .body("packPostings.beforeMeeting", org.hamcrest.Matchers.nullValue())
                .extract().path("packPostings.afterMeeting");
        assertEquals(postedAt.toInstant(), OffsetDateTime.parse(at).toInstant());
    }
    @Test
    void theStaffOfAnotherCommuneGets403OnThePackAndItsPostings() throws IOException {
        Case k = meeting();
        String sha = manifest(open(download(k.meeting()).asByteArray())).getString("manifestSha256");
        Tokens.actAs("canbo.xa", "staff"); // staff of Bình Lư, not of the commune above this cell
        api().accept("application/zip, application/problem+json").get(PACK, k.meeting()).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        post(k.meeting(), OffsetDateTime.ofInstant(time.now(), CellFixture.VIETNAM).minusMinutes(1).withNano(0), sha)
                .then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().get(POSTINGS, k.meeting()).then().statusCode(403).body("code", equalTo("out-of-scope"));
        // A secretary may download but not record a posting.
        Tokens.actAs("bithu.an", "secretary");
        post(k.meeting(), OffsetDateTime.ofInstant(time.now(), CellFixture.VIETNAM).minusMinutes(1).withNano(0), sha)
                .then().statusCode(403);
    }
}
