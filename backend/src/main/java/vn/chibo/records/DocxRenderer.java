package vn.chibo.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The same record as {@link PdfRenderer}, as an editable Word document: same content and order, same
 * header, number, date line, "Nơi nhận" and signature block. Word documents name their font rather than
 * carry it; Times New Roman is what party offices have, and Liberation Serif (the PDF's) shares its metrics.
 */
@ApplicationScoped
public class DocxRenderer {
    private static final String FONT = "Times New Roman";
    private static final int BODY = 13;

    public byte[] render(RecordDocument record) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            header(doc, record.header());
            text(centered(doc.createParagraph()), record.title(), 14, true, false);
            if (record.subtitle() != null) text(centered(doc.createParagraph()), record.subtitle(), BODY, true, false);
            for (RecordDocument.Block block : record.blocks()) {
                switch (block) {
                    case RecordDocument.Heading h -> text(doc.createParagraph(), h.text(), BODY, true, false);
                    case RecordDocument.Paragraph p -> {
                        XWPFParagraph para = doc.createParagraph();
                        para.setAlignment(ParagraphAlignment.BOTH);
                        para.setIndentationFirstLine(567);
                        text(para, p.text(), BODY, false, false);
                    }
                    case RecordDocument.Table t -> table(doc, t);
                }
            }
            closing(doc, record);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        // HD 36 margins in twentieths of a point: left 30 mm, right 20 mm, top and bottom 20 mm.
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
    }

    private static void header(XWPFDocument doc, RecordHeader h) {
        XWPFTable table = borderless(doc, 1);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        text(centered(left.getParagraphs().getFirst()), h.upperCommittee(), BODY, false, false);
        text(centered(left.addParagraph()), h.cell(), BODY, true, false);
        text(centered(left.addParagraph()), "*", BODY, false, false);
        if (h.number() != null) text(centered(left.addParagraph()), "Số " + h.number(), BODY, false, false);
        XWPFRun party = text(centered(right.getParagraphs().getFirst()), RecordHeader.PARTY, 14, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = centered(right.addParagraph());
        date.setSpacingBefore(240);
        text(date, h.placeAndDate(), BODY, false, true);
        doc.createParagraph();
    }

    private static void table(XWPFDocument doc, RecordDocument.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
        for (int c = 0; c < t.columns().size(); c++) {
            text(table.getRow(0).getCell(c).getParagraphs().getFirst(), t.columns().get(c), 12, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                text(table.getRow(r + 1).getCell(c).getParagraphs().getFirst(), row.get(c), 12, false, false);
            }
        }
    }

    /** As in the PDF: other signatures left of the main one, then "Nơi nhận" bottom left. */
    private static void closing(XWPFDocument doc, RecordDocument record) {
        doc.createParagraph();
        List<RecordDocument.Signature> signatures = record.signatures();
        RecordDocument.Signature main = signatures.isEmpty() ? null : signatures.getLast();
        List<RecordDocument.Signature> others = signatures.isEmpty() ? List.of() : signatures.subList(0, signatures.size() - 1);
        XWPFTable table = borderless(doc, others.isEmpty() ? 1 : 2);
        if (!others.isEmpty()) {
            others.forEach(s -> signature(table.getRow(0).getCell(0), s));
            signature(table.getRow(0).getCell(1), main);
            recipients(table.getRow(1).getCell(0), record.recipients());
        } else {
            recipients(table.getRow(0).getCell(0), record.recipients());
            if (main != null) signature(table.getRow(0).getCell(1), main);
        }
    }

    private static void signature(XWPFTableCell cell, RecordDocument.Signature s) {
        for (String line : s.role().split("\n")) text(centered(next(cell)), line, BODY, true, false);
        for (int i = 0; i < 3; i++) cell.addParagraph();
        text(centered(cell.addParagraph()), s.name(), BODY, true, false);
    }

    private static void recipients(XWPFTableCell cell, List<String> recipients) {
        if (recipients.isEmpty()) return;
        XWPFRun head = text(next(cell), RecordDocument.RECIPIENTS, 12, true, true);
        head.setUnderline(UnderlinePatterns.NONE);
        for (String r : recipients) text(cell.addParagraph(), "- " + r, 11, false, false);
    }

    /** The cell's first, still empty paragraph, or a new one. */
    private static XWPFParagraph next(XWPFTableCell cell) {
        XWPFParagraph first = cell.getParagraphs().getFirst();
        return cell.getParagraphs().size() == 1 && first.getRuns().isEmpty() ? first : cell.addParagraph();
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows) {
        XWPFTable table = doc.createTable(rows, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    private static XWPFParagraph centered(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
