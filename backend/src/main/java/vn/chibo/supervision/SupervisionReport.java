package vn.chibo.supervision;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.organization.Organization;

/** A supervisor's half-year or annual report to the committee, drafted from the recorded visits. */
@Entity
@Table(name = "supervision_report")
public class SupervisionReport extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_org_id")
    public Organization committee;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupervisionApi.ReportKind kind;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_name")
    public String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupervisionApi.ReportStatus status;

    @Column(nullable = false)
    public String body;

    @Column(name = "visit_count")
    public int visitCount;

    @Column(name = "cell_count")
    public int cellCount;

    @Column(name = "problem_count")
    public int problemCount;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    public long version = 1;
}
