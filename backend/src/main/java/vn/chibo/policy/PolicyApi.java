package vn.chibo.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Bodies of the policy endpoints (schemas in openapi.yaml). */
public final class PolicyApi {
    private PolicyApi() {}

    static final String MONTH_DAY = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    public record View(UUID id, UUID issuerOrganizationId, String issuerName, String label, String legalBasis,
                       LocalDate validFrom, LocalDate validTo,
                       int attendanceTargetPercent, int maxConsecutiveExcusedAbsences, int speakingTargetPercent,
                       int minDurationMinutes, int combinedMinDurationMinutes, int documentLeadDays,
                       long maxDocumentBytes, VoteRule voteRule, PolicyProfile.SecondRegular secondRegularInMonth,
                       int verificationDueDays, int selfScoreDueDays, int topicalPerQuarter, int forumsPerYearMin, int forumsPerYearMax,
                       int modelCellThreshold, int modelMeetingsBelowThreshold, int modelMeetingsAtOrAboveThreshold,
                       int modelMeetingQuarter, String topicalPlanDue, int monthlyScheduleDueDay,
                       int regularMeetingWarnDay, String supervisorHalfYearReportDue, String supervisorAnnualReportDue,
                       int visitsPerCellPerQuarter, PolicyProfile.EmptyQuarter emptyQuarterRule,
                       AnnualTargets annualTargets, boolean excellentQuotaEnabled, int excellentQuotaPercent,
                       ReportDeadlines reportDeadlines, LargeCellRule largeCellRule, int forumWarnMonth,
                       List<KindRule> voteRules, boolean onlineAttendanceCounts, MeetingRecords meetingRecords,
                       int removalReviewMonths, ArtefactChecklist artefactChecklist,
                       List<OrientationItem> orientationAgendaItems,
                       @JsonInclude(JsonInclude.Include.NON_NULL) LegalReferenceApi.View legalReference) {
        public static View of(PolicyProfile p) {
            return new View(p.id, p.issuer == null ? null : p.issuer.id, p.issuerName, p.label(), p.legalBasis,
                    p.validFrom, p.validTo, p.attendanceTargetPercent, p.maxConsecutiveExcusedAbsences,
                    p.speakingTargetPercent, p.minDurationMinutes, p.combinedMinDurationMinutes, p.documentLeadDays,
                    p.maxDocumentBytes, p.voteRule, p.secondRegularInMonth, p.verificationDueDays,
                    p.selfScoreDueDays, p.topicalPerQuarter, p.forumsPerYearMin, p.forumsPerYearMax, p.modelCellThreshold,
                    p.modelMeetingsBelowThreshold, p.modelMeetingsAtOrAboveThreshold, p.modelMeetingQuarter,
                    p.topicalPlanDue, p.monthlyScheduleDueDay, p.regularMeetingWarnDay,
                    p.supervisorHalfYearReportDue, p.supervisorAnnualReportDue, p.visitsPerCellPerQuarter,
                    p.emptyQuarterRule, AnnualTargets.of(p), p.excellentQuotaEnabled, p.excellentQuotaPercent,
                    ReportDeadlines.of(p), LargeCellRule.of(p), p.forumWarnMonth, KindRule.of(p),
                    p.onlineAttendanceCounts, MeetingRecords.of(p),
                    p.removalReviewMonths, ArtefactChecklist.of(p), p.orientationItems(),
                    LegalReferenceApi.View.of(p.legalReference));
        }
    }

