package vn.chibo.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsSecretaryAn;
import vn.chibo.testing.AsSecretaryBinh;

@QuarkusTest
class ImportResourceTest extends ApiTest {

    private RequestSpecification upload(String fileName, byte[] content, String kind, UUID organizationId) {
        return api().contentType("multipart/form-data")
                .multiPart("file", fileName, content, "application/octet-stream")
                .multiPart("kind", kind)
                .multiPart("organizationId", organizationId.toString());
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @AsSecretaryAn
    void previewNamesEveryBadRowAndCommitIsRefusedUntilTheFileIsFixed() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        byte[] broken = csv("Họ và tên,Giới tính,Năm sinh,Số thẻ,Ngày vào Đảng,Ngày chính thức\n"
                + "Lò Văn Nhập,Nam,1980,A" + suffix + ",19/05/2005,19/05/2006\n"
                + ",Nữ,1990,B" + suffix + ",2010-01-01,\n"
                + "Tòng Thị Lỗi,Không rõ,1990,A" + suffix + ",31/02/2010,\n");
        String id = upload("dang-vien.csv", broken, "MEMBERS", org("LCH-BL-NK")).post("/api/v1/imports").then()
                .statusCode(201).body("status", equalTo("PREVIEW"))
                .body("validCount", equalTo(1)).body("errorCount", equalTo(2))
                .body("rows[1].rowNumber", equalTo(3)).body("rows[1].errors[0].field", equalTo("fullName"))
                .body("rows[2].errors.field", hasItem("gender")).body("rows[2].errors.field", hasItem("admissionDate"))
                .body("rows[2].errors.field", hasItem("cardNumber"))
                .extract().path("id");
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(409).body("code", equalTo("import-not-committable"));
        api().queryParam("q", "lo van nhap").get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then()
                .body("total", equalTo(0));
    }

    @Test
    @AsSecretaryAn
    void aCleanCsvIsWrittenOnCommitOnlyOnce() {
        String card = "C" + UUID.randomUUID().toString().substring(0, 6);
        byte[] good = csv("Họ và tên;Giới tính;Số thẻ;Ngày vào Đảng\nLò Thị Nhập Mới;Nữ;" + card + ";2012-02-03\n");
        String id = upload("ds.csv", good, "MEMBERS", org("LCH-BL-NK")).post("/api/v1/imports").then().statusCode(201)
                .body("errorCount", equalTo(0)).extract().path("id");
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(200).body("status", equalTo("COMMITTED"));
        api().queryParam("q", "lo thi nhap moi").get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then()
                .body("total", equalTo(1));
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(409).body("code", equalTo("import-already-committed"));
        api().get("/api/v1/imports/{id}", id).then().statusCode(200).body("status", equalTo("COMMITTED"));
    }

