package vn.chibo.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.chibo.organization.Organization;

/** A score sheet issued by a committee for its subtree, versioned and dated (DOMAIN.md 12.3). */
@Entity
@Table(name = "scoring_template")
public class ScoringTemplate extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    /** Null for the central templates. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_org_id")
    public Organization issuer;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_basis")
    public String legalBasis;

    /** BR-D6: the main document the template follows, parsed; legalBasis keeps the citation as written. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "legal_reference_id")
    public vn.chibo.policy.LegalReference legalReference;

    public int version;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** Comma-separated meeting types the sheet scores. */
    @Column(name = "meeting_types", nullable = false)
    public String meetingTypes;

    /** In the catalogue only: applies nowhere until a committee adopts (copies) it. */
    @Column(name = "catalogue_only")
    public boolean catalogueOnly;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(name = "good_min", nullable = false)
    public BigDecimal goodMin;

    @Column(name = "fair_min", nullable = false)
    public BigDecimal fairMin;

    @Column(name = "average_min", nullable = false)
    public BigDecimal averageMin;

    /** Content reconstructed from secondary sources, not checked against the original text. */
    public boolean reconstructed;

    @Column(name = "copied_from_id")
    public UUID copiedFromId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public List<String> types() {
        return Arrays.asList(meetingTypes.split(","));
    }
}
