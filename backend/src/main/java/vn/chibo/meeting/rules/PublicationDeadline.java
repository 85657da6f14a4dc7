package vn.chibo.meeting.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * BR-R5: within {@code postPublishDeadlineDays} days after the meeting's day, its final documents and resolution are
 * published and sent to the committee above. Days are calendar days in Vietnam time; the last day counts.
 */
public final class PublicationDeadline {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PublicationDeadline() {}

    public static LocalDate due(LocalDate meetingDay, int deadlineDays) {
        return meetingDay.plusDays(deadlineDays);
    }

    /** Published by the last allowed day (the evidence the scorer reads, BR-E2). */
    public static boolean onTime(LocalDate meetingDay, int deadlineDays, LocalDate publishedOn) {
        return publishedOn != null && !publishedOn.isAfter(due(meetingDay, deadlineDays));
    }

    /** Flagged once the last allowed day has passed without publication, or when it came late. */
    public static Optional<Finding> check(LocalDate meetingDay, int deadlineDays, LocalDate publishedOn, LocalDate today) {
        LocalDate due = due(meetingDay, deadlineDays);
        if (onTime(meetingDay, deadlineDays, publishedOn)) return Optional.empty();
        if (publishedOn != null) return Optional.of(Finding.of("records-published-late", deadlineDays, DAY.format(publishedOn)));
        return today.isAfter(due) ? Optional.of(Finding.of("records-not-published", deadlineDays, DAY.format(due)))
                : Optional.empty();
    }
}
