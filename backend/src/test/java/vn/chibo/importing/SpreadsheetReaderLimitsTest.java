package vn.chibo.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.common.ApiException;

/**
 * The reader under small limits, without Quarkus: each limit is met exactly, then passed by one,
 * and every refusal has the status and code the contract promises.
 */
class SpreadsheetReaderLimitsTest {
    /** Unpacked 200 kB, 10 zip parts, ratio 100, 3 rows, 4 columns, 10 characters a cell, 5 shared strings, 60 characters. */
    private static final ImportLimits SMALL = new ImportLimits(200_000, 10, 100, 3, 4, 10, 5, 60);

    @TempDir
    Path dir;

    private SpreadsheetReader.SheetData read(String fileName, byte[] content, ImportLimits limits) throws IOException {
        Path file = dir.resolve(fileName);
        Files.write(file, content);
        return SpreadsheetReader.read(file, fileName, header -> header.isBlank() ? null : header, limits);
    }

    private ApiException refusal(String fileName, byte[] content, ImportLimits limits) {
        return assertThrows(ApiException.class, () -> read(fileName, content, limits));
    }

    private static void assertRefused(ApiException refusal, int status, String code) {
        assertEquals(status, refusal.status(), refusal.code());
        assertEquals(code, refusal.code());
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- CSV ----

    @Test
    void aCsvAtEveryLimitIsReadWhole() throws IOException {
        var sheet = read("ok.csv", csv("a,b,c,d\n1234567890,x,,\ny,,,\nz,,,w\n"), SMALL);
        assertEquals(List.of("a", "b", "c", "d"), sheet.columns());
        assertEquals(3, sheet.rows().size());
        assertEquals(Map.of("a", "1234567890", "b", "x"), sheet.rows().get(0).values());
        assertEquals(4, sheet.rows().get(2).rowNumber());
    }

    @Test
    void aCsvWithOneRowMoreThanAllowedIsRefused() {
        assertRefused(refusal("rows.csv", csv("a\n1\n2\n3\n4\n"), SMALL), 422, "import-too-many-rows");
    }

    @Test
    void aCsvRowWithOneColumnMoreThanAllowedIsRefusedNamingThatRow() {
        ApiException refusal = refusal("cols.csv", csv("a,b\n1,2\n1,2,3,4,5\n"), SMALL);
        assertRefused(refusal, 422, "import-too-many-columns");
        assertEquals(3, refusal.args()[0]);
        assertEquals(4, refusal.args()[1]);
    }

    @Test
    void aLineOfMillionsOfCommasIsRefusedAtTheFirstColumnTooMany() {
        byte[] commas = new byte[4_000_000];
        java.util.Arrays.fill(commas, (byte) ',');
        assertRefused(refusal("commas.csv", commas, SMALL), 422, "import-too-many-columns");
    }

    @Test
    void aCsvCellOneCharacterLongerThanAllowedIsRefused() {
        assertRefused(refusal("long.csv", csv("a\n12345678901\n"), SMALL), 422, "import-cell-too-long");
    }

    @Test
    void aQuotedFieldThatNeverEndsIsRefusedAsTooLong() {
        assertRefused(refusal("quote.csv", csv("a\n\"" + "x".repeat(1_000_000)), SMALL), 422, "import-cell-too-long");
    }

    @Test
    void csvQuotingSemicolonsByteOrderMarkAndLineEndingsAreUnderstood() throws IOException {
        var sheet = read("q.csv", csv("\uFEFFa;b\r\n\"x;\"\"y\"\"\nz\";2\r\n\r\n;3"), SMALL);
        assertEquals(Map.of("a", "x;\"y\"\nz", "b", "2"), sheet.rows().get(0).values());
        assertEquals(Map.of("b", "3"), sheet.rows().get(1).values());
        assertEquals(3, sheet.rows().get(1).rowNumber());
    }

    @Test
    void moreTextThanAllowedInTheKeptCellsIsRefused() {
        String row = "1234567890,1234567890,1234567890,1234567890\n";
        assertRefused(refusal("text.csv", csv("a,b,c,d\n" + row + row), SMALL), 413, "import-too-much-text");
    }

    // ---- XLSX ----

    @Test
    void anXlsxAtEveryLimitIsReadWhole() throws IOException {
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(
                XlsxBytes.row(1, "a", "b", "c", "d")
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\"><v>43831</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>HYPERLINK(\"http://x\")</f><v>cached</v></c><c r=\"XFD2\" s=\"3\"/></row>"
                + "<row r=\"4\"><c r=\"D4\" t=\"s\"><v>1</v></c></row>"
                + XlsxBytes.row(5, "z")),
                out -> out.write(XlsxBytes.sharedString("1234567890") + XlsxBytes.sharedString("Nữ")
                        + "<si><r><t>ph</t></r><r><t>an</t></r><rPh><t>ignored</t></rPh></si>"
                        + XlsxBytes.sharedString("") + XlsxBytes.sharedString("unused")));
        var sheet = read("ok.xlsx", xlsx, SMALL);
        assertEquals(List.of("a", "b", "c", "d"), sheet.columns());
        assertEquals(Map.of("a", "1234567890", "b", "43831", "c", "cached"), sheet.rows().get(0).values());
        assertEquals(4, sheet.rows().get(1).rowNumber());
        assertEquals(Map.of("d", "Nữ"), sheet.rows().get(1).values());
        assertEquals(3, sheet.rows().size());
    }

