package vn.chibo.rating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * The annual rating of one cell or member for a year (DOMAIN.md 18.6 AnnualRating), one revision of it.
 * Each step is dated and signed; a decided revision is never edited: a newer revision supersedes it.
 */
@Entity
@Table(name = "annual_rating")
public class AnnualRating extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    public RatingCycle cycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "subject_name", nullable = false)
    public String subjectName;

    @Column(name = "subject_name_folded", nullable = false)
    public String subjectNameFolded;

    /** The cell rated, or the member's cell. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_org_id")
    public Organization unit;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(name = "org_path", nullable = false)
    public String orgPath;

    @Column(name = "rating_year", nullable = false)
    public int year;

    @Column(name = "regulation_code", nullable = false)
    public String regulationCode;

    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "is_current", nullable = false)
    public boolean current = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RatingState state = RatingState.PENDING;

    /** The level of the latest step taken (self, proposed or final): what lists filter and quotas count. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_level")
    public AnnualLevel currentLevel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "annual_rating_score", joinColumns = @JoinColumn(name = "rating_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "points")
    public Map<String, BigDecimal> scores = new HashMap<>();

    @Column(name = "self_points")
    public BigDecimal selfPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_level")
    public AnnualLevel selfLevel;

    @Column(name = "self_note")
    public String selfNote;

    @Column(name = "tasks_exceeded_pct")
    public Integer tasksExceededPercent;

    @Column(name = "subordinate_disciplined")
    public Boolean subordinateDisciplined;

    @Column(name = "shortcomings_fixed")
    public Boolean shortcomingsFixed;

    @Column(name = "self_at")
    public Instant selfAt;

    @Column(name = "self_by")
    public String selfBy;

    @Column(name = "proposed_points")
    public BigDecimal proposedPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    public AnnualLevel proposedLevel;

    @Column(name = "proposal_note")
    public String proposalNote;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_level")
    public AnnualLevel finalLevel;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_org_id")
    public Organization decidedByOrganization;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "supersede_reason")
    public String supersedeReason;

    @Version
    public long version;

    /** The self-assessment, signed and dated: the points are the total of the scores, checked by the caller. */
    public void recordSelfAssessment(Map<String, BigDecimal> newScores, BigDecimal points, AnnualLevel level, String note,
                                     Integer tasksExceeded, Boolean disciplined, Boolean fixed, Instant at, String by) {
        scores.clear();
        scores.putAll(newScores);
        selfPoints = points;
        selfLevel = level;
        currentLevel = level;
        selfNote = note;
        tasksExceededPercent = tasksExceeded;
        subordinateDisciplined = subjectType == SubjectType.ORGANIZATION ? disciplined : null;
        shortcomingsFixed = fixed;
        selfAt = at;
        selfBy = by;
        state = RatingState.SELF_ASSESSED;
    }

    /** The upper committee's verification and proposal. */
    public void recordProposal(BigDecimal points, AnnualLevel level, String note, Instant at, String by) {
        proposedPoints = points;
        proposedLevel = level;
        currentLevel = level;
        proposalNote = note;
        proposedAt = at;
        proposedBy = by;
        state = RatingState.PROPOSED;
    }

    /** The decision of the committee that opened the cycle. */
    public void recordDecision(AnnualLevel level, String note, Instant at, String by) {
        finalLevel = level;
        currentLevel = level;
        decisionNote = note;
        decidedAt = at;
        decidedBy = by;
        decidedByOrganization = cycle.organization;
        state = RatingState.DECIDED;
    }

    /** A new revision that carries the self-assessment over, to be verified and decided again. */
    public AnnualRating nextRevision(String reason) {
        AnnualRating next = new AnnualRating();
        next.cycle = cycle;
        next.subjectType = subjectType;
        next.subjectId = subjectId;
        next.subjectName = subjectName;
        next.subjectNameFolded = subjectNameFolded;
        next.unit = unit;
        next.unitName = unitName;
        next.orgPath = orgPath;
        next.year = year;
        next.regulationCode = regulationCode;
        next.revision = revision + 1;
        next.state = RatingState.SELF_ASSESSED;
        next.scores = new HashMap<>(scores);
        next.selfPoints = selfPoints;
        next.selfLevel = selfLevel;
        next.currentLevel = selfLevel;
        next.selfNote = selfNote;
        next.tasksExceededPercent = tasksExceededPercent;
        next.subordinateDisciplined = subordinateDisciplined;
        next.shortcomingsFixed = shortcomingsFixed;
        next.selfAt = selfAt;
        next.selfBy = selfBy;
        next.supersedesId = id;
        next.supersedeReason = reason;
        return next;
    }
}
