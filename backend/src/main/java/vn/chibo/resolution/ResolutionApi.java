package vn.chibo.resolution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies of the resolution and task endpoints (schemas in openapi.yaml). */
public final class ResolutionApi {
    private ResolutionApi() {}

    public record TaskView(UUID id, UUID meetingId, UUID organizationId, String title, AssigneeKind assigneeKind,
                           UUID assigneeMemberId, String assigneeName, LocalDate dueDate, TaskStatus status,
                           String result, long version, UUID sectionId) {
        public static TaskView of(Task t) {
            return new TaskView(t.id, t.meetingId, t.organizationId, t.title, t.assigneeKind, t.assigneeMemberId,
                    t.assigneeName, t.dueDate, t.status, t.result, t.version, t.sectionId);
        }
    }

    /**
     * A clause; {@code id} keeps an existing clause (and the tasks linked to it) across a rewrite, absent for a new one;
     * {@code nextMonth} marks a clause on next month's work (BR-R4).
     */
    public record Section(UUID id, @NotBlank @Size(max = 300) String heading, @NotNull @Size(max = 50000) String body,
                          Boolean nextMonth) {}

    public record View(UUID meetingId, ResolutionKind kind, String number, String title, List<Section> sections,
                       List<TaskView> tasks, long version) {}

    public record Update(@NotNull @PositiveOrZero Long version, @NotNull ResolutionKind kind,
                         @Size(max = 60) String number, @Size(max = 300) String title,
                         @NotNull @Size(max = 50) List<@Valid @NotNull Section> sections) {}

    public record TaskCreate(@NotBlank @Size(max = 1000) String title, @NotNull AssigneeKind assigneeKind,
                             UUID assigneeMemberId, @Size(max = 300) String assigneeName, LocalDate dueDate,
                             TaskStatus status, UUID sectionId) {}

    public record TaskPatch(@NotNull @PositiveOrZero Long version, TaskStatus status,
                            @Size(max = 5000) String result, LocalDate dueDate) {}
}
