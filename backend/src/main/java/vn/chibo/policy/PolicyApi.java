package vn.chibo.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Bodies of the policy endpoints (schemas in openapi.yaml). */
public final class PolicyApi {
    private PolicyApi() {}

    public record View(UUID id, UUID issuerOrganizationId, String issuerName, String legalBasis, LocalDate validFrom,
                       int attendanceTargetPercent, int maxConsecutiveExcusedAbsences, int speakingTargetPercent,
                       int minDurationMinutes, int combinedMinDurationMinutes, int documentLeadDays,
                       long maxDocumentBytes, VoteRule voteRule, PolicyProfile.SecondRegular secondRegularInMonth,
                       int verificationDueDays) {
        public static View of(PolicyProfile p) {
            return new View(p.id, p.issuer == null ? null : p.issuer.id, p.issuerName, p.legalBasis, p.validFrom,
                    p.attendanceTargetPercent, p.maxConsecutiveExcusedAbsences, p.speakingTargetPercent,
                    p.minDurationMinutes, p.combinedMinDurationMinutes, p.documentLeadDays, p.maxDocumentBytes,
                    p.voteRule, p.secondRegularInMonth, p.verificationDueDays);
        }
    }

    public record Create(@NotNull UUID issuerOrganizationId,
                         @Size(max = 500) String legalBasis,
                         @NotNull LocalDate validFrom,
                         @NotNull @Min(0) @Max(100) Integer attendanceTargetPercent,
                         @NotNull @Min(1) @Max(12) Integer maxConsecutiveExcusedAbsences,
                         @NotNull @Min(0) @Max(100) Integer speakingTargetPercent,
                         @NotNull @Min(0) @Max(1440) Integer minDurationMinutes,
                         @NotNull @Min(0) @Max(1440) Integer combinedMinDurationMinutes,
                         @NotNull @Min(0) @Max(30) Integer documentLeadDays,
                         @NotNull @Min(1024) @Max(20971520) Long maxDocumentBytes,
                         @NotNull VoteRule voteRule,
                         @NotNull PolicyProfile.SecondRegular secondRegularInMonth,
                         @Min(1) @Max(90) Integer verificationDueDays) {}
}