    /** The annual targets of BR-S5 (DOMAIN.md 14.2), in percent except the count of unexcused absences. */
    public record AnnualTargets(@NotNull @Min(0) @Max(100) Integer orgGoodOrAbovePercent,
                                @NotNull @Min(0) @Max(100) Integer orgExcellentPercent,
                                @NotNull @Min(0) @Max(100) Integer orgNotCompletedMaxPercent,
                                @NotNull @Min(0) @Max(100) Integer memberGoodOrAbovePercent,
                                @NotNull @Min(0) @Max(100) Integer memberExcellentMinPercent,
                                @NotNull @Min(0) @Max(100) Integer memberExcellentMaxPercent,
                                @NotNull @Min(0) @Max(100) Integer cellsMeetingMonthlyPercent,
                                @NotNull @Min(0) @Max(100) Integer attendanceAbovePercent,
                                @NotNull @Min(0) @Max(100000) Integer unexcusedAbsencesMax) {
        static AnnualTargets of(PolicyProfile p) {
            return new AnnualTargets(p.targetOrgGoodPercent, p.targetOrgExcellentPercent, p.targetOrgFailedMaxPercent,
                    p.targetMemberGoodPercent, p.targetMemberExcellentMinPercent, p.targetMemberExcellentMaxPercent,
                    p.targetCellsMeetingPercent, p.targetAttendancePercent, p.targetUnexcusedAbsencesMax);
        }

        void applyTo(PolicyProfile p) {
            p.targetOrgGoodPercent = orgGoodOrAbovePercent;
            p.targetOrgExcellentPercent = orgExcellentPercent;
            p.targetOrgFailedMaxPercent = orgNotCompletedMaxPercent;
            p.targetMemberGoodPercent = memberGoodOrAbovePercent;
            p.targetMemberExcellentMinPercent = memberExcellentMinPercent;
            p.targetMemberExcellentMaxPercent = memberExcellentMaxPercent;
            p.targetCellsMeetingPercent = cellsMeetingMonthlyPercent;
            p.targetAttendancePercent = attendanceAbovePercent;
            p.targetUnexcusedAbsencesMax = unexcusedAbsencesMax;
        }
    }

    /** When the periodic reports are due (BR-S2): quarter-end offsets in days, six-month and annual days MM-DD. */
    public record ReportDeadlines(@NotNull @Min(0) @Max(120) Integer quarterlyDueDays,
                                  @NotNull @Pattern(regexp = MONTH_DAY) String halfYearDue,
                                  @NotNull @Pattern(regexp = MONTH_DAY) String annualDue,
                                  @NotNull @Min(0) @Max(120) Integer modelMeetingDueDays) {
        static ReportDeadlines of(PolicyProfile p) {
            return new ReportDeadlines(p.reportQuarterDueDays, p.reportHalfYearDue, p.reportAnnualDue, p.reportModelDueDays);
        }
    }

    /**
     * BR-R1's optional large-cell rule: a cell expecting at least {@code members} members meets for at least
     * {@code minDurationMinutes}; {@code members} null: the rule is off.
     */
    public record LargeCellRule(@Min(2) @Max(1000) Integer members, @NotNull @Min(0) @Max(1440) Integer minDurationMinutes) {
        static LargeCellRule of(PolicyProfile p) {
            return new LargeCellRule(p.largeCellMembers, p.largeCellMinDurationMinutes);
        }
    }

    /** BR-H8: the pass rule of one kind of decision; ORDINARY is always the profile's {@code voteRule}. */
    public record KindRule(@NotNull DecisionKind decisionKind, @NotNull VoteRule rule) {
        static List<KindRule> of(PolicyProfile p) {
            List<KindRule> out = new ArrayList<>();
            for (DecisionKind kind : DecisionKind.values()) {
                VoteDecisions.ruleFor(p, kind).ifPresent(rule -> out.add(new KindRule(kind, rule)));
            }
            return out;
        }
    }

    /**
     * Who prepares a meeting (BR-M2) and how many days after it its final documents and resolution are published and
     * sent to the committee above (BR-R5).
     */
    public record MeetingRecords(@NotNull PolicyProfile.PreparerRule preparerRule,
                                 @NotNull @Min(0) @Max(30) Integer postPublishDeadlineDays) {
        static MeetingRecords of(PolicyProfile p) {
            return new MeetingRecords(p.preparerRule, p.postPublishDeadlineDays);
        }

        void applyTo(PolicyProfile p) {
            p.preparerRule = preparerRule;
            p.postPublishDeadlineDays = postPublishDeadlineDays;
        }
    }