    @Test
    void aSharedStringsBombIsRefusedByItsCompressionRatioLongBeforeItIsUnpacked() throws IOException {
        byte[] bomb = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a")),
                out -> { out.write("<si><t>"); XlsxBytes.repeat(out, 'a', 50_000_000); out.write("</t></si>"); });
        assertFalse(bomb.length > 200_000, "the bomb itself is small: " + bomb.length);
        ImportLimits roomy = new ImportLimits(100_000_000, 10, 100, 3, 4, 10, 5, 60);
        assertRefused(refusal("bomb.xlsx", bomb, roomy), 413, "import-compression-ratio");
    }

    @Test
    void partsThatTogetherUnpackPastTheBudgetAreRefused() throws IOException {
        // Phonetic runs are parsed but never kept: only the unpacked budget can stop them.
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a")),
                out -> { out.write("<si><t>a</t><rPh><t>"); XlsxBytes.phrases(out, 300_000, 1); out.write("</t></rPh></si>"); });
        assertRefused(refusal("big.xlsx", xlsx, SMALL), 413, "import-unpacked-too-large");
    }

    @Test
    void aZipOfMorePartsThanAllowedIsRefused() throws IOException {
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a")), null, 8);
        assertRefused(refusal("parts.xlsx", xlsx, SMALL), 413, "import-too-many-entries");
    }

    @Test
    void moreSharedStringsThanAllowedAreRefused() throws IOException {
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a")),
                out -> { for (int i = 0; i < 6; i++) out.write(XlsxBytes.sharedString("s" + i)); });
        assertRefused(refusal("strings.xlsx", xlsx, SMALL), 413, "import-too-many-shared-strings");
    }

    @Test
    void sharedStringsWithMoreCharactersThanAllowedAreRefused() throws IOException {
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a")),
                out -> { for (int i = 0; i < 4; i++) out.write(XlsxBytes.sharedString("123456789" + i)); });
        ImportLimits littleText = new ImportLimits(200_000, 10, 100, 3, 4, 10, 5, 30);
        assertRefused(refusal("chars.xlsx", xlsx, littleText), 413, "import-too-much-text");
    }

    @Test
    void anXlsxWithOneRowMoreThanAllowedIsRefused() throws IOException {
        byte[] xlsx = XlsxBytes.workbook(out -> {
            for (int r = 1; r <= 5; r++) out.write(XlsxBytes.row(r, "v" + r));
        }, null);
        assertRefused(refusal("rows.xlsx", xlsx, SMALL), 422, "import-too-many-rows");
    }

    @Test
    void aValueInAColumnBeyondTheLimitIsRefusedButAnEmptyStyledCellThereIsNot() throws IOException {
        byte[] styled = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a")
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"E2\" s=\"1\"/></row>"), null);
        assertEquals(1, read("styled.xlsx", styled, SMALL).rows().size());
        byte[] wide = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a")
                + "<row r=\"2\"><c r=\"E2\"><v>1</v></c></row>"), null);
        ApiException refusal = refusal("wide.xlsx", wide, SMALL);
        assertRefused(refusal, 422, "import-too-many-columns");
        assertEquals(2, refusal.args()[0]);
    }

    @Test
    void aCellLongerThanAllowedIsRefusedWhetherInlineOrShared() throws IOException {
        byte[] inline = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a") + XlsxBytes.row(2, "12345678901")), null);
        assertRefused(refusal("inline.xlsx", inline, SMALL), 422, "import-cell-too-long");
        byte[] shared = XlsxBytes.workbook(
                out -> out.write(XlsxBytes.row(1, "a") + "<row r=\"2\"><c t=\"s\"><v>0</v></c></row>"),
                out -> out.write(XlsxBytes.sharedString("12345678901")));
        assertRefused(refusal("shared.xlsx", shared, SMALL), 422, "import-cell-too-long");
    }

    @Test
    void aLongSharedStringThatNoCellUsesDoesNotMatter() throws IOException {
        byte[] xlsx = XlsxBytes.workbook(out -> out.write(XlsxBytes.row(1, "a") + XlsxBytes.row(2, "b")),
                out -> out.write(XlsxBytes.sharedString("a very long note on another sheet")));
        assertEquals(1, read("note.xlsx", xlsx, SMALL).rows().size());
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        byte[] xxe = XlsxBytes.withRawSharedStrings("<!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<sst><si><t>&x;</t></si></sst>", out -> out.write("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"));
        assertRefused(refusal("xxe.xlsx", xxe, SMALL), 400, "import-unreadable");
    }

    @Test
    void deeplyNestedMarkupIsRefusedAsUnreadable() throws IOException {
        byte[] deep = XlsxBytes.workbook(out -> out.write("<x>".repeat(10_000)), null);
        assertRefused(refusal("deep.xlsx", deep, SMALL), 400, "import-unreadable");
    }

    @Test
    void aFileThatIsNotAZipIsUnreadable() {
        assertRefused(refusal("fake.xlsx", csv("a,b\n1,2\n"), SMALL), 400, "import-unreadable");
    }
}
