package vn.chibo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void longVietnameseLinesFoldWithinSeventyFiveOctetsWithoutBreakingCharacters() {
        String summary = "Sinh hoạt chi bộ thường kỳ – Chi bộ bản Nà Khoang, Đảng bộ xã Bình Lư, tỉnh Lai Châu; tháng 11";
        String ics = IcsWriter.write("Lịch", List.of(new IcsWriter.Event("1@chibo", Instant.parse("2026-12-04T12:30:00Z"),
                Instant.parse("2026-12-04T14:00:00Z"), summary, "Nhà văn hóa", null, null, 3, false,
                Instant.parse("2026-11-25T00:00:00Z"))));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + summary.replace(",", "\\,").replace(";", "\\;")), unfolded);
        assertTrue(unfolded.contains("DTSTART:20261204T123000Z"));
        assertTrue(unfolded.contains("SEQUENCE:3"));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", IcsWriter.escape("a, b; c\\ d\ne"));
    }
}
