package vn.chibo.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * What to tell, before it is addressed: the kind (which picks the templates), the object it is about, the path
 * of that object's screen in the app, and the template arguments ({0}... in {@code notice.<KIND>.title/body};
 * the link is always the last argument of the body).
 */
public record NoticeDraft(NoticeKind kind, String objectType, UUID objectId, String path, Object... args) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A day as the notices write it (dd/MM/yyyy), in the zone people read. */
    public static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    /** A calendar day as the notices write it (dd/MM/yyyy). */
    public static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

    /** A time of day as the notices write it (HH:mm), in the zone people read. */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
