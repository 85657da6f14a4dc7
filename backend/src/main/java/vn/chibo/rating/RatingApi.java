package vn.chibo.rating;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.evaluation.Rating;

/** Bodies of the annual rating endpoints (schemas in openapi.yaml). */
public final class RatingApi {
    private RatingApi() {}

    public record CycleCreate(@NotNull @Min(2000) @Max(2100) Integer year) {}

    public record CycleView(UUID id, UUID organizationId, String organizationName, int year, String regulationCode,
                            String regulationTitle, OffsetDateTime openedAt, String openedBy, int organizations,
                            int members) {}

    /** The steps the caller may take on a rating now. */
    public enum Action { SELF_ASSESS, PROPOSE, DECIDE, SUPERSEDE }

    public record Row(UUID id, UUID cycleId, int year, String regulationCode, SubjectType subjectType, UUID subjectId,
                      String subjectName, UUID organizationId, String organizationName, int revision, RatingState state,
                      AnnualLevel level, BigDecimal selfPoints, AnnualLevel selfLevel, BigDecimal proposedPoints,
                      AnnualLevel proposedLevel, AnnualLevel finalLevel, OffsetDateTime decidedAt, String decidedBy,
                      long version, List<Action> actions) {}

    public record RowPage(List<Row> items, int page, int size, long total) {}

    /** A warning that does not block: the rule and the reason, in the caller's language. */
    public record Warning(String code, String rule, String message) {}

    /**
     * Suggested inputs from the cell's year: its held regular meetings by month, the months' evaluation
     * ratings (the verified one where verified, else the cell's own; the month's last regular meeting), and
     * the tasks due in the year by outcome.
     */
    public record Suggested(UUID cellId, int regularMonthsHeld, Map<Rating, Integer> monthsByRating,
                            int monthsNotEvaluated, int tasks, int tasksCompleted, int tasksExceeded,
                            Double tasksExceededPercent) {}

    /**
     * BR-E8: a member's meeting discipline over the year, fed to their rating: held cell meetings with their
     * attendance recorded, attended (in the room or online), absent with and without reason, the share attended.
     */
    public record MemberAttendance(UUID memberId, int meetingsRecorded, int attended, int absentExcused,
                                   int absentUnexcused, Double attendedPercent) {}

    /**
     * BR-E8 for the upper committee: one cell type (category) of the subtree in a year: its cells, their months with a
     * regular meeting held by the month's rating, and the cells' annual ratings by the level of their latest step.
     */
    public record DistributionCategory(String categoryCode, String categoryLabel, int cells, int regularMonthsHeld,
                                       Map<Rating, Integer> monthsByRating, int monthsNotEvaluated,
                                       Map<AnnualLevel, Integer> cellsByLevel, int cellsNotRated) {}

    public record Distribution(UUID organizationId, int year, List<DistributionCategory> categories) {}

    public record HistoryItem(UUID id, int revision, RatingState state, AnnualLevel finalLevel,
                              OffsetDateTime decidedAt, String decidedBy, String supersedeReason) {}

    /** One rating with every step, the band its points reach, the suggested inputs, warnings and history. */
    public record View(Row rating, Map<String, BigDecimal> scores, String selfNote, Integer tasksExceededPercent,
                       Boolean subordinateDisciplined, Boolean shortcomingsFixed, OffsetDateTime selfAt, String selfBy,
                       String proposalNote, OffsetDateTime proposedAt, String proposedBy, String decisionNote,
                       UUID decidedByOrganizationId, UUID supersedesId, String supersedeReason, AnnualLevel band,
                       Suggested suggested,
                       // Members only: left out rather than null (the response validator does not take null for a $ref).
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       MemberAttendance memberAttendance,
                       List<Warning> warnings, List<HistoryItem> history) {}

    public record SelfAssessment(@NotNull Long version,
                                 @NotNull Map<String, @NotNull BigDecimal> scores,
                                 @NotNull AnnualLevel level,
                                 @Min(0) @Max(100) Integer tasksExceededPercent,
                                 Boolean subordinateDisciplined,
                                 Boolean shortcomingsFixed,
                                 @Size(max = 2000) String note) {}

    public record Proposal(@NotNull Long version,
                           @NotNull AnnualLevel level,
                           @DecimalMin("0") @DecimalMax("100") BigDecimal points,
                           @Size(max = 2000) String note) {}

    public record Decision(@NotNull Long version, @NotNull AnnualLevel level, @Size(max = 2000) String note) {}

    public record Supersede(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {}

    public record DesignationBody(@NotNull Designation.Kind kind,
                                  @NotNull Boolean politicalTask,
                                  @NotNull Boolean meetingQuality,
                                  @NotNull Boolean unityDiscipline,
                                  @NotNull Boolean cadresMembers,
                                  @Size(max = 2000) String note) {}

    public record DesignationView(UUID id, UUID organizationId, String organizationName, int year, Designation.Kind kind,
                                  boolean politicalTask, boolean meetingQuality, boolean unityDiscipline,
                                  boolean cadresMembers, boolean granted, String note, String decidedBy,
                                  OffsetDateTime decidedAt, long version) {}

    public record DesignationPage(List<DesignationView> items, int page, int size, long total) {}
}
