package vn.chibo.common;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the one warning Micrometer logs at start because the management interface, a second HTTP
 * server, registers its connection gauge again ("already registered ... will be ignored"). Every
 * other message of the meter registry still reaches the log.
 */
@LoggingFilter(name = "duplicate-meter-warning")
public final class DuplicateMeterWarningFilter implements Filter {
    static final String REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (!REGISTRY.equals(record.getLoggerName())) return true;
        String message = record.getMessage();
        return message == null || !message.contains("already registered");
    }
}
