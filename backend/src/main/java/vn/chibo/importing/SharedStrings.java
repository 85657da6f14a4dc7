package vn.chibo.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of a workbook (xl/sharedStrings.xml), which cells of type "s" point into.
 * It must be held whole while the sheet is read, so its entry count and characters are limited, and
 * each string keeps only one character more than a cell may have: enough to refuse a cell that uses
 * it, without holding a long string no cell may use (the table is shared by every sheet).
 */
final class SharedStrings {
    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings read(InputStream in, ImportLimits limits) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        long characters = 0;
        XMLStreamReader xml = SafeXml.reader(in);
        CappedText current = null;
        boolean inText = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "si" -> current = new CappedText(limits.maxCellChars() + 1);
                        case "rPh" -> phonetic++; // phonetic guide (furigana), not part of the value
                        case "t" -> inText = current != null && phonetic == 0;
                        default -> { }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) current.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "rPh" -> phonetic--;
                        case "si" -> {
                            if (strings.size() >= limits.maxSharedStrings()) throw limits.tooManySharedStrings();
                            String text = current.toString();
                            characters += text.length();
                            if (characters > limits.maxTextChars()) throw limits.tooMuchText();
                            strings.add(text.isEmpty() ? "" : text);
                            current = null;
                        }
                        default -> { }
                    }
                }
                default -> { }
            }
        }
        return new SharedStrings(strings);
    }

    /** The string a cell of type "s" refers to; an index outside the table makes the file unreadable. */
    String get(String index) throws IOException {
        try {
            int i = Integer.parseInt(index.trim());
            if (i >= 0 && i < strings.size()) return strings.get(i);
        } catch (NumberFormatException e) {
            // falls through to the same answer as an index out of range
        }
        throw new IOException("Shared string index out of range");
    }
}
