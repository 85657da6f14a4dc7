package vn.chibo.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which cell styles of a workbook show a number as a date. Excel keeps a date as a plain serial number
 * and only the cell's style (its number format) says it is one, so a "1985" typed into a number cell and
 * a date cell holding 1 February 1985 differ only here. Read from xl/styles.xml: the built-in date formats
 * by id, the workbook's own formats by their code.
 */
final class CellStyles {
    /** Excel allows 64,000 cell formats; a styles part claiming more is not a real workbook. */
    private static final int MAX_STYLES = 65_536;

    /** ECMA-376 18.8.30: the built-in number formats that are dates or times (with the CJK variants). */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
            32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    /** Quoted text, escaped characters and [colour]/[locale] sections say nothing about dates. */
    private static final Pattern NOT_A_TOKEN = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]");
    private static final Pattern DATE_TOKEN = Pattern.compile("[dmyhs]", Pattern.CASE_INSENSITIVE);

    private final BitSet dateStyles;

    private CellStyles(BitSet dateStyles) {
        this.dateStyles = dateStyles;
    }

    static CellStyles none() {
        return new CellStyles(new BitSet());
    }

    /** Whether the style of index {@code s} (a cell's {@code s} attribute) formats numbers as dates. */
    boolean isDate(int style) {
        return style >= 0 && dateStyles.get(style);
    }

    static CellStyles read(InputStream in) throws IOException, XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(in);
        Set<Integer> customDates = new HashSet<>();
        BitSet dates = new BitSet();
        boolean inCellFormats = false;
        int index = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) inCellFormats = false;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "numFmt" -> {
                    Integer id = number(SafeXml.attribute(xml, "numFmtId"));
                    String code = SafeXml.attribute(xml, "formatCode");
                    if (id != null && code != null && isDateFormat(code)) customDates.add(id);
                }
                case "cellXfs" -> inCellFormats = true;
                case "xf" -> {
                    if (!inCellFormats) continue;
                    if (index >= MAX_STYLES) throw new IOException("Too many cell styles");
                    Integer format = number(SafeXml.attribute(xml, "numFmtId"));
                    if (format != null && (BUILT_IN_DATES.contains(format) || customDates.contains(format))) dates.set(index);
                    index++;
                }
                default -> { }
            }
        }
        return new CellStyles(dates);
    }

    /** A format code that shows a day, month, year or time: "dd/mm/yyyy" is, "#,##0" and "0.00" are not. */
    static boolean isDateFormat(String code) {
        String tokens = NOT_A_TOKEN.matcher(code).replaceAll("");
        return DATE_TOKEN.matcher(tokens).find();
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
