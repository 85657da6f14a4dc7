package vn.chibo.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Every application setting under the {@code chibo.} prefix. */
@ConfigMapping(prefix = "chibo")
public interface ChiboConfig {
    /** Where dates are presented and "today" is computed. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** Load the demo organisation tree, members and appointments on first start. */
    @WithName("demo-data")
    @WithDefault("false")
    boolean demoData();

    /** The folder of the embedded database and the uploaded files (relative to the working directory). */
    @WithName("data-dir")
    @WithDefault("data")
    String dataDir();

    /** When set, the application's clock starts at this instant instead of the real time (tests). */
    @WithName("clock-start")
    Optional<Instant> clockStart();

    RateLimit rateLimit();

    @WithName("import")
    Import importing();

    Storage storage();

    Alerts alerts();

    interface Alerts {
        /** When the daily alert computation runs (Quartz cron, in {@link #zone()}). */
        @WithDefault("0 30 0 * * ?")
        String cron();
    }

    interface Storage {
        /** Where uploaded meeting documents are kept, under their SHA-256. */
        @WithDefault("data/files")
        String dir();
    }

    interface RateLimit {
        /** Requests one caller may make per minute before getting 429. */
        @WithDefault("1200")
        int perMinute();
    }

    interface Import {
        @WithDefault("5242880")
        long maxBytes();
    }
}
