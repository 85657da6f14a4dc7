package vn.chibo.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bodies of the evaluation, template and supervision endpoints (schemas in openapi.yaml). */
public final class EvaluationApi {
    private EvaluationApi() {}

    /**
     * A level of a criterion. Automatic criteria reach it by thresholds: {@code min} is the lowest percent (of the
     * attendance, speaking or completion rate; for DURATION, of the minimum duration attained), {@code maxShortMinutes}
     * the most minutes a DURATION criterion may fall short of the minimum.
     */
    public record Level(@NotBlank @Size(max = 200) String label, @NotNull @DecimalMin("0") BigDecimal points,
                        @DecimalMin("0") @DecimalMax("100") BigDecimal min,
                        @Min(0) @Max(1440) Integer maxShortMinutes) {}

    public record Criterion(String code, String name, BigDecimal maxPoints, ScoringCriterion.InputType inputType,
                            String autoSource, List<Level> levels, String condition, boolean gate,
                            List<Criterion> children) {}

    public record Template(UUID id, UUID issuerOrganizationId, String issuerName, String name, String legalBasis,
                           int version, LocalDate validFrom, LocalDate validTo, List<String> meetingTypes,
                           boolean catalogueOnly, boolean reconstructed, BigDecimal total, BigDecimal goodMin,
                           BigDecimal fairMin, BigDecimal averageMin, UUID copiedFromId, boolean used,
                           List<Criterion> criteria,
                           // Left out rather than null: the response validator does not take null for a $ref.
                           @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                           vn.chibo.policy.LegalReferenceApi.View legalReference) {}

    public record CriterionInput(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 500) String name,
                                 @NotNull @DecimalMin("0.01") @DecimalMax("1000") BigDecimal maxPoints,
                                 ScoringCriterion.InputType inputType, @Size(max = 40) String autoSource,
                                 @Size(max = 20) List<@Valid @NotNull Level> levels,
                                 @Size(max = 40) String condition, boolean gate,
                                 @Size(max = 50) List<@Valid @NotNull CriterionInput> children) {}

    public record TemplateInput(@NotNull UUID issuerOrganizationId, @NotBlank @Size(max = 300) String name,
                                @Size(max = 500) String legalBasis, @NotNull LocalDate validFrom, LocalDate validTo,
                                @NotEmpty @Size(max = 10) List<@NotBlank String> meetingTypes,
                                @NotNull @DecimalMin("1") @DecimalMax("1000") BigDecimal total,
                                @NotNull BigDecimal goodMin, @NotNull BigDecimal fairMin, @NotNull BigDecimal averageMin,
                                @NotEmpty @Size(max = 50) List<@Valid @NotNull CriterionInput> criteria,
                                // BR-D6: the reference the sheet follows; without it, the one legalBasis mainly cites
                                UUID legalReferenceId) {}

    public record TemplateCopy(@NotNull UUID issuerOrganizationId, @NotNull LocalDate validFrom) {}

    public record Score(String code, String name, BigDecimal maxPoints, boolean gate, BigDecimal selfPoints,
                        BigDecimal autoPoints, String justification, BigDecimal verifierPoints,
                        String verifierComment) {}

    public record Evaluation(UUID meetingId, UUID templateId, String templateName, String status, List<Score> scores,
                             BigDecimal selfTotal, Rating selfRating, List<String> selfFailedGates, List<String> reasons,
                             BigDecimal verifiedTotal, Rating verifiedRating, List<String> verifiedFailedGates,
                             String verifier, OffsetDateTime verifiedAt, String contentHash, String returnReason,
                             String comment, String verifierComment, LocalDate dueDate, boolean overdue, long version) {}

    public record ScoreInput(@NotBlank @Size(max = 20) String code, @NotNull BigDecimal points,
                             @Size(max = 2000) String justification, @Size(max = 2000) String comment) {}

    public record EvaluationSave(@NotNull @PositiveOrZero Long version,
                                 @NotNull @Size(max = 200) List<@Valid @NotNull ScoreInput> scores,
                                 @Size(max = 5000) String comment, Rating proposedRating) {}

    public enum Decision { RETURN, SIGN }

    public record Verification(@NotNull @PositiveOrZero Long version, @NotNull Decision decision,
                               @Size(max = 2000) String reason,
                               @Size(max = 200) List<@Valid @NotNull ScoreInput> scores,
                               @Size(max = 5000) String comment) {}

    public record Assignment(UUID id, String supervisorUsername, UUID cellId, String cellName, boolean delegate,
                             LocalDate validFrom, LocalDate validTo) {}

    public record AssignmentCreate(@NotBlank @Size(max = 200) String supervisorUsername, @NotNull UUID cellId,
                                   boolean delegate, @NotNull LocalDate validFrom, LocalDate validTo) {}

    public record QueueItem(UUID meetingId, UUID organizationId, String organizationName, String meetingType,
                            OffsetDateTime scheduledStart, String status, Rating selfRating, BigDecimal selfTotal,
                            LocalDate dueDate, boolean overdue) {}

    public record CellGap(UUID organizationId, String organizationName, int evaluations, BigDecimal meanSelf,
                          BigDecimal meanVerified, BigDecimal gap) {}

    public record Report(UUID organizationId, LocalDate from, LocalDate to, int evaluations,
                         Map<Rating, Integer> selfRatings, Map<Rating, Integer> verifiedRatings,
                         Map<String, Map<Rating, Integer>> selfRatingsByCategory, int selfGoodDespiteFailedGate,
                         List<CellGap> cellGaps, int page, int size, long totalCellGaps) {}
}
