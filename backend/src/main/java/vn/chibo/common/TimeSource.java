package vn.chibo.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The application's notion of "now" and "today" (Asia/Ho_Chi_Minh), replaceable in tests. */
@ApplicationScoped
public class TimeSource {
    private final Clock clock;
    private final ZoneId zone;

    public TimeSource(ChiboConfig config) {
        this.zone = config.zone();
        this.clock = Clock.system(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    /** An instant as local time with the offset of the application's zone (what people read). */
    public OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    /** The calendar day an instant falls on in the application's zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }

    @Produces
    Clock clock() {
        return clock;
    }
}
