package vn.chibo.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * A rule set issued by a committee for its subtree from a date (DOMAIN.md 18.1 PolicyProfile).
 * Never edited: a committee changes its rules by issuing a newer profile.
 */
@Entity
@Table(name = "policy_profile")
public class PolicyProfile extends PanacheEntityBase {
    /** Whether a second regular meeting in a month is only flagged or refused. */
    public enum SecondRegular { WARN, REFUSE }

    /** Whether an annual topical plan with a quarter left empty is only flagged or refused. */
    public enum EmptyQuarter { WARN, REFUSE }

    /** BR-M2: who may prepare a meeting: the secretary or deputy (HD 12), or whom the secretary assigns (HD 42). */
    public enum PreparerRule { SECRETARY_OR_DEPUTY, ASSIGNED_BY_SECRETARY }

    @Id
    public UUID id = UUID.randomUUID();

    /** Null for the central default that applies where no committee issued its own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_org_id")
    public Organization issuer;

    @Column(name = "issuer_name", nullable = false)
    public String issuerName;

    @Column(name = "legal_basis")
    public String legalBasis;

    /** BR-D6: the main document the profile applies, parsed; legalBasis keeps the citation as written. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "legal_reference_id")
    public LegalReference legalReference;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "attendance_target_pct")
    public int attendanceTargetPercent;

    @Column(name = "max_consecutive_excused")
    public int maxConsecutiveExcusedAbsences;

    @Column(name = "speaking_target_pct")
    public int speakingTargetPercent;

    @Column(name = "min_duration_min")
    public int minDurationMinutes;

    @Column(name = "combined_min_duration_min")
    public int combinedMinDurationMinutes;

    @Column(name = "document_lead_days")
    public int documentLeadDays;

    @Column(name = "max_document_bytes")
    public long maxDocumentBytes;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_rule", nullable = false)
    public VoteRule voteRule;

    /** BR-H8: the pass rules of the other kinds of decision; a kind left out cannot be voted on (see VoteDecisions). */
    @Convert(converter = VoteRulesColumn.class)
    @Column(name = "vote_rules", nullable = false)
    public Map<DecisionKind, VoteRule> voteRules = new EnumMap<>(DecisionKind.class);

    /** BR-H9: whether a member attending online counts as present (rate, voters, score, facts). */
    @Column(name = "online_attendance_counts", nullable = false)
    public boolean onlineAttendanceCounts = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_regular_in_month", nullable = false)
    public SecondRegular secondRegularInMonth;

    /** Days after the meeting by which the supervisor should have verified its evaluation. */
    @Column(name = "verification_due_days")
    public int verificationDueDays = 7;

    /**
     * BR-E1: days after a held regular or topical meeting by which the cell should have self-scored it; the
     * score sheet goes with the minutes, so by default the same two days as their publication (BR-R5).
     */
    @Column(name = "self_score_due_days")
    public int selfScoreDueDays = 2;

    /** Last day the profile applies; null while it is in force without end. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "topical_per_quarter")
    public int topicalPerQuarter = 1;

    @Column(name = "forums_per_year_min")
    public int forumsPerYearMin = 1;

    @Column(name = "forums_per_year_max")
    public int forumsPerYearMax = 2;

    /** Subordinate cells from which a committee holds more model meetings (DOMAIN.md 9). */
    @Column(name = "model_cell_threshold")
    public int modelCellThreshold = 8;

    @Column(name = "model_below_threshold")
    public int modelMeetingsBelowThreshold = 1;

    @Column(name = "model_at_or_above_threshold")
    public int modelMeetingsAtOrAboveThreshold = 2;

    @Column(name = "model_quarter")
    public int modelMeetingQuarter = 1;

    /** Day of the year (MM-DD) by which a cell submits its annual topical plan. */
    @Column(name = "topical_plan_due", nullable = false)
    public String topicalPlanDue = "02-05";

    /** Day of the month by which a committee sends its cells' monthly schedule. */
    @Column(name = "monthly_schedule_due_day")
    public int monthlyScheduleDueDay = 2;

    /** Day of the month from which a cell without a planned regular meeting is flagged. */
    @Column(name = "regular_warn_day")
    public int regularMeetingWarnDay = 20;

    @Column(name = "supervisor_half_year_due", nullable = false)
    public String supervisorHalfYearReportDue = "06-20";

    @Column(name = "supervisor_annual_due", nullable = false)
    public String supervisorAnnualReportDue = "12-10";

    @Column(name = "visits_per_quarter")
    public int visitsPerCellPerQuarter = 1;

    /** BR-R1, optional large-cell rule: a cell expecting at least this many members meets longer; null: off. */
    @Column(name = "large_cell_members")
    public Integer largeCellMembers;

    @Column(name = "large_cell_min_duration_min")
    public int largeCellMinDurationMinutes = 120;

    /** BR-P5: from this month of the year, the year's forums are warned about while they fall short. */
    @Column(name = "forum_warn_month")
    public int forumWarnMonth = 12;

    @Enumerated(EnumType.STRING)
    @Column(name = "empty_quarter_rule", nullable = false)
    public EmptyQuarter emptyQuarterRule = EmptyQuarter.WARN;

    /** Annual targets (BR-S5, DOMAIN.md 14.2): shares in percent of the rated organisations and members. */
    @Column(name = "target_org_good_pct")
    public int targetOrgGoodPercent = 80;

    @Column(name = "target_org_excellent_pct")
    public int targetOrgExcellentPercent = 20;

    @Column(name = "target_org_failed_max_pct")
    public int targetOrgFailedMaxPercent = 0;

    @Column(name = "target_member_good_pct")
    public int targetMemberGoodPercent = 85;

