package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aRightToLeftOverrideCannotDisguiseTheExtension() {
        assertEquals("bien-bangpj.pdf", FileNames.clean("bien-ban\u202Egpj.pdf", "document"));
    }

    @Test
    void zeroWidthAndBidiIsolatesAndControlCharactersAreDropped() {
        assertEquals("Nghị quyết.pdf", FileNames.clean("Ngh\u200Bị\u2066 quyết\r\n.pdf\u0000", "document"));
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String decomposed = "Bie\u0302\u0301n ba\u0309n.pdf"; // "Biến bản" typed as base letters and combining marks
        assertEquals("Biến bản.pdf", FileNames.clean(decomposed, "document"));
    }

    @Test
    void onlyTheLastPathSegmentIsKeptAndAnEmptyNameTakesTheFallback() {
        assertEquals("a.pdf", FileNames.clean("C:\\Users\\an\\..\\a.pdf", "document"));
        assertEquals("document", FileNames.clean("\u202E\u200B", "document"));
        assertEquals("document", FileNames.clean(null, "document"));
    }

    @Test
    void aLongNameKeepsItsEndWithoutSplittingACharacter() {
        String name = "😀".repeat(200) + ".pdf";
        String kept = FileNames.clean(name, "document");
        assertEquals(true, kept.endsWith(".pdf"));
        assertEquals(true, kept.length() <= 300);
        assertEquals(false, Character.isLowSurrogate(kept.charAt(0)));
    }
}
