package vn.chibo.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;

/** Bodies of the monthly-schedule endpoints (schemas in openapi.yaml). */
public final class ScheduleApi {
    private ScheduleApi() {}

    public record Recipient(String username, ScheduleRecipient.Reason reason) {}

    public record Entry(UUID meetingId, UUID organizationId, String organizationName, MeetingType type,
                        MeetingStatus status, OffsetDateTime scheduledStart, String place) {}

    public record Gap(UUID organizationId, String organizationName) {}

    public record View(UUID organizationId, String organizationName, String month, LocalDate dueDate, boolean late,
                       OffsetDateTime sentAt, String sentBy, List<Recipient> recipients, List<Entry> entries,
                       List<Gap> gaps, int page, int size, long totalEntries, long totalGaps) {}
}