    @Column(name = "target_member_excellent_min_pct")
    public int targetMemberExcellentMinPercent = 15;

    @Column(name = "target_member_excellent_max_pct")
    public int targetMemberExcellentMaxPercent = 20;

    /** Cells that held their regular meeting every month, in percent. */
    @Column(name = "target_cells_meeting_pct")
    public int targetCellsMeetingPercent = 100;

    /** Attendance over the year must be above this percentage. */
    @Column(name = "target_attendance_pct")
    public int targetAttendancePercent = 85;

    /** Unexcused absences allowed over the period (none). */
    @Column(name = "target_unexcused_max")
    public int targetUnexcusedAbsencesMax = 0;

    /** BR-S4: whether members rated HTXSNV beyond a share of those rated HTTNV are warned about. */
    @Column(name = "excellent_quota_enabled")
    public boolean excellentQuotaEnabled = false;

    @Column(name = "excellent_quota_pct")
    public int excellentQuotaPercent = 20;

    /** BR-S2: days after a quarter's end by which the quarterly report reaches the committee above. */
    @Column(name = "report_quarter_due_days")
    public int reportQuarterDueDays = 5;

    /** BR-S2: day of the year (MM-DD) by which the six-month report is due. */
    @Column(name = "report_half_year_due", nullable = false)
    public String reportHalfYearDue = "06-20";

    /** BR-S2: day of the year (MM-DD) by which the annual report is due. */
    @Column(name = "report_annual_due", nullable = false)
    public String reportAnnualDue = "12-10";

    /** Days after the end of the model-meeting quarter by which their results are reported. */
    @Column(name = "report_model_due_days")
    public int reportModelDueDays = 15;

    @Enumerated(EnumType.STRING)
    @Column(name = "preparer_rule", nullable = false)
    public PreparerRule preparerRule = PreparerRule.SECRETARY_OR_DEPUTY;

    /** BR-R5: days after the meeting by which its final documents are published and sent to the committee above. */
    @Column(name = "post_publish_deadline_days")
    public int postPublishDeadlineDays = 2;

    /** BR-H6: months in a year of skipped meetings or unpaid dues without reason from which removal is considered. */
    @Column(name = "removal_review_months")
    public int removalReviewMonths = 3;

    /** BR-P7: the artefacts every cell is expected to have each year, comma-separated {@link ArtefactKind} names. */
    @Column(name = "expected_artefacts", nullable = false)
    public String expectedArtefacts = "WORK_PROGRAMME,INSPECTION_PROGRAMME,TASK_ASSIGNMENT,MEMBER_COMMITMENTS";

    /** BR-P7: day of the year (MM-DD) after which a cell missing an expected artefact is warned about. */
    @Column(name = "artefacts_due", nullable = false)
    public String artefactsDue = "03-31";

    /**
     * BR-R6: the agenda items the upper committee's orientation requires in every regular (or combined) meeting,
     * comma-separated {@link OrientationItem} names; empty when it requires none.
     */
    @Column(name = "orientation_agenda_items", nullable = false)
    public String orientationAgendaItems = "NEWS";

    /**
     * BR-P7: the artefacts expected once per term (nhiệm kỳ) rather than each year, comma-separated; none by default.
     * One is recorded for the year its term starts and counts for every year of the term.
     */
    @Column(name = "term_artefacts", nullable = false)
    public String termArtefacts = "";

    /** BR-P7: a year a term of the cells starts (the congress year), and how many years a term lasts. */
    @Column(name = "term_start_year", nullable = false)
    public int termStartYear = 2025;

    @Column(name = "term_years", nullable = false)
    public int termYears = 5;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** What people and alerts cite: who issued it and from when. */
    public String label() {
        return issuerName + " (" + validFrom + ")";
    }

    /**
     * BR-R1: the shortest a meeting may last: the combined minimum for a combined regular and topical meeting, else
     * the regular minimum; with the large-cell rule on, at least its own minimum when the cell expects that many.
     */
    public int minimumDurationMinutes(boolean combined, int expectedMembers) {
        int minimum = combined ? combinedMinDurationMinutes : minDurationMinutes;
        boolean large = largeCellMembers != null && expectedMembers >= largeCellMembers;
        return large ? Math.max(minimum, largeCellMinDurationMinutes) : minimum;
    }

    /** BR-P7: the artefact kinds expected each year, in the enum's order. */
    public java.util.List<ArtefactKind> expectedArtefactKinds() {
        return names(ArtefactKind.class, expectedArtefacts);
    }

    /** BR-P7: the artefact kinds expected once per term, in the enum's order. */
    public java.util.List<ArtefactKind> termArtefactKinds() {
        return names(ArtefactKind.class, termArtefacts);
    }

    /** BR-P7: the first year of the term the year falls in. */
    public int termStartOf(int year) {
        return termStartYear + Math.floorDiv(year - termStartYear, termYears) * termYears;
    }

    /** BR-R6: the items the orientation requires, in the enum's order. */
    public java.util.List<OrientationItem> orientationItems() {
        return names(OrientationItem.class, orientationAgendaItems);
    }

    /** A comma-separated column of enum names, in the enum's order. */
    private static <E extends Enum<E>> java.util.List<E> names(Class<E> type, String column) {
        java.util.EnumSet<E> values = java.util.EnumSet.noneOf(type);
        for (String k : column.split(",")) {
            if (!k.isBlank()) values.add(Enum.valueOf(type, k.trim()));
        }
        return java.util.List.copyOf(values);
    }

    public boolean appliesOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** A "MM-DD" deadline of this profile in the given year (29/02 falls back to 28/02). */
    public static LocalDate dayOfYear(String monthDay, int year) {
        return MonthDay.parse("--" + monthDay).atYear(year);
    }
}
