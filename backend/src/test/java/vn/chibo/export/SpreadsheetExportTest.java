package vn.chibo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared writer without Quarkus: typed cells, header, frozen row, filter, quoting and formula-looking text. */
class SpreadsheetExportTest {
    private record Person(String name, Integer year, Double rate, LocalDate admitted) {}

    private static final SpreadsheetExport<Person> PEOPLE = new SpreadsheetExport<>("Đảng viên", List.of(
            ExportColumn.text("Họ và tên", Person::name),
            ExportColumn.integer("Năm sinh", Person::year),
            ExportColumn.percent("Tỷ lệ dự họp", Person::rate),
            ExportColumn.date("Ngày vào Đảng", Person::admitted)));

    private static final List<Person> ROWS = List.of(
            new Person("Nguyễn Văn An", 1980, 37.5, LocalDate.of(2005, 3, 2)),
            new Person("=HYPERLINK(\"http://x\",\"y\")", null, null, null),
            new Person("+1+2", 1990, 100.0, LocalDate.of(2020, 1, 31)),
            new Person("Lò, \"Thị\"\nBình", 1975, 0.0, LocalDate.of(1999, 12, 1)));

    private static byte[] write(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PEOPLE.stream(format, sink -> ROWS.forEach(sink)).write(out);
        return out.toByteArray();
    }

    @Test
    void theXlsxHasABoldFrozenFilteredHeaderAndTypedCells() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Đảng viên", sheet.getSheetName());
            XSSFRow header = sheet.getRow(0);
            assertEquals("Họ và tên", header.getCell(0).getStringCellValue());
            assertEquals("Ngày vào Đảng", header.getCell(3).getStringCellValue());
            assertTrue(header.getCell(0).getCellStyle().getFont().getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:D5", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(5, sheet.getPhysicalNumberOfRows());

            XSSFRow an = sheet.getRow(1);
            assertEquals("Nguyễn Văn An", an.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, an.getCell(1).getCellType());
            assertEquals(1980, an.getCell(1).getNumericCellValue());
            assertEquals(0.375, an.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", an.getCell(2).getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(an.getCell(3)));
            assertEquals(LocalDate.of(2005, 3, 2), an.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void formulaLookingTextComesOutAsTextWithALeadingApostropheInTheXlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(0).getCellType());
            assertEquals("'=HYPERLINK(\"http://x\",\"y\")", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("'+1+2", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(1), "a missing value is an empty cell");
        }
    }

    @Test
    void theCsvStartsWithABomQuotesLikeRfc4180AndNeutralisesFormulas() throws IOException {
        byte[] bytes = write(ExportFormat.CSV);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Họ và tên,Năm sinh,Tỷ lệ dự họp,Ngày vào Đảng\r\n"
                + "Nguyễn Văn An,1980,37.5%,2005-03-02\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,\r\n"
                + "'+1+2,1990,100%,2020-01-31\r\n"
                + "\"Lò, \"\"Thị\"\"\nBình\",1975,0%,1999-12-01\r\n", text);
    }

    @Test
    void theDownloadNameHasAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"Danh_sach_dang_vien_-_Chi_bo_Na_Khoang_-_2026-12-06.xlsx\"; "
                        + "filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%E1%BA%A3ng%20vi%C3%AAn%20-%20Chi%20b%E1%BB%99%20"
                        + "N%C3%A0%20Khoang%20-%202026-12-06.xlsx",
                ExportResponses.contentDisposition("Danh sách đảng viên - Chi bộ Nà Khoang - 2026-12-06.xlsx"));
        assertTrue(ExportResponses.contentDisposition("a\"/b\r\n.csv").startsWith("attachment; filename=\"a__b__.csv\""));
    }
}
