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

/**
 * Renders a record in the standard Vietnamese party layout on A4 with an embedded Unicode serif
 * font (DejaVu Serif), so every diacritic prints and the text can be searched and copied.
 */
@ApplicationScoped
public class PdfRenderer {
    private final BaseFont regular;
    private final BaseFont bold;

    public PdfRenderer() {
        this.regular = font("fonts/DejaVuSerif.ttf");
        this.bold = font("fonts/DejaVuSerif-Bold.ttf");
    }

    public byte[] render(RecordDocument record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 70, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(record.title());
            document.addCreator("Chi bộ");
            document.open();
            document.add(header(record.header()));
            document.add(centered(record.title(), new Font(bold, 14)));
            if (record.subtitle() != null) document.add(centered(record.subtitle(), new Font(bold, 12)));
            document.add(new Paragraph(" "));
            Font text = new Font(regular, 12);
            for (RecordDocument.Block block : record.blocks()) {
                switch (block) {
                    case RecordDocument.Heading h -> {
                        Paragraph p = new Paragraph(h.text(), new Font(bold, 12));
                        p.setSpacingBefore(8);
                        document.add(p);
                    }
                    case RecordDocument.Paragraph p -> {
                        Paragraph para = new Paragraph(p.text(), text);
                        para.setAlignment(Element.ALIGN_JUSTIFIED);
                        document.add(para);
                    }
                    case RecordDocument.Table t -> document.add(table(t));
                }
            }
            document.add(new Paragraph(" "));
            document.add(signatures(record));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the record", e);
        }
        return out.toByteArray();
    }

    private PdfPTable header(RecordHeader h) throws DocumentException {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {1, 1});
        Font left = new Font(regular, 12);
        Font leftBold = new Font(bold, 12);
        Paragraph upper = new Paragraph(h.upperCommittee(), left);
        upper.setAlignment(Element.ALIGN_CENTER);
        Paragraph cell = new Paragraph(h.cell(), leftBold);
        cell.setAlignment(Element.ALIGN_CENTER);
        PdfPCell leftCell = borderless();
        leftCell.addElement(upper);
        leftCell.addElement(cell);
        leftCell.addElement(centered("*", left));
        if (h.number() != null) leftCell.addElement(centered("Số " + h.number(), left));
        PdfPCell rightCell = borderless();
        rightCell.addElement(centered(RecordHeader.PARTY, new Font(bold, 12, Font.UNDERLINE)));
        Paragraph date = centered(h.placeAndDate(), new Font(regular, 12, Font.ITALIC));
        date.setSpacingBefore(12);
        rightCell.addElement(date);
        table.addCell(leftCell);
        table.addCell(rightCell);
        table.setSpacingAfter(18);
        return table;
    }

    private PdfPTable table(RecordDocument.Table t) {
        PdfPTable table = new PdfPTable(t.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        Font head = new Font(bold, 11);
        Font body = new Font(regular, 11);
        t.columns().forEach(c -> table.addCell(new PdfPCell(new Phrase(c, head))));
        t.rows().forEach(r -> r.forEach(c -> table.addCell(new PdfPCell(new Phrase(c, body)))));
        return table;
    }

    private PdfPTable signatures(RecordDocument record) {
        int n = Math.max(1, record.signatures().size());
        PdfPTable table = new PdfPTable(n);
        table.setWidthPercentage(100);
        for (RecordDocument.Signature s : record.signatures()) {
            PdfPCell cell = borderless();
            cell.addElement(centered(s.role(), new Font(bold, 12)));
            cell.addElement(centered(" ", new Font(regular, 12)));
            cell.addElement(centered(" ", new Font(regular, 12)));
            cell.addElement(centered(s.name(), new Font(bold, 12)));
            table.addCell(cell);
        }
        if (record.signatures().isEmpty()) table.addCell(borderless());
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
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
