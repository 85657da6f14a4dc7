package vn.chibo.alert;

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
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.export.Rfc4180;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.Tokens;

/** The alert list as a spreadsheet: every row of every page, the screen's filters, scope, bad input. */
@QuarkusTest
class AlertExportTest extends ApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ALERTS = "/api/v1/organizations/{id}/alerts";

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    @Test
    @AsCommuneStaff
    void theXlsxHoldsEveryAlertOfEveryPageAsTheListShowsThem() throws IOException {
        JsonPath list = api().queryParam("state", "ALL").queryParam("size", 200).get(ALERTS, org("LCH-BL")).then()
                .statusCode(200).extract().jsonPath();
        int total = list.getInt("total");
        assertTrue(total > 1, "the bare demo raises alerts for Bình Lư's cells: " + total);
        byte[] bytes = api().accept(XLSX + ", application/problem+json").queryParam("state", "ALL")
                .get(ALERTS + ".xlsx", org("LCH-BL")).then().statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", containsString("filename*=UTF-8''C%E1%BA%A3nh%20b%C3%A1o%20-%20"))
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertEquals("Tổ chức đảng", text.formatCellValue(sheet.getRow(0).getCell(0)));
            assertEquals("Nội dung", text.formatCellValue(sheet.getRow(0).getCell(3)));
            assertEquals(total + 1, sheet.getPhysicalNumberOfRows());
            List<String> messages = new ArrayList<>();
            for (int i = 1; i <= total; i++) messages.add(text.formatCellValue(sheet.getRow(i).getCell(3)));
            assertEquals(list.getList("items.message", String.class), messages, "the list's order and messages");
        }
    }

    @Test
    @AsCommuneStaff
    void theCsvTakesTheKindFilterOfTheScreen() {
        String kind = api().queryParam("state", "ALL").get(ALERTS, org("LCH-BL")).then().statusCode(200).extract()
                .path("items[0].kind");
        int ofKind = api().queryParam("state", "ALL").queryParam("kind", kind).get(ALERTS, org("LCH-BL")).then()
                .statusCode(200).extract().path("total");
        byte[] bytes = api().accept("text/csv, application/problem+json").queryParam("state", "ALL")
                .queryParam("kind", kind).get(ALERTS + ".csv", org("LCH-BL")).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0], "a UTF-8 byte order mark");
        List<List<String>> rows = Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(ofKind + 1, rows.size());
    }

    @Test
    @AsCommuneStaff
    void aCallerOutsideTheSubtreeGetsNoExportAndBadParametersAreNamed() {
        Tokens.actAs("bithu.binh", "secretary");
        api().accept(XLSX + ", application/problem+json").get(ALERTS + ".xlsx", org("LCH-BL")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        Tokens.reset();
        api().accept("text/csv, application/problem+json").queryParam("page", 0).get(ALERTS + ".csv", org("LCH-BL"))
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        // An unknown code is refused with the allowed ones listed (as on the list itself).
        api().accept(XLSX + ", application/problem+json").queryParam("kind", "LOUD").get(ALERTS + ".xlsx", org("LCH-BL"))
                .then().statusCode(400).body("code", equalTo("malformed-code"))
                .body("detail", containsString("VERIFICATION_OVERDUE"));
    }
}