    @Test
    @AsCommuneStaff
    void anXlsxFileOfOrganisationsCanReferToRowsAboveIt() throws IOException {
        String parent = unique("Đảng bộ bộ phận nhập");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "chibo", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Tổ chức");
            String[][] rows = {
                {"Tên tổ chức", "Loại", "Loại hình", "Trực thuộc"},
                {parent, "Đảng bộ bộ phận", "XA", ""},
                {unique("Chi bộ nhập"), "CHI_BO_TRUC_THUOC", "Thôn, bản, tổ dân phố", parent},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) sheet.value(r, c, rows[r][c]);
            }
        }
        String id = upload("to-chuc.xlsx", out.toByteArray(), "ORGANIZATIONS", org("LCH-BL")).post("/api/v1/imports")
                .then().statusCode(201).body("errorCount", equalTo(0)).body("rows", hasSize(2)).extract().path("id");
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(200);
        api().queryParam("q", parent).queryParam("within", org("LCH-BL")).get("/api/v1/organizations").then()
                .body("items[0].childCount", equalTo(1));
    }

    /**
     * A date column of a workbook: a date cell (a serial number in a date-formatted cell), a day typed as
     * dd/MM/yyyy or yyyy-MM-dd are days, shown as dd/MM/yyyy in the preview; the year 1985 in a number cell
     * is a year, not the 1905 day its serial number would be, and a serial in a plain number cell or garbage
     * is no date either.
     */
    @Test
    @AsSecretaryAn
    void anXlsxDateColumnTakesDateCellsAndWrittenDaysButNotABareYearOrASerialNumber() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "chibo", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Đảng viên");
            sheet.value(0, 0, "Họ và tên");
            sheet.value(0, 1, "Giới tính");
            sheet.value(0, 2, "Ngày vào Đảng");
            Object[] admissions = {LocalDate.of(1985, 2, 1), 1985, "01/02/1985", "1985-02-01", "không rõ", 31079};
            for (int i = 0; i < admissions.length; i++) {
                sheet.value(i + 1, 0, unique("Ngày Nhập " + i));
                sheet.value(i + 1, 1, "Nam");
                switch (admissions[i]) {
                    case LocalDate day -> {
                        sheet.value(i + 1, 2, day);
                        sheet.style(i + 1, 2).format("dd/mm/yyyy").set();
                    }
                    case Integer number -> sheet.value(i + 1, 2, number);
                    default -> sheet.value(i + 1, 2, (String) admissions[i]);
                }
            }
        }
        upload("dang-vien.xlsx", out.toByteArray(), "MEMBERS", org("LCH-BL-NK")).post("/api/v1/imports").then()
                .statusCode(201).body("validCount", equalTo(3)).body("errorCount", equalTo(3))
                .body("rows[0].values.admissionDate", equalTo("01/02/1985")).body("rows[0].errors", hasSize(0))
                .body("rows[1].errors[0].field", equalTo("admissionDate"))
                .body("rows[1].errors[0].message", containsString("là một năm, không phải một ngày"))
                .body("rows[2].values.admissionDate", equalTo("01/02/1985")).body("rows[2].errors", hasSize(0))
                .body("rows[3].values.admissionDate", equalTo("01/02/1985")).body("rows[3].errors", hasSize(0))
                .body("rows[4].errors[0].message", containsString("không hợp lệ"))
                .body("rows[5].errors[0].message", containsString("không hợp lệ"));
    }

    @Test
    @AsCommuneStaff
    void wrongFileTypesMissingColumnsAndEmptyFilesAreRefused() {
        upload("ds.pdf", csv("%PDF"), "MEMBERS", org("LCH-BL-NK")).post("/api/v1/imports").then().statusCode(415)
                .body("code", equalTo("import-file-type"));
        upload("ds.csv", csv("Tên,Tuổi\nA,1\n"), "MEMBERS", org("LCH-BL-NK")).post("/api/v1/imports").then()
                .statusCode(400).body("code", equalTo("import-missing-columns"));
        upload("ds.csv", csv("Họ và tên,Giới tính,Ngày vào Đảng\n"), "MEMBERS", org("LCH-BL-NK")).post("/api/v1/imports")
                .then().statusCode(400).body("code", equalTo("import-empty"));
        upload("ds.csv", new byte[5_300_000], "MEMBERS", org("LCH-BL-NK")).post("/api/v1/imports").then()
                .statusCode(413).body("code", equalTo("import-too-large"));
    }

    @Test
    @AsSecretaryBinh
    void importingIntoAnotherCellIsOutOfScope() {
        upload("ds.csv", csv("Họ và tên,Giới tính,Ngày vào Đảng\nA,Nam,2010-01-01\n"), "MEMBERS", org("LCH-BL-NK"))
                .post("/api/v1/imports").then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsSecretaryAn
    void readingOrCommittingSomeoneElsesImportIsOutOfScope() {
        String id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            ImportBatch batch = new ImportBatch();
            batch.kind = ImportKind.MEMBERS;
            batch.organization = organizations.findById(org("LCH-TP-TDP5"));
            batch.fileName = "x.csv";
            batch.status = ImportBatch.Status.PREVIEW;
            batch.createdBy = "bithu.binh";
            batch.createdAt = time.now();
            batch.persist();
            return batch.id.toString();
        });
        api().get("/api/v1/imports/{id}", id).then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    void uploadWithoutTokenIs401() {
        given().multiPart("kind", "MEMBERS").post("/api/v1/imports").then().statusCode(401);
    }
}
