package vn.chibo.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Bodies of the model-meeting programme endpoints (schemas in openapi.yaml). */
public final class ModelApi {
    private ModelApi() {}

    /** A rule the programme does not meet yet: shown, not refused. */
    public record Warning(String code, String message) {}

    public record Appraisal(String text, String by, OffsetDateTime at) {}

    public record Lessons(String strengths, String weaknesses, String actions, String by, OffsetDateTime sharedAt) {}

    public record SelectionView(UUID id, UUID cellId, String cellName, ModelKind kind, UUID meetingId,
                                OffsetDateTime meetingStart, String meetingStatus, List<ModelInvitee> invitees,
                                String inviteeNote, Appraisal appraisal, Lessons lessons) {}

    public record ProgrammeView(UUID id, UUID committeeId, String committeeName, int year, int quarter,
                                int subordinateCellCount, int requiredCount, boolean bothKindsRequired,
                                List<SelectionView> selections, List<Warning> warnings, OffsetDateTime updatedAt,
                                String updatedBy, long version, String policyLabel) {}

    public record SelectionInput(@NotNull UUID cellId, @NotNull ModelKind kind, UUID meetingId,
                                 @NotNull @Size(max = 5) List<@NotNull ModelInvitee> invitees,
                                 @Size(max = 1000) String inviteeNote) {}

    public record ProgrammeSave(@NotNull @PositiveOrZero Long version, @Min(1) @Max(4) Integer quarter,
                                @NotNull @Size(max = 20) List<@Valid @NotNull SelectionInput> selections) {}

    public record AppraisalInput(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 5000) String text) {}

    public record LessonsInput(@NotNull @PositiveOrZero Long version, @Size(max = 5000) String strengths,
                               @Size(max = 5000) String weaknesses, @Size(max = 5000) String actions) {}

    public record LessonView(UUID selectionId, UUID programmeId, UUID committeeId, String committeeName, int year,
                             int quarter, UUID cellId, String cellName, ModelKind kind, UUID meetingId,
                             String strengths, String weaknesses, String actions, String by,
                             OffsetDateTime sharedAt) {}
}
