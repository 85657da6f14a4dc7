package vn.chibo.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One submission of a report as it was sent: never changed; a resubmission adds the next one with its reason. */
@Entity
@Table(name = "periodic_report_revision")
public class ReportRevision extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int revision;

    /** Why it was sent again; null for the first submission. */
    public String reason;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false)
    public boolean late;

    @Embedded
    public Narrative narrative;

    @Column(nullable = false)
    public String figures;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** Who signed it, as printed; null for a revision sent before the signature was kept. */
    @Embedded
    public ReportSignature signature;
}
