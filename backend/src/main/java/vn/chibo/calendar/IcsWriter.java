package vn.chibo.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an RFC 5545 calendar: escaped text, lines folded at 75 octets, CRLF endings. */
public final class IcsWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One event; sequence grows each time the meeting changes so calendar apps update it. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String url,
                        String description, long sequence, boolean cancelled, Instant stamp) {}

    private IcsWriter() {}

    public static String write(String calendarName, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Chi bo//Lich sinh hoat chi bo//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + UTC.format(e.stamp()));
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.location() != null) line(out, "LOCATION:" + escape(e.location()));
            if (e.url() != null) line(out, "URL:" + e.url());
            if (e.description() != null) line(out, "DESCRIPTION:" + escape(e.description()));
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * Escapes a TEXT value (RFC 5545, 3.3.11). Every line break becomes the two characters "\\n": a
     * bare CR left in place would end the content line for clients that split on CR alone, and let a
     * meeting title inject properties or whole events. U+0085, U+2028 and U+2029 count as line breaks
     * too, because common parsers (Python's splitlines, for one) split on them. Other control
     * characters are not allowed in TEXT and are dropped; TAB is allowed and kept.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    out.append("\\n");
                }
                case '\n', '\u0085', '\u2028', '\u2029' -> out.append("\\n");
                default -> {
                    if (!isControl(c)) out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** RFC 5545 CONTROL: U+0000 to U+001F except TAB, and U+007F. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t') || c == 0x7F;
    }

    /**
     * Writes one content line folded so that no line is longer than 75 octets, never splitting a
     * character's UTF-8 sequence. Control characters are dropped here as well, so that no value
     * written without escaping (a URL, a UID) can end the line early.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            i += Character.charCount(cp);
            if (isControl(cp)) continue;
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD; // a lone surrogate has no UTF-8 form
            int size = utf8Length(cp);
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
        }
        out.append("\r\n");
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) return 1;
        if (cp < 0x800) return 2;
        if (cp < 0x10000) return 3;
        return 4;
    }
}
