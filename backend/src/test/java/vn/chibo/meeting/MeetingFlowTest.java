package vn.chibo.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;

@QuarkusTest
class MeetingFlowTest extends ApiTest {

    private CellFixture cell() {
        return CellFixture.create(org("LCH-BL"));
    }

    @DisplayName("BR-H2, BR-H3, BR-H7, BR-R3, BR-R6: a whole meeting from schedule to locked minutes and printed records")
    @Test
    @AsCommuneStaff
    void aWholeMeetingFromScheduleToLockedMinutesAndPrintedRecords() throws IOException {
        CellFixture c = cell();
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID id = UUID.fromString(api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(start),
                        "place", "Nhà văn hóa bản Nà Khoang", "chairId", c.an.toString()))
                .post("/api/v1/organizations/{id}/meetings", c.cellId).then().statusCode(201)
                .body("status", equalTo("PLANNED")).body("agenda.kind", hasItem("LAST_MONTH_REVIEW"))
                .body("attendance", hasSize(4)).body("notExpected[0].why", equalTo("EXEMPT"))
                .body("policy.minDurationMinutes", equalTo(90)).extract().path("id"));

        api().body(Map.of("version", CellFixture.version(id))).post("/api/v1/meetings/{id}/notify", id).then()
                .statusCode(200).body("status", equalTo("NOTIFIED")).body("history.kind", hasItem("NOTIFIED"));

        CellFixture.attend(id, c.an, "PRESENT");
        CellFixture.attend(id, c.binh, "PRESENT");
        CellFixture.attend(id, c.probationary, "PRESENT");
        api().body(Map.of("status", "ABSENT_EXCUSED", "reasonCategory", "ILLNESS", "reasonText", "Nằm viện"))
                .put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.cuong).then().statusCode(200)
                .body("status", equalTo("ABSENT_EXCUSED")).body("version", equalTo(1));

        api().body(Map.of("memberId", c.an.toString(), "summary", "Đề nghị đẩy mạnh làm đường giao thông nông thôn."))
                .post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
        api().body(Map.of("memberId", c.probationary.toString(), "summary", "Ý kiến về phong trào thanh niên."))
                .post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201).body("speakerName", containsString("Lù Thị Dự"));
        api().body(Map.of("memberId", c.cuong.toString())).post("/api/v1/meetings/{id}/speeches", id).then()
                .statusCode(409).body("code", equalTo("speaker-not-present"));

        api().body(Map.of("subject", "Thông qua nghị quyết tháng", "method", "COUNT", "forCount", 3, "againstCount", 0,
                "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", id).then().statusCode(409)
                .body("code", equalTo("tally-exceeds-eligible"));
        api().body(Map.of("subject", "Thông qua nghị quyết tháng", "method", "NAMED", "ballots",
                List.of(Map.of("memberId", c.probationary.toString(), "choice", "FOR"))))
                .post("/api/v1/meetings/{id}/votes", id).then().statusCode(409).body("code", equalTo("vote-by-probationary"));
        api().body(Map.of("subject", "Thông qua nghị quyết tháng", "method", "COUNT", "forCount", 2, "againstCount", 0,
                "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", id).then().statusCode(201)
                .body("eligible", equalTo(2)).body("passed", is(true)).body("rule", equalTo("MAJORITY_OF_ELIGIBLE_PRESENT"));

        api().body(Map.of("version", CellFixture.version(id), "actualStart", CellFixture.iso(start),
                "actualEnd", CellFixture.iso(start.minusMinutes(5)))).post("/api/v1/meetings/{id}/times", id).then()
                .statusCode(400).body("errors[0].field", equalTo("actualEnd"));
        api().body(Map.of("version", CellFixture.version(id), "actualStart", CellFixture.iso(start),
                "actualEnd", CellFixture.iso(start.plusMinutes(100)))).post("/api/v1/meetings/{id}/times", id).then()
                .statusCode(200).body("status", equalTo("HELD")).body("figures.durationMinutes", equalTo(100))
                .body("figures.attendanceRate", equalTo(75.0f)).body("figures.speakingRate", equalTo(66.7f))
                .body("warnings.code", hasItem("attendance-below-target"))
                .body("warnings.code", not(hasItem("duration-below-minimum")));

        api().body(Map.of("version", 0, "kind", "RESOLUTION", "number", "07-NQ/CB", "sections", List.of(
                        Map.of("heading", "I. Đánh giá kết quả tháng trước", "body", "Hoàn thành các chỉ tiêu."),
                        Map.of("heading", "II. Nhiệm vụ tháng tới", "body", "Làm đường bê tông nội bản."))))
                .put("/api/v1/meetings/{id}/resolution", id).then().statusCode(200).body("version", equalTo(1));
        api().body(Map.of("title", "Vận động nhân dân hiến đất làm đường", "assigneeKind", "MEMBER",
                "assigneeMemberId", c.an.toString(), "dueDate", start.toLocalDate().minusDays(3).toString()))
                .post("/api/v1/meetings/{id}/tasks", id).then().statusCode(400).body("errors[0].field", equalTo("dueDate"));
        api().body(Map.of("title", "Vận động nhân dân hiến đất làm đường", "assigneeKind", "MEMBER",
                "assigneeMemberId", c.an.toString(), "dueDate", start.toLocalDate().plusDays(20).toString()))
                .post("/api/v1/meetings/{id}/tasks", id).then().statusCode(201).body("assigneeName", containsString("Lò Văn An"));
        api().body(Map.of("title", "Tổ chức ngày hội đại đoàn kết", "assigneeKind", "UNIT", "assigneeName", "Chi hội phụ nữ"))
                .post("/api/v1/meetings/{id}/tasks", id).then().statusCode(201);

        api().body(Map.of("version", 0, "freeText", "Đồng chí bí thư quán triệt nghị quyết của Đảng ủy xã.",
                "conclusions", "Chi bộ thống nhất các nhiệm vụ tháng tới.")).put("/api/v1/meetings/{id}/minutes", id)
                .then().statusCode(200).body("assembledText", containsString("Vắng mặt có lý do: 1"))
                .body("assembledText", containsString("Nằm viện"));
        int minutesVersion = api().get("/api/v1/meetings/{id}/minutes", id).then().extract().path("version");
        api().body(Map.of("version", minutesVersion)).post("/api/v1/meetings/{id}/minutes/approve", id).then()
                .statusCode(409).body("code", equalTo("minutes-incomplete")).body("errors.field", equalTo(List.of("minuteTakerId")));
        api().body(Map.of("version", CellFixture.version(id), "minuteTakerId", c.binh.toString()))
                .patch("/api/v1/meetings/{id}", id).then().statusCode(200);
        api().body(Map.of("version", minutesVersion)).post("/api/v1/meetings/{id}/minutes/approve", id).then()
                .statusCode(200).body("approved", is(true));

        api().get("/api/v1/meetings/{id}", id).then().body("status", equalTo("APPROVED"));
        api().body(Map.of("version", minutesVersion, "freeText", "Sửa lại")).put("/api/v1/meetings/{id}/minutes", id)
                .then().statusCode(409).body("code", equalTo("minutes-locked"));
        api().body(Map.of("status", "PRESENT")).put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.cuong).then()
                .statusCode(409).body("code", equalTo("minutes-locked"));
        api().body(Map.of("reason", "Ghi nhầm tên", "text", "Đồng chí Bình là thư ký, không phải đồng chí Cường."))
                .post("/api/v1/meetings/{id}/minutes/corrections", id).then().statusCode(201)
                .body("corrections[0].reason", equalTo("Ghi nhầm tên"));

        String minutes = pdfText(api().accept("application/pdf").get("/api/v1/meetings/{id}/minutes.pdf", id).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertTrue(minutes.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), minutes);
        assertTrue(minutes.contains("BIÊN BẢN"), minutes);
        assertTrue(minutes.contains("ĐẢNG BỘ XÃ BÌNH LƯ"), minutes);
        assertTrue(minutes.contains("Nằm viện"), minutes);
        assertTrue(minutes.contains("đường giao thông nông thôn"), minutes);
        String resolution = pdfText(api().accept("application/pdf").get("/api/v1/meetings/{id}/resolution.pdf", id).then()
                .statusCode(200).extract().asByteArray());
        assertTrue(resolution.contains("NGHỊ QUYẾT"), resolution);
        // The number typed into the draft gives way to the one the cell's series gave at approval.
        assertTrue(resolution.contains("Số 01-NQ/CB"), resolution);
        assertTrue(resolution.contains("Vận động nhân dân hiến đất làm đường"), resolution);
    }

    @Test
    @AsCommuneStaff
    void postponeAndCancelKeepHistoryAndIllegalStepsAreRefused() {
        CellFixture c = cell();
        UUID id = c.schedule("TOPICAL", TestClock.local().plusDays(10).withNano(0));
        api().body(Map.of("version", CellFixture.version(id), "reason", "")).post("/api/v1/meetings/{id}/postpone", id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        OffsetDateTime later = TestClock.local().plusDays(17).withNano(0);
        api().body(Map.of("version", CellFixture.version(id), "reason", "Mùa gặt", "newStart", CellFixture.iso(later)))
                .post("/api/v1/meetings/{id}/postpone", id).then().statusCode(200).body("status", equalTo("POSTPONED"))
                .body("history.kind", hasItem("POSTPONED")).body("history.reason", hasItem("Mùa gặt"));
        api().body(Map.of("status", "PRESENT")).put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.an).then()
                .statusCode(409).body("code", equalTo("meeting-not-yet"));
        api().body(Map.of("version", CellFixture.version(id), "reason", "Lũ quét")).post("/api/v1/meetings/{id}/cancel", id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        api().body(Map.of("version", CellFixture.version(id))).post("/api/v1/meetings/{id}/notify", id).then()
                .statusCode(409).body("code", equalTo("illegal-transition")).body("detail", containsString("đã hủy"));
        api().body(Map.of("version", 0, "reason", "x")).post("/api/v1/meetings/{id}/cancel", id).then().statusCode(409);
    }

    @Test
    @AsCommuneStaff
    void brH4_attendanceIsOnlyForExpectedMembersAndDetectsStaleEdits() {
        CellFixture c = cell();
        UUID id = c.schedule("REGULAR", CellFixture.hoursAgo(2));
        api().body(Map.of("status", "PRESENT")).put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.exempt).then()
                .statusCode(409).body("code", equalTo("not-expected-member"));
        api().body(Map.of("status", "PRESENT")).put("/api/v1/meetings/{id}/attendance/{memberId}", id,
                memberOf("dangvien.an")).then().statusCode(409).body("code", equalTo("not-expected-member"));
        api().body(Map.of("status", "ABSENT_EXCUSED")).put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.an).then()
                .statusCode(400).body("errors[0].field", equalTo("reasonCategory"));
        api().body(Map.of("status", "PRESENT", "version", 0)).put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.an)
                .then().statusCode(200).body("version", equalTo(1));
        api().body(Map.of("status", "ABSENT_UNEXCUSED", "version", 0))
                .put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.an).then().statusCode(409)
                .body("code", equalTo("version-conflict")).body("currentVersion", equalTo(1));
        api().body(Map.of("status", "ABSENT_UNEXCUSED", "version", 1))
                .put("/api/v1/meetings/{id}/attendance/{memberId}", id, c.an).then().statusCode(200);
        api().get("/api/v1/meetings/{id}", id).then().body("warnings.code", hasItem("unexcused-absence"));
    }

    @Test
    @AsCommuneStaff
    void meetingsOnlyForOpenCells() {
        api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(CellFixture.hoursAgo(1))))
                .post("/api/v1/organizations/{id}/meetings", org("LCH-BL")).then().statusCode(409)
                .body("code", equalTo("not-a-cell"));
        UUID closed = UUID.fromString(api().body(Map.of("name", unique("Chi bộ giải thể"), "typeCode", "CHI_BO_TRUC_THUOC",
                "categoryCode", "XA", "parentId", org("LCH-BL").toString())).post("/api/v1/organizations").then()
                .extract().path("id"));
        api().body(Map.of("version", orgVersion(closed), "closedOn", TestClock.TODAY.toString()))
                .post("/api/v1/organizations/{id}/close", closed).then().statusCode(200);
        api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(CellFixture.hoursAgo(1))))
                .post("/api/v1/organizations/{id}/meetings", closed).then().statusCode(409)
                .body("code", equalTo("organization-closed"));
        api().body(Map.of("type", "MONTHLY", "scheduledStart", "tomorrow"))
                .post("/api/v1/organizations/{id}/meetings", org("LCH-BL-NN")).then().statusCode(400);
    }

    @Test
    @AsCommuneStaff
    void brP1_aSecondRegularMeetingIsWarnedOrRefusedPerPolicy() {
        CellFixture c = cell();
        OffsetDateTime first = TestClock.local().plusMonths(2).withDayOfMonth(4).withHour(19)
                .withMinute(30).withSecond(0).withNano(0);
        c.schedule("REGULAR", first);
        api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(first.plusDays(10))))
                .post("/api/v1/organizations/{id}/meetings", c.cellId).then().statusCode(201)
                .body("warnings.code", hasItem("second-regular-in-month"));
        api().body(Map.ofEntries(Map.entry("issuerOrganizationId", c.cellId.toString()), Map.entry("validFrom", "2020-01-01"),
                        Map.entry("attendanceTargetPercent", 90), Map.entry("maxConsecutiveExcusedAbsences", 3),
                        Map.entry("speakingTargetPercent", 30), Map.entry("minDurationMinutes", 90),
                        Map.entry("combinedMinDurationMinutes", 120), Map.entry("documentLeadDays", 1),
                        Map.entry("maxDocumentBytes", 2048), Map.entry("voteRule", "MAJORITY_OF_VOTES_CAST"),
                        Map.entry("secondRegularInMonth", "REFUSE"), Map.entry("verificationDueDays", 10)))
                .post("/api/v1/policies").then().statusCode(201);
        api().get("/api/v1/organizations/{id}/policy", c.cellId).then().statusCode(200)
                .body("attendanceTargetPercent", equalTo(90)).body("secondRegularInMonth", equalTo("REFUSE"))
                .body("verificationDueDays", equalTo(10));
        api().body(Map.of("type", "COMBINED", "scheduledStart", CellFixture.iso(first.plusDays(12))))
                .post("/api/v1/organizations/{id}/meetings", c.cellId).then().statusCode(409)
                .body("code", equalTo("second-regular-in-month"));
        api().get("/api/v1/organizations/{id}/policy", org("LCH-BL-NN")).then().body("attendanceTargetPercent", equalTo(85));
    }

    @Test
    @AsCommuneStaff
    void brM4_documentsAreCheckedByContentAndSizeAndFlaggedWhenLate() {
        CellFixture c = cell();
        UUID id = c.schedule("REGULAR", CellFixture.hoursAgo(2));
        byte[] pdf = "%PDF-1.4\n% Tài liệu sinh hoạt\n".getBytes();
        String docId = api().contentType("multipart/form-data").multiPart("file", "tai-lieu thang.pdf", pdf, "application/pdf")
                .multiPart("kind", "MATERIAL").post("/api/v1/meetings/{id}/documents", id).then().statusCode(201)
                .body("late", is(true)).body("sha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .extract().path("id");
        byte[] back = api().accept("application/octet-stream").get("/api/v1/meetings/{id}/documents/{d}", id, docId).then()
                .statusCode(200).extract().asByteArray();
        assertEquals(new String(pdf), new String(back));
        api().contentType("multipart/form-data").multiPart("file", "virus.pdf", "MZ\u0090\u0000".getBytes(), "application/pdf")
                .post("/api/v1/meetings/{id}/documents", id).then().statusCode(415).body("code", equalTo("document-type"));
        api().contentType("multipart/form-data").multiPart("file", "lon.pdf", new byte[11 * 1024 * 1024], "application/pdf")
                .post("/api/v1/meetings/{id}/documents", id).then().statusCode(413).body("code", equalTo("document-too-large"));
        api().get("/api/v1/meetings/{id}", id).then().body("documents", hasSize(1)).body("warnings.code", hasItem("documents-late"));
        api().delete("/api/v1/meetings/{id}/documents/{d}", id, docId).then().statusCode(204);
    }

    @Test
    @AsCommuneStaff
    void theYearsRegularMeetingsComeFromAPatternAndComplianceFollowsHeldMeetings() {
        CellFixture c = cell();
        int next = TestClock.TODAY.getYear() + 1;
        api().body(Map.of("year", next, "dayOfMonth", 31, "time", "19:30", "place", "Nhà văn hóa"))
                .post("/api/v1/organizations/{id}/meetings/recurring", c.cellId).then().statusCode(201)
                .body("", hasSize(12)).body("[1].scheduledStart", containsString(next + "-02-28T19:30"));
        api().body(Map.of("year", next, "dayOfMonth", 4, "time", "19:30"))
                .post("/api/v1/organizations/{id}/meetings/recurring", c.cellId).then().statusCode(201).body("", hasSize(0));
        api().body(Map.of("year", next, "dayOfMonth", 4, "time", "25:00"))
                .post("/api/v1/organizations/{id}/meetings/recurring", c.cellId).then().statusCode(400);

        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID held = c.schedule("COMBINED", start);
        CellFixture.hold(held, start, 125);
        int month = start.getMonthValue();
        api().queryParam("year", start.getYear()).get("/api/v1/organizations/{id}/compliance", c.cellId).then()
                .statusCode(200).body("months[" + (month - 1) + "].regularHeld", is(true))
                .body("quarters[" + ((month - 1) / 3) + "].topicalHeld", is(true));
        api().queryParam("from", start.toLocalDate().minusDays(1).toString()).queryParam("includeSubtree", true)
                .get("/api/v1/organizations/{id}/meetings", org("LCH-BL")).then().statusCode(200)
                .body("items.id", hasItem(held.toString()));
    }

    @Test
    @AsCommuneStaff
    void brH5_repeatedExcusedAbsencesAreFlagged() {
        CellFixture c = cell();
        int year = TestClock.TODAY.getYear();
        UUID last = null;
        for (int month = 1; month <= 4; month++) {
            OffsetDateTime start = OffsetDateTime.of(year, month, 5, 19, 30, 0, 0, java.time.ZoneOffset.ofHours(7));
            last = c.schedule("REGULAR", start);
            CellFixture.attend(last, c.cuong, "ABSENT_EXCUSED");
            CellFixture.hold(last, start, 95);
        }
        api().get("/api/v1/meetings/{id}", last).then()
                .body("attendance.find { it.memberId == '" + c.cuong + "' }.consecutiveExcusedAbsences", equalTo(4))
                .body("warnings.code", hasItem("repeated-excused-absence"));
    }

    @Test
    @AsCommuneStaff
    void twoPeopleEditingTheMinutesAtOnce() {
        CellFixture c = cell();
        UUID id = c.schedule("REGULAR", CellFixture.hoursAgo(2));
        api().body(Map.of("version", 0, "freeText", "Bản của người thứ nhất")).put("/api/v1/meetings/{id}/minutes", id)
                .then().statusCode(200).body("version", equalTo(1));
        api().body(Map.of("version", 0, "freeText", "Bản của người thứ hai")).put("/api/v1/meetings/{id}/minutes", id)
                .then().statusCode(409).body("code", equalTo("version-conflict")).body("currentVersion", equalTo(1));
        api().get("/api/v1/meetings/{id}/minutes", id).then().body("freeText", equalTo("Bản của người thứ nhất"));
    }

    @Test
    @AsCommuneStaff
    void aCalendarFeedWorksWithoutSignInAndChangesWhenAMeetingMoves() {
        CellFixture c = cell();
        UUID id = c.schedule("REGULAR", TestClock.local().plusDays(3).withNano(0));
        String url = api().body(Map.of("scope", "CELL", "organizationId", c.cellId.toString()))
                .post("/api/v1/calendar-feeds").then().statusCode(201).extract().path("url");
        String path = url.substring(url.indexOf("/api/v1/"));
        String before = io.restassured.RestAssured.given().get(path).then().statusCode(200)
                .contentType(containsString("text/calendar")).body(containsString("BEGIN:VCALENDAR"))
                .body(containsString("SUMMARY:Sinh hoạt chi bộ thường kỳ")).extract().asString();
        api().body(Map.of("version", CellFixture.version(id), "reason", "Trùng lịch",
                "newStart", CellFixture.iso(TestClock.local().plusDays(5).withNano(0))))
                .post("/api/v1/meetings/{id}/postpone", id).then().statusCode(200);
        String after = io.restassured.RestAssured.given().get(path).then().statusCode(200).extract().asString();
        assertTrue(!before.equals(after) && after.contains("SEQUENCE:"), after);
        io.restassured.RestAssured.given().get("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").then().statusCode(404);
    }

    @Test
    @AsCommuneStaff
    void theAgendaCanBeRewrittenAndTemplatesAreData() {
        api().queryParam("type", "TOPICAL").get("/api/v1/agenda-templates").then().statusCode(200)
                .body("[0].items.kind", hasItem("TOPIC"));
        CellFixture c = cell();
        UUID id = c.schedule("REGULAR", CellFixture.hoursAgo(1));
        api().body(Map.of("version", CellFixture.version(id), "items", List.of(
                Map.of("part", "OPENING", "kind", "OPENING_PURPOSE", "title", "Khai mạc"),
                Map.of("part", "CONTENT", "kind", "NEWS", "title", "Thông tin thời sự", "presenterId", c.an.toString()))))
                .put("/api/v1/meetings/{id}/agenda", id).then().statusCode(200).body("agenda", hasSize(2))
                .body("agenda[1].presenter.id", equalTo(c.an.toString()));
        api().body(Map.of("version", 0, "items", List.of())).put("/api/v1/meetings/{id}/agenda", id).then()
                .statusCode(409).body("code", equalTo("version-conflict"));
        int afterAgenda = api().get("/api/v1/meetings/{id}", id).then().extract().path("version");
        api().body(Map.of("version", afterAgenda, "items", List.of(Map.of("part", "CLOSING", "kind", "OTHER", "title", "Bế mạc"))))
                .put("/api/v1/meetings/{id}/agenda", id).then().statusCode(200).body("version", equalTo(afterAgenda + 1));
        api().body(Map.of("version", 0, "kind", "CONCLUSION", "sections", List.of())).put("/api/v1/meetings/{id}/resolution", id)
                .then().statusCode(200).body("version", equalTo(1));
        api().body(Map.of("version", 1, "kind", "CONCLUSION", "sections", List.of(Map.of("heading", "Kết luận", "body", "Đồng ý"))))
                .put("/api/v1/meetings/{id}/resolution", id).then().statusCode(200).body("version", equalTo(2));
        api().get("/api/v1/meetings/{id}/resolution", id).then().body("version", equalTo(2));
    }

    private static String pdfText(byte[] bytes) throws IOException {
        assertTrue(bytes.length > 100, "a PDF of " + bytes.length + " bytes");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
