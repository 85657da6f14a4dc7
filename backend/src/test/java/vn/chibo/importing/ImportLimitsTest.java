package vn.chibo.importing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.Tokens;

/**
 * One upload must not take the service down: files that unpack too far or have the wrong shape are
 * refused under the default limits (chibo.import.*), and the service goes on answering everyone.
 * The limits themselves, met and passed by one, are tested in {@link SpreadsheetReaderLimitsTest}.
 */
@QuarkusTest
class ImportLimitsTest extends ApiTest {
    private static final String HEADER = "Họ và tên,Giới tính,Ngày vào Đảng";

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    private RequestSpecification upload(String fileName, byte[] content) {
        return api().contentType("multipart/form-data")
                .multiPart("file", fileName, content, "application/octet-stream")
                .multiPart("kind", "MEMBERS")
                .multiPart("organizationId", org("LCH-BL-NK").toString());
    }

    private static String[] memberHeader(int columns) {
        List<String> cells = new ArrayList<>(List.of("Họ và tên", "Giới tính", "Ngày vào Đảng"));
        while (cells.size() < columns) cells.add("Ghi chú " + cells.size());
        return cells.toArray(String[]::new);
    }

    @Test
    void aSharedStringsBombIsRefusedWhileSavedWorkAndOtherPeopleAreUnaffected() throws IOException {
        Tokens.actAs("bithu.an", "secretary");
        String saved = upload("ds.csv", (HEADER + "\nLò Văn Trước Bom,Nam,2010-01-01\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(201).extract().path("id");
        // 60 million characters that deflate to tens of kilobytes.
        byte[] bomb = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, memberHeader(3))),
                out -> { out.write("<si><t>"); XlsxBytes.repeat(out, 'a', 60_000_000); out.write("</t></si>"); });
        upload("bom.xlsx", bomb).post("/api/v1/imports").then().statusCode(413)
                .body("code", equalTo("import-compression-ratio")).body("detail", containsString("100 lần"));

        api().get("/api/v1/imports/{id}", saved).then().statusCode(200).body("rows[0].values.fullName",
                equalTo("Lò Văn Trước Bom"));
        Tokens.actAs("canbo.xa", "staff");
        api().get("/api/v1/me").then().statusCode(200).body("username", equalTo("canbo.xa"));
        api().get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then().statusCode(200);
    }

    @Test
    void aWorkbookThatUnpacksPastTwentyMegabytesIsRefusedAsTooLarge() throws IOException {
        Tokens.actAs("bithu.an", "secretary");
        // Phonetic runs are parsed but never kept, and phrases pass no compression-ratio guard:
        // only the limit on the total unpacked bytes stops this file.
        byte[] big = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, memberHeader(3))),
                out -> { out.write("<si><t>a</t><rPh><t>"); XlsxBytes.phrases(out, 22_000_000, 7); out.write("</t></rPh></si>"); });
        upload("lon.xlsx", big).post("/api/v1/imports").then().statusCode(413)
                .body("code", equalTo("import-unpacked-too-large")).body("detail", containsString("20.971.520 byte"));
    }

    @Test
    void aSheetOfMoreThanTwentyThousandRowsIsRefused() throws IOException {
        Tokens.actAs("bithu.an", "secretary");
        byte[] rows = XlsxBytes.workbook(out -> {
            out.write(XlsxBytes.row(1, memberHeader(3)));
            for (int r = 2; r <= 20_002; r++) out.write(XlsxBytes.row(r, "Người " + r, "Nam", "2010-01-01"));
        }, null);
        upload("dong.xlsx", rows).post("/api/v1/imports").then().statusCode(422)
                .body("code", equalTo("import-too-many-rows")).body("detail", containsString("20.000 dòng"));
    }

    @Test
    void aSheetTwoThousandColumnsWideIsRefusedAtItsFirstRow() throws IOException {
        Tokens.actAs("bithu.an", "secretary");
        byte[] wide = XlsxBytes.workbook(out -> {
            for (int r = 1; r <= 50; r++) out.write(XlsxBytes.row(r, memberHeader(2_000)));
        }, null);
        apiEnglishUpload("rong.xlsx", wide).post("/api/v1/imports").then().statusCode(422)
                .body("code", equalTo("import-too-many-columns"))
                .body("detail", equalTo("Row 1 has data in more than 100 columns."));
    }

    @Test
    void aCellLongerThanTwoThousandCharactersIsRefused() throws IOException {
        Tokens.actAs("bithu.an", "secretary");
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, memberHeader(4))
                + XlsxBytes.row(2, "Lò Văn Dài", "Nam", "2010-01-01", "x".repeat(2_001))), null);
        upload("dai.xlsx", xlsx).post("/api/v1/imports").then().statusCode(422)
                .body("code", equalTo("import-cell-too-long"))
                .body("detail", equalTo("Một ô ở dòng 2 dài hơn 2.000 ký tự."));
    }

    @Test
    void aCsvWithTooManyColumnsIsRefused() {
        Tokens.actAs("bithu.an", "secretary");
        String csv = HEADER + "\nLò Văn Phẩy,Nam,2010-01-01" + ",".repeat(500_000) + "\n";
        upload("phay.csv", csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(422)
                .body("code", equalTo("import-too-many-columns"))
                .body("detail", equalTo("Dòng 2 có dữ liệu ở quá 100 cột."));
    }

    @Test
    void aSheetJustInsideTheLimitsIsAccepted() throws IOException {
        Tokens.actAs("bithu.an", "secretary");
        String name = "Lò Văn Vừa " + UUID.randomUUID().toString().substring(0, 6);
        String[] row = new String[100];
        java.util.Arrays.fill(row, "");
        row[0] = name;
        row[1] = "Nam";
        row[2] = "2010-01-01";
        row[99] = "x".repeat(2_000);
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, memberHeader(100)) + XlsxBytes.row(2, row)),
                null);
        upload("vua.xlsx", xlsx).post("/api/v1/imports").then().statusCode(201)
                .body("errorCount", equalTo(0)).body("rows[0].values.fullName", equalTo(name));
    }

    private RequestSpecification apiEnglishUpload(String fileName, byte[] content) {
        return upload(fileName, content).header("Accept-Language", "en");
    }
}
