package vn.chibo.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
 * Numbers keep their raw form (an Excel date arrives as its serial number); formulas give their
 * cached value, never the formula.
 */
final class XlsxReader {
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels";
    private static final String DEFAULT_SHEET = "xl/worksheets/sheet1.xml";
    private static final String DEFAULT_SHARED_STRINGS = "xl/sharedStrings.xml";

    private XlsxReader() {}

    static void read(Path file, ImportLimits limits, RowSink sink) throws IOException, XMLStreamException {
        try (BoundedZip zip = new BoundedZip(file, limits)) {
            Map<String, String> relations = relations(zip);
            String sheet = firstSheetRelation(zip).map(relations::get).orElse(DEFAULT_SHEET);
            String sharedStringsPart = relations.getOrDefault("sharedStrings", DEFAULT_SHARED_STRINGS);
            SharedStrings strings = SharedStrings.none();
            Optional<InputStream> sharedStrings = zip.open(sharedStringsPart);
            if (sharedStrings.isPresent()) {
                try (InputStream in = sharedStrings.get()) {
                    strings = SharedStrings.read(in, limits);
                }
            }
            try (InputStream in = zip.open(sheet).orElseThrow(() -> new IOException("No worksheet"))) {
                new SheetParser(limits, strings, sink).parse(in);
            }
        }
    }

    /** The r:id of the first sheet in the workbook, in tab order. */
    private static Optional<String> firstSheetRelation(BoundedZip zip) throws IOException, XMLStreamException {
        Optional<InputStream> part = zip.open(WORKBOOK);
        if (part.isEmpty()) return Optional.empty();
        try (InputStream in = part.get()) {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    return Optional.ofNullable(SafeXml.attribute(xml, "id"));
                }
            }
        }
        return Optional.empty();
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
                }
            }
        }
        return relations;
    }

    /** One pass over sheet XML, handing each row to the sink as soon as it ends. */
    private static final class SheetParser {
        private final ImportLimits limits;
        private final SharedStrings strings;
        private final RowSink sink;
        private int rowNumber;
        private List<String> cells;
        private int column;
        private String type;
        private CappedText value;
        private boolean collecting;
        private boolean inlineString;
        private int phonetic;

        SheetParser(ImportLimits limits, SharedStrings strings, RowSink sink) {
            this.limits = limits;
            this.strings = strings;
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
            if (!"s".equals(type)) return raw;
            String shared = strings.get(raw);
            if (shared.length() > limits.maxCellChars()) throw limits.cellTooLong(rowNumber);
            return shared;
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
