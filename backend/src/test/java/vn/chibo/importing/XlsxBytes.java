package vn.chibo.importing;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made XLSX files for tests, bombs included. Parts are streamed through the zip, so a part that
 * inflates to tens of megabytes costs the test only its compressed size in memory.
 */
final class XlsxBytes {
    /** Writes the content of one part. */
    @FunctionalInterface
    interface Part {
        void write(Writer out) throws IOException;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxBytes() {}

    /** A workbook of one sheet; sharedStrings may be null. */
    static byte[] workbook(Part sheetData, Part sharedStrings) throws IOException {
        return workbook(sheetData, sharedStrings, 0);
    }

    /** The same with this many extra, empty parts (to pass the entry count). */
    static byte[] workbook(Part sheetData, Part sharedStrings, int extraParts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            part(zip, "xl/workbook.xml", out -> out.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONS
                    + "\"><sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            part(zip, "xl/_rels/workbook.xml.rels", out -> out.write(
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + RELATIONS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>"));
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", out -> {
                    out.write("<sst xmlns=\"" + MAIN + "\">");
                    sharedStrings.write(out);
                    out.write("</sst>");
                });
            }
            part(zip, "xl/worksheets/sheet1.xml", out -> {
                out.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
                sheetData.write(out);
                out.write("</sheetData></worksheet>");
            });
            for (int i = 0; i < extraParts; i++) part(zip, "docProps/extra" + i + ".xml", out -> out.write("<x/>"));
        }
        return bytes.toByteArray();
    }

    /** A workbook whose first part is exactly this XML (for hostile markup). */
    static byte[] withRawSharedStrings(String xml, Part sheetData) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "xl/sharedStrings.xml", out -> out.write(xml));
            part(zip, "xl/worksheets/sheet1.xml", out -> {
                out.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
                sheetData.write(out);
                out.write("</sheetData></worksheet>");
            });
        }
        return bytes.toByteArray();
    }

    /** One row of inline-string cells, placed from column A without cell references. */
    static String row(int number, String... values) {
        StringBuilder xml = new StringBuilder("<row r=\"").append(number).append("\">");
        for (String value : values) {
            xml.append("<c t=\"inlineStr\"><is><t>").append(escape(value)).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    static String sharedString(String value) {
        return "<si><t>" + escape(value) + "</t></si>";
    }

    /** Characters that deflate about a thousand to one, like the bombs people send. */
    static void repeat(Writer out, char c, long count) throws IOException {
        char[] chunk = new char[8192];
        java.util.Arrays.fill(chunk, c);
        for (long left = count; left > 0; left -= chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }

    /**
     * About this many bytes of phrases drawn at random from a few: they deflate some thirty to one,
     * well inside any compression-ratio guard, so only a limit on the total can stop them.
     */
    static void phrases(Writer out, long bytes, long seed) throws IOException {
        String[] words = "chi bộ đảng viên sinh hoạt nghị quyết biên bản điểm danh thẩm định kế hoạch".split(" ");
        Random random = new Random(seed);
        String[] phrases = new String[16];
        for (int i = 0; i < phrases.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int w = 0; w < 6; w++) phrase.append(words[random.nextInt(words.length)]).append(' ');
            phrases[i] = phrase.toString();
        }
        for (long written = 0; written < bytes; ) {
            String phrase = phrases[random.nextInt(phrases.length)];
            out.write(phrase);
            written += phrase.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void part(ZipOutputStream zip, String name, Part content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // The writer must not close the zip when it is closed: only flush it into the entry.
        Writer out = new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        content.write(out);
        out.close();
        zip.closeEntry();
    }
}
