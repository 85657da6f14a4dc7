package vn.chibo.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Where the application's clock starts in tests: the same instant as {@code %test.chibo.clock-start}
 * (12:00 on 6 December 2026 in Vietnam), for tests that need a date before Quarkus injects anything.
 */
public final class TestClock {
    public static final Instant START = Instant.parse("2026-12-06T05:00:00Z");
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDate TODAY = START.atZone(VIETNAM).toLocalDate();

    /** The start as people in Vietnam read it (12:00+07:00). */
    public static OffsetDateTime local() {
        return START.atZone(VIETNAM).toOffsetDateTime();
    }

    private TestClock() {}
}
