package vn.chibo.records;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a record in the party document layout (HD 36-HD/VPTW) on A4: issuing body and number top left,
 * "ĐẢNG CỘNG SẢN VIỆT NAM" and the locality and date line top right, "Nơi nhận" bottom left and the
 * signature bottom right. Liberation Serif (Times-metric, SIL OFL) is embedded as subsets in its real
 * regular, bold, italic and bold-italic faces, so every diacritic prints and nothing is slanted by hand.
 */
@ApplicationScoped
public class PdfRenderer {
    private static final float BODY = 13;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    public PdfRenderer() {
        this.regular = font("fonts/LiberationSerif-Regular.ttf");
        this.bold = font("fonts/LiberationSerif-Bold.ttf");
        this.italic = font("fonts/LiberationSerif-Italic.ttf");
        this.boldItalic = font("fonts/LiberationSerif-BoldItalic.ttf");
    }

    public byte[] render(RecordDocument record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Margins of HD 36: left 30-35 mm, right 15-20 mm, top and bottom 20-25 mm.
        Document document = new Document(PageSize.A4, 85, 57, 57, 57);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(record.title());
            document.addCreator("Chi bộ");
            document.open();
            document.add(header(record.header()));
            document.add(centered(record.title(), new Font(bold, 14)));
            if (record.subtitle() != null) document.add(centered(record.subtitle(), new Font(bold, BODY)));
            document.add(new Paragraph(" ", new Font(regular, BODY)));
            Font text = new Font(regular, BODY);
            for (RecordDocument.Block block : record.blocks()) {
                switch (block) {
                    case RecordDocument.Heading h -> {
                        Paragraph p = new Paragraph(h.text(), new Font(bold, BODY));
                        p.setSpacingBefore(8);
                        document.add(p);
                    }
                    case RecordDocument.Paragraph p -> {
                        Paragraph para = new Paragraph(p.text(), text);
                        para.setAlignment(Element.ALIGN_JUSTIFIED);
                        para.setFirstLineIndent(28);
                        document.add(para);
                    }
                    case RecordDocument.Table t -> document.add(table(t));
                }
            }
            document.add(new Paragraph(" ", new Font(regular, BODY)));
            document.add(closing(record));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the record", e);
        }
        return out.toByteArray();
    }

    private PdfPTable header(RecordHeader h) throws DocumentException {
        PdfPTable table = twoColumns(new float[] {44, 56});
        PdfPCell left = borderless();
        left.addElement(centered(h.upperCommittee(), new Font(regular, BODY)));
        left.addElement(centered(h.cell(), new Font(bold, BODY)));
        left.addElement(centered("*", new Font(regular, BODY)));
        if (h.number() != null) left.addElement(centered("Số " + h.number(), new Font(regular, BODY)));
        PdfPCell right = borderless();
        right.addElement(centered(RecordHeader.PARTY, new Font(bold, 14, Font.UNDERLINE)));
        Paragraph date = centered(h.placeAndDate(), new Font(italic, BODY));
        date.setSpacingBefore(12);
        right.addElement(date);
        table.addCell(left);
        table.addCell(right);
        table.setSpacingAfter(18);
        return table;
    }

    private PdfPTable table(RecordDocument.Table t) {
        PdfPTable table = new PdfPTable(t.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        Font head = new Font(bold, 12);
        Font body = new Font(regular, 12);
        t.columns().forEach(c -> table.addCell(new PdfPCell(new Phrase(c, head))));
        t.rows().forEach(r -> r.forEach(c -> table.addCell(new PdfPCell(new Phrase(c, body)))));
        return table;
    }

    /**
     * The main signature bottom right; any other (the minute-taker's) left of it on the same row, and
     * then "Nơi nhận" on the left of the last row.
     */
    private PdfPTable closing(RecordDocument record) throws DocumentException {
        PdfPTable table = twoColumns(new float[] {50, 50});
        List<RecordDocument.Signature> signatures = record.signatures();
        RecordDocument.Signature main = signatures.isEmpty() ? null : signatures.getLast();
        List<RecordDocument.Signature> others = signatures.isEmpty() ? List.of() : signatures.subList(0, signatures.size() - 1);
        if (!others.isEmpty()) {
            PdfPCell left = borderless();
            others.forEach(s -> signature(left, s));
            table.addCell(left);
            table.addCell(signature(borderless(), main));
            table.addCell(recipients(record.recipients()));
            table.addCell(borderless());
        } else {
            table.addCell(recipients(record.recipients()));
            table.addCell(main == null ? borderless() : signature(borderless(), main));
        }
        return table;
    }

    private PdfPCell signature(PdfPCell cell, RecordDocument.Signature s) {
        for (String line : s.role().split("\n")) cell.addElement(centered(line, new Font(bold, BODY)));
        for (int i = 0; i < 4; i++) cell.addElement(centered(" ", new Font(regular, BODY)));
        cell.addElement(centered(s.name(), new Font(bold, BODY)));
        return cell;
    }

    private PdfPCell recipients(List<String> recipients) {
        PdfPCell cell = borderless();
        if (recipients.isEmpty()) return cell;
        cell.addElement(new Paragraph(RecordDocument.RECIPIENTS, new Font(boldItalic, 12)));
        for (String r : recipients) cell.addElement(new Paragraph("- " + r, new Font(regular, 11)));
        return cell;
    }

    private static PdfPTable twoColumns(float[] widths) throws DocumentException {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        return table;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing font " + resource);
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
