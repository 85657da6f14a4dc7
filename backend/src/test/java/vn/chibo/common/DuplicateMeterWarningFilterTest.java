package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Only Micrometer's duplicate-gauge warning is dropped; the registry's other messages stay. */
class DuplicateMeterWarningFilterTest {
    private final DuplicateMeterWarningFilter filter = new DuplicateMeterWarningFilter();

    private static LogRecord record(String logger, String message) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName(logger);
        return record;
    }

    @Test
    void theDuplicateGaugeWarningIsDropped() {
        assertFalse(filter.isLoggable(record(DuplicateMeterWarningFilter.REGISTRY,
                "This Gauge has been already registered (MeterId{name='http.server.active.connections'}), the"
                        + " registration will be ignored.")));
    }

    @Test
    void otherRegistryWarningsAndOtherLoggersAreKept() {
        assertTrue(filter.isLoggable(record(DuplicateMeterWarningFilter.REGISTRY, "Failed to apply the meter filter")));
        assertTrue(filter.isLoggable(record("vn.chibo.Anything", "already registered")));
        assertTrue(filter.isLoggable(record(DuplicateMeterWarningFilter.REGISTRY, null)));
    }
}
