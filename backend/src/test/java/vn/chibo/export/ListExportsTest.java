package vn.chibo.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * The committee lists as spreadsheets (issue 10 §6): each file holds the list's rows in the list's order
 * under its Vietnamese header, formula-like text is neutralised, and a caller outside the subtree gets none.
 */
@QuarkusTest
class ListExportsTest extends ApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    /**
     * A fresh committee with a cell named like a formula, with a member named so too, whose regular meeting of 20 November 2026 is held,
     * self-evaluated and submitted, and visited by the commune's staff with a formula-like comment.
     */
    private record Fixture(UUID committee, UUID meeting) {}

    private Fixture formulaFixture() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture.create(committee);
        UUID cell = UUID.fromString(api().body(Map.of("name", HYPERLINK, "typeCode", "CHI_BO_TRUC_THUOC",
                "categoryCode", "THON_BAN_TDP", "parentId", committee.toString(), "validFrom", "2020-01-01"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id"));
        api().body(Map.of("fullName", HYPERLINK, "gender", "FEMALE", "birthYear", 1990, "admissionDate", "2015-05-19",
                "officialDate", "2016-05-19", "organizationId", cell.toString(), "joinedOn", "2020-01-01"))
                .post("/api/v1/members").then().statusCode(201);
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, VIETNAM);
        String meeting = api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(start), "place", "+1+2"))
                .post("/api/v1/organizations/{id}/meetings", cell).then().statusCode(201).extract().path("id");
        CellFixture.hold(UUID.fromString(meeting), start, 90);
        CellFixture.selfEvaluate(UUID.fromString(meeting));
        api().body(Map.of("comments", HYPERLINK)).post("/api/v1/meetings/{id}/visits", meeting).then().statusCode(201);
        return new Fixture(committee, UUID.fromString(meeting));
    }

    /**
     * Downloads the list's XLSX and CSV with the list's filters and checks them against the list itself:
     * the header, one row per item in the list's order (the column {@code column} holding {@code field}).
     */
    private List<List<String>> assertFileIsTheList(String list, String items, UUID org, Map<String, ?> filters,
                                                   List<String> header, String field, int column) throws IOException {
        return assertFileIsTheList(list, list, items, org, filters, header, field, column);
    }

    /** As above, for a file whose path is not the list's path with an extension. */
    private List<List<String>> assertFileIsTheList(String list, String file, String items, UUID org,
                                                   Map<String, ?> filters, List<String> header, String field,
                                                   int column) throws IOException {
        // A meeting's page is not paged: it refuses a size like any parameter it does not read.
        var request = list.equals("/api/v1/meetings/{id}") ? api() : api().queryParam("size", 200);
        JsonPath json = request.queryParams(filters).get(list, org).then().statusCode(200)
                .extract().jsonPath();
        List<String> expected = json.getList(items + "." + field, String.class).stream()
                .map(v -> v.startsWith("=") || v.startsWith("+") ? "'" + v : v).toList();
        assertTrue(!expected.isEmpty(), list + " has rows to compare");

        byte[] xlsx = api().accept(XLSX + ", application/problem+json").queryParams(filters).get(file + ".xlsx", org)
                .then().statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (Row row : sheet) rows.add(SheetRows.texts(row));
        }
        assertEquals(header, rows.get(0).subList(0, header.size()), list + " header");
        assertEquals(expected, rows.subList(1, rows.size()).stream().map(r -> r.get(column)).toList(), list + " rows");

        byte[] csv = api().accept("text/csv, application/problem+json").queryParams(filters).get(file + ".csv", org)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertTrue(csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF, "a UTF-8 byte order mark");
        List<List<String>> csvRows = Rfc4180.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertEquals(header, csvRows.get(0).subList(0, header.size()));
        assertEquals(expected, csvRows.subList(1, csvRows.size()).stream().map(r -> r.get(column)).toList());

        Tokens.actAs("bithu.binh", "secretary");
        // The verification queue is for ADMIN and STAFF (x-roles): a secretary is refused by role before scope.
        String refusal = file.endsWith("/verifications") ? "not-permitted" : "out-of-scope";
        for (String format : List.of(".xlsx", ".csv")) {
            api().accept(XLSX + ", text/csv, application/problem+json").queryParams(filters).get(file + format, org)
                    .then().statusCode(403).body("code", equalTo(refusal));
        }
        Tokens.reset();
        return rows;
    }

    private static boolean anyCell(List<List<String>> rows, String value) {
        return rows.stream().anyMatch(r -> r.contains(value));
    }

    @Test
    @AsCommuneStaff
    void theMeetingsOfASubtreeAreExportedAsTheCalendarListsThem() throws IOException {
        UUID committee = formulaFixture().committee();
        List<List<String>> rows = assertFileIsTheList("/api/v1/organizations/{id}/meetings", "items", committee,
                Map.of("includeSubtree", true, "from", "2026-11-01", "to", "2026-11-30"),
                List.of("Chi bộ", "Loại buổi sinh hoạt", "Nội dung", "Ngày"), "organizationName", 0);
        assertTrue(anyCell(rows, "'" + HYPERLINK) && anyCell(rows, "'+1+2"), rows.toString());
    }

    @Test
    @AsCommuneStaff
    void theVerificationListIsExportedWithItsFilters() throws IOException {
        UUID committee = formulaFixture().committee();
        List<List<String>> rows = assertFileIsTheList("/api/v1/organizations/{id}/verifications", "items", committee,
                Map.of("status", "SUBMITTED"), List.of("Chi bộ", "Loại buổi sinh hoạt", "Ngày họp", "Trạng thái"),
                "organizationName", 0);
        assertTrue(anyCell(rows, "'" + HYPERLINK), rows.toString());
    }

    @Test
    @AsCommuneStaff
    void theEvaluationReportsCellRowsAreExported() throws IOException {
        UUID committee = formulaFixture().committee();
        List<List<String>> rows = assertFileIsTheList("/api/v1/organizations/{id}/evaluation-report", "cellGaps",
                committee, Map.of("from", "2026-11-01", "to", "2026-11-30"),
                List.of("Chi bộ", "Số buổi được đánh giá", "Điểm tự chấm bình quân"), "organizationName", 0);
        assertTrue(anyCell(rows, "'" + HYPERLINK), rows.toString());
    }

    @Test
    @AsCommuneStaff
    void theTopicalPlanInboxIsExportedWithItsFilters() throws IOException {
        UUID committee = formulaFixture().committee();
        List<List<String>> rows = assertFileIsTheList("/api/v1/organizations/{id}/topical-plans", "cells", committee,
                Map.of("year", 2026), List.of("Chi bộ", "Trạng thái kế hoạch", "Chậm nộp"), "organizationName", 0);
        assertTrue(anyCell(rows, "'" + HYPERLINK), rows.toString());
        api().accept(XLSX + ", application/problem+json").get("/api/v1/organizations/{id}/topical-plans.xlsx", committee)
                .then().statusCode(400).body("errors[0].field", containsString("year"));
    }

    @Test
    @AsCommuneStaff
    void theMonthlyScheduleIsExported() throws IOException {
        UUID committee = formulaFixture().committee();
        List<List<String>> rows = assertFileIsTheList("/api/v1/organizations/{id}/monthly-schedules/2026-11", "entries",
                committee, Map.of(), List.of("Chi bộ", "Loại buổi sinh hoạt", "Ngày", "Giờ", "Địa điểm"),
                "organizationName", 0);
        assertTrue(anyCell(rows, "'+1+2"), rows.toString());
    }

    @Test
    @AsCommuneStaff
    void theSupervisionVisitsAreExported() throws IOException {
        UUID committee = formulaFixture().committee();
        List<List<String>> rows = assertFileIsTheList("/api/v1/organizations/{id}/visits", "items", committee,
                Map.of("from", "2026-01-01", "to", "2026-12-31"), List.of("Chi bộ", "Ngày dự", "Người dự"), "cellName", 0);
        assertTrue(anyCell(rows, "'" + HYPERLINK), rows.toString());
    }

    @Test
    @AsCommuneStaff
    void theSupervisionCoverageIsExportedWithItsFilters() throws IOException {
        UUID committee = formulaFixture().committee();
        List<List<String>> rows = assertFileIsTheList("/api/v1/organizations/{id}/supervision-coverage", "cells",
                committee, Map.of("year", 2026, "quarter", 4), List.of("Chi bộ", "Số lần được dự", "Số lần phải dự", "Đạt"),
                "organizationName", 0);
        assertTrue(anyCell(rows, "'" + HYPERLINK), rows.toString());
    }

    @Test
    @AsCommuneStaff
    void theRollCallOfAMeetingIsExportedAsTheMeetingPageListsIt() throws IOException {
        UUID meeting = formulaFixture().meeting();
        List<List<String>> rows = assertFileIsTheList("/api/v1/meetings/{id}", "/api/v1/meetings/{id}/attendance", "attendance", meeting,
                Map.of(), List.of("Họ và tên", "Điểm danh", "Lý do vắng"), "fullName", 0);
        assertTrue(anyCell(rows, "'" + HYPERLINK), rows.toString());
    }

    @Test
    @AsCommuneStaff
    void unknownParametersAreRefusedNamingThem() {
        for (String list : List.of("meetings", "verifications", "evaluation-report", "visits", "supervision-coverage",
                "monthly-schedules/2026-11")) {
            api().accept(XLSX + ", application/problem+json").queryParam("page", 1)
                    .get("/api/v1/organizations/{id}/" + list + ".xlsx", org("LCH-BL")).then().statusCode(400)
                    .body("errors[0].field", equalTo("page"));
        }
    }
}