    /** A new profile; the planning values left out take the usual defaults (DOMAIN.md 6, 9, 10). */
    public record Create(@NotNull UUID issuerOrganizationId,
                         @Size(max = 500) String legalBasis,
                         @NotNull LocalDate validFrom,
                         LocalDate validTo,
                         @NotNull @Min(0) @Max(100) Integer attendanceTargetPercent,
                         @NotNull @Min(1) @Max(12) Integer maxConsecutiveExcusedAbsences,
                         @NotNull @Min(0) @Max(100) Integer speakingTargetPercent,
                         @NotNull @Min(0) @Max(1440) Integer minDurationMinutes,
                         @NotNull @Min(0) @Max(1440) Integer combinedMinDurationMinutes,
                         @NotNull @Min(0) @Max(30) Integer documentLeadDays,
                         @NotNull @Min(1024) @Max(20971520) Long maxDocumentBytes,
                         @NotNull VoteRule voteRule,
                         @NotNull PolicyProfile.SecondRegular secondRegularInMonth,
                         @Min(1) @Max(90) Integer verificationDueDays,
                         @Min(0) @Max(30) Integer selfScoreDueDays,
                         @Min(0) @Max(3) Integer topicalPerQuarter,
                         @Min(0) @Max(12) Integer forumsPerYearMin,
                         @Min(0) @Max(12) Integer forumsPerYearMax,
                         @Min(1) @Max(1000) Integer modelCellThreshold,
                         @Min(0) @Max(20) Integer modelMeetingsBelowThreshold,
                         @Min(0) @Max(20) Integer modelMeetingsAtOrAboveThreshold,
                         @Min(1) @Max(4) Integer modelMeetingQuarter,
                         @Pattern(regexp = MONTH_DAY) String topicalPlanDue,
                         @Min(1) @Max(28) Integer monthlyScheduleDueDay,
                         @Min(1) @Max(28) Integer regularMeetingWarnDay,
                         @Pattern(regexp = MONTH_DAY) String supervisorHalfYearReportDue,
                         @Pattern(regexp = MONTH_DAY) String supervisorAnnualReportDue,
                         @Min(0) @Max(12) Integer visitsPerCellPerQuarter,
                         PolicyProfile.EmptyQuarter emptyQuarterRule,
                         @Valid AnnualTargets annualTargets,
                         Boolean excellentQuotaEnabled,
                         @Min(0) @Max(100) Integer excellentQuotaPercent,
                         @Valid ReportDeadlines reportDeadlines,
                         @Valid LargeCellRule largeCellRule,
                         @Min(1) @Max(12) Integer forumWarnMonth,
                         @Size(max = 10) List<@Valid @NotNull KindRule> voteRules,
                         Boolean onlineAttendanceCounts,
                         @Valid MeetingRecords meetingRecords,
                         @Min(1) @Max(12) Integer removalReviewMonths,
                         @Valid ArtefactChecklist artefactChecklist,
                         @Size(max = 2) List<@NotNull OrientationItem> orientationAgendaItems,
                         UUID legalReferenceId) {}

    /**
     * BR-P7: the artefacts expected of every cell each year, and the day (MM-DD) after which a missing one is warned;
     * those expected once per term (nhiệm kỳ, from termStartYear every termYears years), due that day of the term's
     * first year. Without the term's fields, none per term (a term from 2025 of 5 years).
     */
    public record ArtefactChecklist(@NotNull @Size(max = 10) java.util.List<@NotNull ArtefactKind> kinds,
                                    @NotNull @Pattern(regexp = MONTH_DAY) String due,
                                    @Size(max = 10) java.util.List<@NotNull ArtefactKind> termKinds,
                                    @Min(2000) @Max(2100) Integer termStartYear,
                                    @Min(1) @Max(10) Integer termYears) {
        static ArtefactChecklist of(PolicyProfile p) {
            return new ArtefactChecklist(p.expectedArtefactKinds(), p.artefactsDue, p.termArtefactKinds(),
                    p.termStartYear, p.termYears);
        }
    }
}
