package vn.chibo.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A printed record (PDF or DOCX) read back as text, and the party layout checked on it. */
public final class RecordText {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private RecordText() {}

    /** The header's lines (two columns side by side, so in either order) above the body, whose parts come in order. */
    public static void assertLayout(String text, List<String> header, List<String> body) {
        int title = text.indexOf(body.getFirst());
        for (String line : header) {
            int at = text.indexOf(line);
            assertTrue(at >= 0 && at < title, "\"" + line + "\" above \"" + body.getFirst() + "\" in:\n" + text);
        }
        assertInOrder(text, body);
    }

    public static void assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "\"" + part + "\" after position " + at + " in:\n" + text);
            at = found + part.length();
        }
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /** The paragraphs in document order, those inside the layout tables included. */
    public static String docxText(byte[] docx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) out.append(p.getText()).append('\n');
                if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
