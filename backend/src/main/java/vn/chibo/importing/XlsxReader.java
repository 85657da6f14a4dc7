package vn.chibo.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the first sheet of an XLSX workbook row by row. Only the parts it needs are inflated
 * (workbook, its relationships, shared strings, the sheet), all through one {@link BoundedZip}.
 * Numbers keep their raw form, but for a number in a cell whose style shows it as a date, which
 * arrives as that day (dd/MM/yyyy); formulas give their cached value, never the formula.
 */
final class XlsxReader {
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels";
    private static final String DEFAULT_SHEET = "xl/worksheets/sheet1.xml";
    private static final String DEFAULT_SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String DEFAULT_STYLES = "xl/styles.xml";
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** 31 December 9999, the last day Excel shows. */
    private static final long LAST_SERIAL = 2_958_465;
    static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private XlsxReader() {}

    static void read(Path file, ImportLimits limits, RowSink sink) throws IOException, XMLStreamException {
        try (BoundedZip zip = new BoundedZip(file, limits)) {
            Map<String, String> relations = relations(zip);
            Workbook workbook = workbook(zip);
            String sheet = Optional.ofNullable(workbook.firstSheet()).map(relations::get).orElse(DEFAULT_SHEET);
            String sharedStringsPart = relations.getOrDefault("sharedStrings", DEFAULT_SHARED_STRINGS);
            SharedStrings strings = SharedStrings.none();
            Optional<InputStream> sharedStrings = zip.open(sharedStringsPart);
            if (sharedStrings.isPresent()) {
                try (InputStream in = sharedStrings.get()) {
                    strings = SharedStrings.read(in, limits);
                }
            }
            CellStyles styles = CellStyles.none();
            Optional<InputStream> stylesPart = zip.open(relations.getOrDefault("styles", DEFAULT_STYLES));
            if (stylesPart.isPresent()) {
                try (InputStream in = stylesPart.get()) {
                    styles = CellStyles.read(in);
                }
            }
            try (InputStream in = zip.open(sheet).orElseThrow(() -> new IOException("No worksheet"))) {
                new SheetParser(limits, strings, styles, workbook.epoch(), sink).parse(in);
            }
        }
    }

    /**
     * @param firstSheet the r:id of the first sheet in tab order (null when the workbook part names none)
     * @param epoch      the day serial number 0 stands for: 30 Dec 1899 (Excel's 1900 system, whose
     *                   serial 60 is the 29 February 1900 that never was), or 1 Jan 1904 (old Mac workbooks)
     */
    private record Workbook(String firstSheet, LocalDate epoch) {}

