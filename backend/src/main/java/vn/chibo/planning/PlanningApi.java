package vn.chibo.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.meeting.MeetingApi;

/** Bodies of the topical-plan endpoints (schemas in openapi.yaml). */
public final class PlanningApi {
    private PlanningApi() {}

    public record TopicGroupView(String code, String labelVi, String labelEn, int position) {}

    public record ItemInput(UUID id,
                            @NotNull PlanItemKind kind,
                            @NotNull @Min(1) @Max(12) Integer plannedMonth,
                            @NotBlank @Size(max = 40) String topicGroupCode,
                            @NotBlank @Size(max = 300) String title,
                            @Size(max = 2000) String purpose,
                            UUID presenterId) {}

    public record PlanEdit(@NotNull @PositiveOrZero Long version, @NotNull @Size(max = 24) List<@Valid @NotNull ItemInput> items) {}

    public record Decision(@NotNull @PositiveOrZero Long version, @Size(max = 2000) String comment) {}

    public enum Progress { PLANNED, SCHEDULED, HELD, POSTPONED, CANCELLED }

    public record ItemView(UUID id, PlanItemKind kind, int plannedMonth, int quarter, String topicGroupCode,
                           String topicGroupLabel, String title, String purpose, UUID presenterId, String presenterName,
                           UUID pushedTopicId, UUID meetingId, Progress progress, OffsetDateTime meetingStart) {}

    public record EventView(TopicalPlanEvent.Action action, String actor, OffsetDateTime at, String comment) {}

    public record PlanView(UUID id, UUID organizationId, String organizationName, int year, PlanStatus status,
                           LocalDate dueDate, boolean late, OffsetDateTime submittedAt, OffsetDateTime decidedAt,
                           String decidedBy, long version, UUID policyId, String policyLabel, List<ItemView> items,
                           List<EventView> history, List<MeetingApi.Warning> warnings) {}

    public record InboxCell(UUID organizationId, String organizationName, UUID planId, String status, boolean late,
                            OffsetDateTime submittedAt, int itemCount, int heldCount) {}

    public record InboxCounts(int none, int draft, int submitted, int approved, int returned, int late) {}

    public record GroupCount(String code, String label, int count) {}

    public record Inbox(int year, LocalDate dueDate, InboxCounts counts, List<InboxCell> cells, int page, int size,
                        long totalCells, List<GroupCount> byGroup) {}

    public record PushCreate(@NotNull @Min(2000) @Max(2100) Integer year,
                             @NotNull @Min(1) @Max(4) Integer quarter,
                             @NotBlank @Size(max = 40) String topicGroupCode,
                             @NotBlank @Size(max = 300) String title,
                             @Size(max = 4000) String materials) {}

    public record PushedView(UUID id, UUID organizationId, int year, int quarter, String topicGroupCode, String title,
                             String materials, int cellCount, int scheduledCount, int heldCount,
                             Map<String, Integer> ratings) {}
}
