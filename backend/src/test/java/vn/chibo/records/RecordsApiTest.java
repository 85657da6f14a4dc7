package vn.chibo.records;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chibo.testing.RecordText.DOCX;
import static vn.chibo.testing.RecordText.assertLayout;
import static vn.chibo.testing.RecordText.docxText;
import static vn.chibo.testing.RecordText.pdfText;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Race;
import vn.chibo.testing.TreeFixture;

/**
 * Records a committee would sign: approval refused with what the minutes lack, numbers per cell and year
 * under concurrent approvals, signatures, and the printed PDF and DOCX read back.
 */
@QuarkusTest
class RecordsApiTest extends ApiTest {
    private static final String VENUE = "Nhà văn hóa bản Nà Khoang";

    /** A cell of Đảng bộ xã Bình Lư (locality "Bình Lư") whose member An is its secretary. */
    private CellFixture cellWithSecretary() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        int version = api().get("/api/v1/members/{id}", c.an).then().extract().path("version");
        api().body(Map.of("version", version, "organizationId", c.cellId.toString(), "position", "SECRETARY",
                "validFrom", "2020-01-01")).post("/api/v1/members/{id}/positions", c.an).then().statusCode(200);
        return c;
    }

    private UUID schedule(CellFixture c, OffsetDateTime start) {
        return UUID.fromString(api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(start),
                        "place", VENUE, "chairId", c.an.toString(), "minuteTakerId", c.binh.toString()))
                .post("/api/v1/organizations/{id}/meetings", c.cellId).then().statusCode(201).extract().path("id"));
    }

    /** Held, with everything the minutes need except what the flags leave out; returns the minutes' version. */
    private long record(CellFixture c, UUID id, OffsetDateTime start, boolean speechesAndVote, boolean conclusions) {
        CellFixture.attend(id, c.an, "PRESENT");
        CellFixture.attend(id, c.binh, "PRESENT");
        CellFixture.attend(id, c.probationary, "PRESENT");
        api().body(Map.of("status", "ABSENT_EXCUSED", "reasonCategory", "ILLNESS", "reasonText", "Nằm viện"))
                .put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.cuong).then().statusCode(200);
        if (speechesAndVote) {
            api().body(Map.of("memberId", c.an.toString(), "summary", "Đề nghị làm đường giao thông nông thôn."))
                    .post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
            api().body(Map.of("memberId", c.probationary.toString(), "summary", "Ý kiến về phong trào thanh niên."))
                    .post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
            api().body(Map.of("subject", "Thông qua nghị quyết tháng", "method", "COUNT", "forCount", 2,
                    "againstCount", 0, "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", id).then().statusCode(201);
        }
        CellFixture.hold(id, start, 100);
        api().body(Map.of("version", 0, "kind", "RESOLUTION", "sections", List.of(
                        Map.of("heading", "I. Nhiệm vụ tháng tới", "body", "Làm đường bê tông nội bản."))))
                .put("/api/v1/meetings/{id}/resolution", id).then().statusCode(200);
        Map<String, Object> minutes = conclusions
                ? Map.of("version", 0, "conclusions", "Chi bộ thống nhất các nhiệm vụ tháng tới.")
                : Map.of("version", 0, "freeText", "Đồng chí bí thư khai mạc.");
        return ((Number) api().body(minutes).put("/api/v1/meetings/{id}/minutes", id).then().statusCode(200)
                .extract().path("version")).longValue();
    }

    @Test
    @AsCommuneStaff
    void brR3_approvalIsRefusedWithEverythingTheMinutesLackInVietnamese() {
        CellFixture c = cellWithSecretary();
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID id = schedule(c, start);
        long version = record(c, id, start, false, false);
        api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/minutes/approve", id).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("minutes-incomplete"))
                .body("errors.field", hasItems("speeches", "conclusions", "votes"))
                .body("errors", hasSize(3))
                .body("errors.message", hasItem("Chưa ghi kết luận của chủ trì."))
                .body("errors.message", hasItem("Chưa ghi ý kiến phát biểu (tên người phát biểu)."));
        api().get("/api/v1/meetings/{id}/minutes", id).then().body("approved", is(false)).body("number", nullValue())
                .body("signatures", hasSize(0));
        apiEnglish().body(Map.of("version", version)).post("/api/v1/meetings/{id}/minutes/approve", id).then()
                .statusCode(409).body("errors.message", hasItem("The chair's conclusions are not recorded."));
    }

    @Test
    @AsCommuneStaff
    void theDateLineTakesTheCellsOwnLocalityOverItsParentsAndNeverTheVenue() {
        CellFixture c = cellWithSecretary();
        UUID id = schedule(c, CellFixture.hoursAgo(3));
        api().get("/api/v1/meetings/{id}/minutes", id).then().statusCode(200)
                .body("assembledText", org.hamcrest.Matchers.containsString("Bình Lư, ngày "));
        api().body(Map.of("version", orgVersion(c.cellId), "locality", "Nà Khoang"))
                .patch("/api/v1/organizations/{id}", c.cellId).then().statusCode(200).body("locality", equalTo("Nà Khoang"));
        api().get("/api/v1/meetings/{id}/minutes", id).then().statusCode(200)
                .body("assembledText", org.hamcrest.Matchers.containsString("Nà Khoang, ngày "))
                .body("assembledText", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(VENUE + ", ngày")));
    }

    @Test
    @AsCommuneStaff
    void approvalNumbersSignsAndPrintsTheRecordsInThePartyLayout() throws IOException {
        CellFixture c = cellWithSecretary();
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID id = schedule(c, start);
        long version = record(c, id, start, true, true);
        String an = api().get("/api/v1/members/{id}", c.an).then().extract().path("fullName");
        String binh = api().get("/api/v1/members/{id}", c.binh).then().extract().path("fullName");
        api().get("/api/v1/meetings/{id}", id).then().body("warnings.code", hasItem("attendance-below-target"));

        api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/minutes/approve", id).then().statusCode(200)
                .body("approved", is(true)).body("number", equalTo("01-BB/CB"))
                .body("signatures[0].role", equalTo("T/M CHI BỘ\nBÍ THƯ")).body("signatures[0].name", equalTo(an))
                .body("signatures[0].memberId", equalTo(c.an.toString()))
                .body("signatures[0].signedAt", org.hamcrest.Matchers.notNullValue())
                .body("signatures[1].role", equalTo("THƯ KÝ")).body("signatures[1].name", equalTo(binh));
        api().get("/api/v1/meetings/{id}/resolution", id).then().body("number", equalTo("01-NQ/CB"));
        // A correction is appended; the signatures stay as signed.
        api().body(Map.of("reason", "Ghi nhầm", "text", "Sửa tên khách mời.")).post("/api/v1/meetings/{id}/minutes/corrections", id)
                .then().statusCode(201).body("signatures[0].name", equalTo(an)).body("number", equalTo("01-BB/CB"));

        LocalDate day = start.toLocalDate();
        String dateLine = String.format("Bình Lư, ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(),
                day.getYear());
        byte[] pdf = api().accept("application/pdf").get("/api/v1/meetings/{id}/minutes.pdf", id).then().statusCode(200)
                .extract().asByteArray();
        String pdfText = pdfText(pdf);
        List<String> header = List.of("Số 01-BB/CB", "ĐẢNG CỘNG SẢN VIỆT NAM", dateLine);
        List<String> inOrder = List.of("BIÊN BẢN", "66,7%", "THƯ KÝ", "T/M CHI BỘ", "BÍ THƯ", an, "Nơi nhận:");
        assertLayout(pdfText, header, inOrder);
        assertTrue(pdfText.contains(binh), pdfText);
        assertFalse(pdfText.contains("chưa vượt mức"), "no application warning in the record: " + pdfText);
        assertFalse(pdfText.contains(VENUE + ","), "the venue is not the locality: " + pdfText);
        assertFalse(pdfText.matches("(?s).*\\d\\.\\d%.*"), "no decimal point in a percentage: " + pdfText);
        Set<String> fonts = pdfFonts(pdf);
        assertTrue(fonts.stream().anyMatch(f -> f.endsWith("LiberationSerif")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif-Italic")), fonts.toString());
        assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+.*")), "subsets only: " + fonts);
        assertTrue(pdf.length < 400_000, "size " + pdf.length);

        byte[] docx = api().accept(DOCX).get("/api/v1/meetings/{id}/minutes.docx", id).then().statusCode(200)
                .contentType(DOCX).extract().asByteArray();
        String docxText = docxText(docx);
        assertLayout(docxText, header, inOrder);
        assertTrue(docxText.contains(binh), docxText);
        assertFalse(docxText.contains("chưa vượt mức"), docxText);

        List<String> resolutionHeader = List.of("Số 01-NQ/CB", "ĐẢNG CỘNG SẢN VIỆT NAM", dateLine);
        List<String> resolutionOrder = List.of("NGHỊ QUYẾT", "Nơi nhận:", "T/M CHI BỘ", "BÍ THƯ", an);
        assertLayout(pdfText(api().accept("application/pdf").get("/api/v1/meetings/{id}/resolution.pdf", id).then()
                .statusCode(200).extract().asByteArray()), resolutionHeader, resolutionOrder);
        assertLayout(docxText(api().accept(DOCX).get("/api/v1/meetings/{id}/resolution.docx", id).then()
                .statusCode(200).contentType(DOCX).extract().asByteArray()), resolutionHeader, resolutionOrder);
    }

    @Test
    @AsCommuneStaff
    void brD1_recordsAndTheViewOfAMeetingBeforeARenameAndAMoveShowTheNamesOfItsDay() throws IOException {
        CellFixture c = cellWithSecretary();
        String oldName = api().get("/api/v1/organizations/{id}", c.cellId).then().extract().path("name");
        OffsetDateTime start = CellFixture.hoursAgo(72);
        UUID before = schedule(c, start);
        record(c, before, start, true, true);

        // Today the cell is renamed and moved under another committee; a meeting of today already bears the new names.
        String newName = unique("Chi bộ khu dân cư");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        String committeeName = api().get("/api/v1/organizations/{id}", committee).then().extract().path("name");
        api().body(Map.of("version", orgVersion(c.cellId), "name", newName)).patch("/api/v1/organizations/{id}", c.cellId)
                .then().statusCode(200);
        api().body(Map.of("version", orgVersion(c.cellId), "newParentId", committee.toString()))
                .post("/api/v1/organizations/{id}/move", c.cellId).then().statusCode(200);
        UUID today = schedule(c, CellFixture.hoursAgo(3));

        api().get("/api/v1/meetings/{id}", before).then().statusCode(200).body("organizationName", equalTo(newName))
                .body("organizationOnMeetingDay.name", equalTo(oldName))
                .body("organizationOnMeetingDay.upperName", equalTo("Đảng bộ xã Bình Lư"));
        api().get("/api/v1/meetings/{id}", today).then().statusCode(200)
                .body("organizationOnMeetingDay.name", equalTo(newName))
                .body("organizationOnMeetingDay.upperName", equalTo(committeeName));

        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        String minutes = api().get("/api/v1/meetings/{id}/minutes", before).then().statusCode(200)
                .extract().path("assembledText");
        String resolution = pdfText(api().accept("application/pdf").get("/api/v1/meetings/{id}/resolution.pdf", before)
                .then().statusCode(200).extract().asByteArray());
        String docx = docxText(api().accept(DOCX).get("/api/v1/meetings/{id}/minutes.docx", before).then()
                .statusCode(200).extract().asByteArray());
        for (String record : List.of(minutes, resolution, docx)) {
            assertTrue(record.contains(oldName.toUpperCase(vi)), record);
            assertTrue(record.contains("ĐẢNG BỘ XÃ BÌNH LƯ"), record);
            assertTrue(record.contains("Đảng bộ xã Bình Lư (để báo cáo)"), "sent to the committee above it then: " + record);
            assertFalse(record.contains(newName.toUpperCase(vi)), record);
            assertFalse(record.contains(committeeName.toUpperCase(vi)), record);
        }
    }

    @Test
    @AsCommuneStaff
    void concurrentApprovalsInACellNeverShareANumber() {
        CellFixture c = cellWithSecretary();
        int meetings = 4;
        List<UUID> ids = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < meetings; i++) {
            OffsetDateTime start = CellFixture.hoursAgo(3 + 24 * i);
            UUID id = schedule(c, start);
            ids.add(id);
            versions.add(record(c, id, start, true, true));
        }
        List<Response> answers = Race.run(meetings, i -> api().body(Map.of("version", versions.get(i)))
                .post("/api/v1/meetings/{id}/minutes/approve", ids.get(i)));
        // The cell's row lock makes them take turns: every approval succeeds, each with its own number.
        Set<String> numbers = new HashSet<>();
        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
            assertTrue(numbers.add(answer.path("number")), "duplicate " + answer.asString());
        }
        assertEquals(Set.of("01-BB/CB", "02-BB/CB", "03-BB/CB", "04-BB/CB"), numbers);
    }

    private static Set<String> pdfFonts(byte[] pdf) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) names.add(resources.getFont(name).getName());
            }
        }
        return names;
    }
}