    private static Workbook workbook(BoundedZip zip) throws IOException, XMLStreamException {
        String firstSheet = null;
        LocalDate epoch = EPOCH_1900;
        Optional<InputStream> part = zip.open(WORKBOOK);
        if (part.isEmpty()) return new Workbook(null, epoch);
        try (InputStream in = part.get()) {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext() && firstSheet == null) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                if ("workbookPr".equals(xml.getLocalName())) {
                    String date1904 = SafeXml.attribute(xml, "date1904");
                    if ("1".equals(date1904) || "true".equalsIgnoreCase(date1904)) epoch = EPOCH_1904;
                } else if ("sheet".equals(xml.getLocalName())) {
                    firstSheet = SafeXml.attribute(xml, "id");
                }
            }
        }
        return new Workbook(firstSheet, epoch);
    }

    /**
     * The workbook's relationships as id -> part name, plus "sharedStrings" -> the shared-strings
     * part when there is one.
     */
    private static Map<String, String> relations(BoundedZip zip) throws IOException, XMLStreamException {
        Map<String, String> relations = new HashMap<>();
        Optional<InputStream> part = zip.open(WORKBOOK_RELATIONS);
        if (part.isEmpty()) return relations;
        try (InputStream in = part.get()) {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
                    String id = SafeXml.attribute(xml, "Id");
                    String target = SafeXml.attribute(xml, "Target");
                    String type = SafeXml.attribute(xml, "Type");
                    if (id == null || target == null) continue;
                    String partName = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    relations.put(id, partName);
                    if (type != null && type.endsWith("/sharedStrings")) relations.put("sharedStrings", partName);
                    if (type != null && type.endsWith("/styles")) relations.put("styles", partName);
                }
            }
        }
        return relations;
    }

    /** One pass over sheet XML, handing each row to the sink as soon as it ends. */
    private static final class SheetParser {
        private final ImportLimits limits;
        private final SharedStrings strings;
        private final CellStyles styles;
        private final LocalDate epoch;
        private final RowSink sink;
        private int rowNumber;
        private List<String> cells;
        private int column;
        private String type;
        private int style;
        private CappedText value;
        private boolean collecting;
        private boolean inlineString;
        private int phonetic;

        SheetParser(ImportLimits limits, SharedStrings strings, CellStyles styles, LocalDate epoch, RowSink sink) {
            this.limits = limits;
            this.strings = strings;
            this.styles = styles;
            this.epoch = epoch;
            this.sink = sink;
        }

        void parse(InputStream in) throws IOException, XMLStreamException {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (collecting) {
                            value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                            if (value.length() > limits.maxCellChars()) throw limits.cellTooLong(rowNumber);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    default -> { }
                }
            }
        }

        private void start(XMLStreamReader xml) {
            switch (xml.getLocalName()) {
                case "row" -> {
                    rowNumber = number(SafeXml.attribute(xml, "r"), rowNumber + 1);
                    cells = new ArrayList<>();
                    column = 0;
                }
                case "c" -> {
                    String reference = SafeXml.attribute(xml, "r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    type = SafeXml.attribute(xml, "t");
                    style = number(SafeXml.attribute(xml, "s"), 0);
                    value = new CappedText(limits.maxCellChars() + 1);
                }
                case "v" -> collecting = value != null;
                case "is" -> inlineString = true;
                case "rPh" -> phonetic++;
                case "t" -> collecting = value != null && inlineString && phonetic == 0;
                default -> { }
            }
        }

        private void end(String name) throws IOException {
            switch (name) {
                case "v", "t" -> collecting = false;
                case "is" -> inlineString = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    if (cells != null) place(textOfCell());
                    value = null;
                }
                case "row" -> {
                    if (cells != null) sink.row(rowNumber, cells);
                    cells = null;
                }
                default -> { }
            }
        }

        private String textOfCell() throws IOException {
            String raw = value.toString();
            if ((type == null || "n".equals(type)) && styles.isDate(style)) return dateOf(raw);
            if (!"s".equals(type)) return raw;
            String shared = strings.get(raw);
            if (shared.length() > limits.maxCellChars()) throw limits.cellTooLong(rowNumber);
            return shared;
        }

        /**
         * A number in a date-formatted cell is a day count from the workbook's epoch (a fraction is the time
         * of day): it becomes the day as the preview shows it. Anything else stays as it is, for the row's check.
         */
        private String dateOf(String raw) {
            try {
                double serial = Double.parseDouble(raw.trim());
                if (serial < 1 || serial > LAST_SERIAL) return raw;
                long days = (long) serial;
                // The 1900 system counts a 29 February 1900 that never was: serials before it are a day later.
                if (epoch.equals(EPOCH_1900) && days < 61) days++;
                return DAY_MONTH_YEAR.format(epoch.plusDays(days));
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        /** Empty cells beyond the last column are formatting, not data: only a value counts. */
        private void place(String text) {
            if (text.isEmpty()) return;
            if (column > limits.maxColumns()) throw limits.tooManyColumns(rowNumber);
            while (cells.size() < column) cells.add("");
            cells.set(column - 1, text);
        }

        private static int number(String text, int otherwise) {
            try {
                return text == null ? otherwise : Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        /** "C7" -> 3. Stops growing once past any real column, so a forged reference cannot overflow. */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char letter = Character.toUpperCase(reference.charAt(i));
                if (letter < 'A' || letter > 'Z') break;
                column = Math.min(column * 26 + (letter - 'A' + 1), 1 << 20);
            }
            return Math.max(column, 1);
        }
    }
}
