package vn.chibo.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * A periodic report of an organisation to the committee above it (DOMAIN.md 18.6 PeriodicReport). While DRAFT its
 * figures are computed when read; on submission they are frozen here and in a {@link ReportRevision}.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    /** The committee above when the report was opened: the one that receives it. */
    @Column(name = "recipient_org_id", nullable = false)
    public UUID recipientId;

    @Column(name = "org_path", nullable = false)
    public String orgPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Column(nullable = false)
    public String period;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status = ReportStatus.DRAFT;

    /** 0 while never submitted, then the number of the latest revision. */
    @Column(nullable = false)
    public int revision;

    @Embedded
    public Narrative narrative = new Narrative();

    /** JSON of {@link ReportFigures} as submitted; null while DRAFT. */
    public String figures;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The signature block of the latest revision, as it was when sent; null while DRAFT. */
    @Embedded
    public ReportSignature signature;

    /** Whether the first submission came after the due day (BR-S2); resubmissions do not change it. */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
