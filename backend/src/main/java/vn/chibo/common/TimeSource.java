package vn.chibo.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The application's notion of "now" and "today" (Asia/Ho_Chi_Minh). With {@code chibo.clock-start}
 * set, the clock starts at that instant and runs on from there, so tests (and a demo "as of" a
 * date) see the same calendar whatever hour they run at.
 */
@ApplicationScoped
public class TimeSource {
    private final Clock clock;
    private final ZoneId zone;

    public TimeSource(ChiboConfig config) {
        this.zone = config.zone();
        Clock system = Clock.system(zone);
        this.clock = config.clockStart()
                .map(start -> Clock.offset(system, Duration.between(system.instant(), start)))
                .orElse(system);
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
