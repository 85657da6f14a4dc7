package vn.chibo.supervision;

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
import java.util.UUID;

/** Bodies of the supervision endpoints (schemas in openapi.yaml). */
public final class SupervisionApi {
    private SupervisionApi() {}

    public record TeamMember(String username, String displayName) {}

    public record TeamView(UUID id, UUID committeeId, String committeeName, String name, String leaderUsername,
                           List<TeamMember> members, long version) {}

    public record TeamMemberInput(@NotBlank @Size(max = 200) String username, @Size(max = 300) String displayName) {}

    public record TeamCreate(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 200) String leaderUsername,
                             @NotNull @Size(max = 100) List<@Valid @NotNull TeamMemberInput> members) {}

    public record TeamUpdate(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 300) String name,
                             @NotBlank @Size(max = 200) String leaderUsername,
                             @NotNull @Size(max = 100) List<@Valid @NotNull TeamMemberInput> members) {}

    public record AssignmentEntry(String username, String displayName, UUID cellId, String cellName) {}

    public record MonthlyAssignments(UUID teamId, String teamName, UUID committeeId, String month,
                                     List<AssignmentEntry> entries, OffsetDateTime updatedAt, String updatedBy,
                                     long version) {}

    public record AssignmentInput(@NotBlank @Size(max = 200) String username, @NotNull UUID cellId) {}

    public record MonthlyAssignmentsSave(@NotNull @PositiveOrZero Long version,
                                         @NotNull @Size(max = 1000) List<@Valid @NotNull AssignmentInput> entries) {}

    /** Why the supervisor may record a visit: a standing assignment, this month's team assignment, or staff above. */
    public enum Basis { STANDING, MONTHLY, STAFF }

    public record VisitCreate(@Size(max = 5000) String comments,
                              @Size(max = 20) List<@NotBlank @Size(max = 1000) String> problems) {}

    public record VisitView(UUID id, UUID meetingId, String meetingType, OffsetDateTime meetingStart, UUID cellId,
                            String cellName, String supervisorUsername, String supervisorName, Basis basis,
                            LocalDate visitedOn, String comments, List<String> problems, OffsetDateTime createdAt) {}

    public record CoverageCell(UUID organizationId, String organizationName, int visits, int required, boolean covered,
                               List<String> supervisors, List<String> visitors) {}

    public record CoverageTotals(int cells, int covered, int notCovered, int visits) {}

    public record Coverage(UUID organizationId, String organizationName, int year, int quarter, LocalDate from,
                           LocalDate to, int requiredPerCell, List<CoverageCell> cells, int page, int size,
                           long totalCells, CoverageTotals totals) {}

    public enum ReportKind { HALF_YEAR, ANNUAL }

    public enum ReportStatus { DRAFT, SUBMITTED }

    public record ReportCreate(@NotNull UUID committeeId, @NotNull @Min(2000) @Max(2100) Integer year,
                               @NotNull ReportKind kind) {}

    public record ReportUpdate(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 20000) String text) {}

    public record ReportView(UUID id, UUID committeeId, String committeeName, int year, ReportKind kind,
                             LocalDate periodFrom, LocalDate periodTo, String author, String authorName,
                             ReportStatus status, String text, int visitCount, int cellCount, int problemCount,
                             LocalDate dueDate, boolean late, OffsetDateTime createdAt, OffsetDateTime submittedAt,
                             long version) {}
}
