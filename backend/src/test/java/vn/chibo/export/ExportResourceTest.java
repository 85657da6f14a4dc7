package vn.chibo.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsStranger;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** Spreadsheet exports of the dashboard grid and the member list: content, neutralised text, scope, bad input. */
@QuarkusTest
class ExportResourceTest extends ApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String GRID = "/api/v1/organizations/{id}/dashboard/cells";
    private static final String MEMBERS = "/api/v1/organizations/{id}/members";

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    private RequestSpecification download(String mediaType) {
        return api().accept(mediaType + ", application/problem+json");
    }

    /** A fresh committee with a cell of five members and a cell named like a formula. */
    private UUID committeeWithAFormulaNamedCell() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture.create(committee);
        api().body(Map.of("name", HYPERLINK, "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "THON_BAN_TDP",
                "parentId", committee.toString(), "validFrom", "2020-01-01")).post("/api/v1/organizations").then()
                .statusCode(201);
        return committee;
    }

    private void addMember(UUID cell, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("gender", "FEMALE");
        body.put("birthYear", 1990);
        body.put("admissionDate", "2015-05-19");
        body.put("officialDate", "2016-05-19");
        body.put("organizationId", cell.toString());
        body.put("joinedOn", "2020-01-01");
        api().body(body).post("/api/v1/members").then().statusCode(201);
    }

    private static XSSFSheet sheetOf(byte[] bytes) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return book.getSheetAt(0);
        }
    }

    private static List<List<String>> csvOf(byte[] bytes) {
        assertTrue(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF,
                "the CSV starts with a UTF-8 byte order mark");
        return Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    @AsCommuneStaff
    void theGridXlsxHasTheScreensRowsUnderAFrozenFilteredVietnameseHeader() throws IOException {
        UUID committee = committeeWithAFormulaNamedCell();
        int total = api().queryParam("period", "2026-11").get(GRID, committee).then().statusCode(200).extract().path("total");
        assertEquals(2, total);

        ExtractableResponse<Response> answer = download(XLSX).queryParam("period", "2026-11").queryParam("sort", "-name")
                .get(GRID + ".xlsx", committee).then().statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", containsString("2026-11.xlsx"))
                .header("Content-Disposition", containsString("filename*=UTF-8''Chi%20b%E1%BB%99%20-%20"))
                .extract();
        XSSFSheet sheet = sheetOf(answer.asByteArray());
        assertEquals(List.of("Chi bộ", "Trực thuộc", "Sinh hoạt thường kỳ tháng 11/2026", "Đủ các tháng",
                "Số buổi chuyên đề", "Tỷ lệ đảng viên dự họp", "Xếp loại gần nhất", "Thẩm định quá hạn",
                "Nhiệm vụ quá hạn", "Tổng việc quá hạn", "Lần kiểm tra, giám sát gần nhất"), SheetRows.texts(sheet.getRow(0)));
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertEquals("A1:K3", sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(total + 1, sheet.getPhysicalNumberOfRows());
        List<String> names = List.of(sheet.getRow(1).getCell(0).getStringCellValue(),
                sheet.getRow(2).getCell(0).getStringCellValue());
        assertTrue(names.contains("'" + HYPERLINK), names.toString());
        Row any = sheet.getRow(1);
        assertEquals(CellType.NUMERIC, any.getCell(4).getCellType(), "topical sessions are a number");
        assertEquals("Không", any.getCell(2).getStringCellValue());
    }

    @Test
    @AsCommuneStaff
    void theGridCsvHasTheSameRowsAndTheFiltersOfTheScreen() {
        UUID committee = committeeWithAFormulaNamedCell();
        List<List<String>> all = csvOf(download("text/csv").queryParam("period", "2026-Q4").get(GRID + ".csv", committee)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray());
        assertEquals(3, all.size());
        assertEquals(List.of("Chi bộ", "Trực thuộc", "Sinh hoạt thường kỳ tháng 10/2026",
                "Sinh hoạt thường kỳ tháng 11/2026", "Sinh hoạt thường kỳ tháng 12/2026"), all.get(0).subList(0, 5));
        assertTrue(all.stream().anyMatch(r -> r.get(0).equals("'" + HYPERLINK)));

        List<List<String>> filtered = csvOf(download("text/csv").queryParam("period", "2026-Q4").queryParam("q", "hyperlink")
                .get(GRID + ".csv", committee).then().statusCode(200).extract().asByteArray());
        assertEquals(2, filtered.size());
        assertEquals("'" + HYPERLINK, filtered.get(1).get(0));
    }

    @Test
    @AsCommuneStaff
    void theMemberExportsHoldEveryMemberOfEveryPageWithFormulaNamesNeutralised() throws IOException {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        addMember(cell.cellId, HYPERLINK);
        addMember(cell.cellId, "+1+2");
        int total = api().queryParam("size", 1).get(MEMBERS, cell.cellId).then().statusCode(200).extract().path("total");
        assertEquals(7, total);

        XSSFSheet sheet = sheetOf(download(XLSX).get(MEMBERS + ".xlsx", cell.cellId).then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"Dang_vien_-_Chi_bo_thu_"))
                .extract().asByteArray());
        assertEquals(List.of("Họ và tên", "Năm sinh", "Giới tính", "Số thẻ đảng viên", "Ngày vào Đảng", "Tình trạng",
                "Hình thức sinh hoạt", "Chi bộ", "Chức vụ"), SheetRows.texts(sheet.getRow(0)));
        assertEquals(total + 1, sheet.getPhysicalNumberOfRows());
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= total; i++) names.add(sheet.getRow(i).getCell(0).getStringCellValue());
        assertTrue(names.contains("'" + HYPERLINK), names.toString());
        assertTrue(names.contains("'+1+2"), names.toString());
        Row formula = sheet.getRow(1 + names.indexOf("'" + HYPERLINK));
        assertEquals(CellType.STRING, formula.getCell(0).getCellType());
        assertEquals(1990, formula.getCell(1).getNumericCellValue());
        assertEquals("Nữ", formula.getCell(2).getStringCellValue());
        assertEquals("2015-05-19", formula.getCell(4).getLocalDateTimeCellValue().toLocalDate().toString());
        assertEquals("Chính thức", formula.getCell(5).getStringCellValue());

        List<List<String>> csv = csvOf(download("text/csv").queryParam("includeSubtree", true)
                .get(MEMBERS + ".csv", committee).then().statusCode(200).extract().asByteArray());
        assertEquals(total + 1, csv.size());
        List<String> csvNames = csv.stream().map(r -> r.get(0)).toList();
        assertTrue(csvNames.contains("'" + HYPERLINK) && csvNames.contains("'+1+2"), csvNames.toString());
        assertTrue(csv.stream().anyMatch(r -> r.get(5).equals("Miễn sinh hoạt")));
    }

    @Test
    @AsCommuneStaff
    void aCallerOutsideTheSubtreeGetsNoExport() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Tokens.actAs("bithu.binh", "secretary");
        for (String path : List.of(GRID + ".xlsx", GRID + ".csv", MEMBERS + ".xlsx", MEMBERS + ".csv")) {
            download(path.endsWith("xlsx") ? XLSX : "text/csv").get(path, committee).then().statusCode(403)
                    .body("code", equalTo("out-of-scope"));
        }
    }

    @Test
    @AsStranger
    void aCallerWithoutAppointmentsGetsNoExport() {
        download(XLSX).get(MEMBERS + ".xlsx", org("LCH")).then().statusCode(403).body("code", equalTo("out-of-scope"));
        download(XLSX).get(GRID + ".xlsx", org("LCH")).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsCommuneStaff
    void unknownParametersPagingAndBadValuesAreRefusedNamingTheParameter() {
        UUID commune = org("LCH-BL");
        download(XLSX).queryParam("page", 0).get(GRID + ".xlsx", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        download("text/csv").queryParam("periode", "2026-11").get(GRID + ".csv", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("periode"));
        download(XLSX).queryParam("regime", "SOMETIMES").get(GRID + ".xlsx", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("regime"));
        download(XLSX).queryParam("period", "2027").get(GRID + ".xlsx", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        download("text/csv").queryParam("size", 5).get(MEMBERS + ".csv", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        download(XLSX).queryParam("sort", "age").get(MEMBERS + ".xlsx", commune).then().statusCode(400);
        download(XLSX).get(MEMBERS + ".xlsx", UUID.randomUUID()).then().statusCode(404);
    }
}
