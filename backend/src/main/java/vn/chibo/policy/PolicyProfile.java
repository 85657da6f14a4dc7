package vn.chibo.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "second_regular_in_month", nullable = false)
    public SecondRegular secondRegularInMonth;

    /** Days after the meeting by which the supervisor should have verified its evaluation. */
    @Column(name = "verification_due_days")
    public int verificationDueDays = 7;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
