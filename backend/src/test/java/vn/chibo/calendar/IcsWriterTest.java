package vn.chibo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private static String calendarWithTitle(String summary) {
        return IcsWriter.write("Lịch", List.of(new IcsWriter.Event("1@chibo", Instant.parse("2026-12-04T12:30:00Z"),
                Instant.parse("2026-12-04T14:00:00Z"), summary, "Nhà văn hóa", null, summary, 3, false,
                Instant.parse("2026-11-25T00:00:00Z"))));
    }

    /** What a client that ends lines at any CR or LF sees: every physical line must be a property or a fold. */
    private static List<String> linesSplitOnAnyBreak(String ics) {
        return Arrays.stream(ics.split("\r\n|\r|\n")).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void longVietnameseLinesFoldWithinSeventyFiveOctetsWithoutBreakingCharacters() {
        String summary = "Sinh hoạt chi bộ thường kỳ – Chi bộ bản Nà Khoang, Đảng bộ xã Bình Lư, tỉnh Lai Châu; tháng 11";
        String ics = calendarWithTitle(summary);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + summary.replace(",", "\\,").replace(";", "\\;")), unfolded);
        assertTrue(unfolded.contains("DTSTART:20261204T123000Z"));
        assertTrue(unfolded.contains("SEQUENCE:3"));
    }

    @Test
    void foldingCountsFourOctetCharactersAndNeverSplitsThem() {
        String emoji = "\uD83D\uDCC5"; // U+1F4C5, four octets in UTF-8
        String ics = calendarWithTitle("Lịch " + emoji.repeat(40));
        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, line);
            assertEquals(line, new String(octets, StandardCharsets.UTF_8), "a character was split: " + line);
        }
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:Lịch " + emoji.repeat(40)));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", IcsWriter.escape("a, b; c\\ d\ne"));
    }

    @Test
    void everyKindOfLineBreakBecomesAnEscapedNewline() {
        assertEquals("a\\nb\\nc\\nd", IcsWriter.escape("a\r\nb\nc\rd"));
        assertEquals("a\\n\\nb", IcsWriter.escape("a\r\rb"));
        assertEquals("a\\nb\\nc\\nd", IcsWriter.escape("a\u0085b\u2028c\u2029d"));
    }

    @Test
    void aBareCarriageReturnInATitleCannotStartAnotherEvent() {
        String ics = calendarWithTitle("Họp chi bộ\rBEGIN:VEVENT\rUID:evil\rSUMMARY:Giả mạo\rEND:VEVENT");
        List<String> lines = linesSplitOnAnyBreak(ics);
        assertEquals(1, lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count(), ics);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("UID:evil")), ics);
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:Họp chi bộ\\nBEGIN:VEVENT\\nUID:evil"), ics);
    }

    @Test
    void aLoneCarriageReturnIsEscaped() {
        assertEquals("a\\nb", IcsWriter.escape("a\rb"));
        assertFalse(calendarWithTitle("a\r").replace("\r\n", "").contains("\r"));
    }

    @Test
    void otherControlCharactersAreDroppedButTabIsKept() {
        assertEquals("abc\td", IcsWriter.escape("a\u0000b\u001Fc\td\u007F"));
        String ics = calendarWithTitle("Họp\u0000 chi bộ\u000B\u000C");
        assertTrue(ics.contains("SUMMARY:Họp chi bộ\r\n"), ics);
        assertTrue(ics.chars().noneMatch(c -> c == 0 || c == 0x0B || c == 0x0C || c == 0x7F));
    }

    @Test
    void semicolonCommaAndBackslashAreEscapedEachOnce() {
        assertEquals("\\;\\,\\\\", IcsWriter.escape(";,\\"));
        assertTrue(calendarWithTitle(";,\\").contains("SUMMARY:\\;\\,\\\\\r\n"));
    }

    @Test
    void aUrlWithALineBreakCannotEndItsLine() {
        String ics = IcsWriter.write("Lịch", List.of(new IcsWriter.Event("1@chibo", Instant.parse("2026-12-04T12:30:00Z"),
                Instant.parse("2026-12-04T14:00:00Z"), "Họp", null, "https://meet.example/x\r\nATTACH:evil", null, 1, false,
                Instant.parse("2026-11-25T00:00:00Z"))));
        assertFalse(linesSplitOnAnyBreak(ics).stream().anyMatch(l -> l.startsWith("ATTACH")), ics);
    }
}
