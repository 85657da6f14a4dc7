package vn.chibo.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.common.DatedPeriod;
import vn.chibo.organization.Organization;

/** An upper-level committee member (or a delegate) assigned to attend, guide and verify a cell. */
@Entity
@Table(name = "supervision_assignment")
public class SupervisionAssignment extends PanacheEntityBase implements DatedPeriod {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "supervisor_username", nullable = false)
    public String supervisorUsername;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_org_id")
    public Organization cell;

    /** Named by the superior committee to verify in the supervisor's place. */
    public boolean delegate;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override public LocalDate validFrom() { return validFrom; }
    @Override public LocalDate validTo() { return validTo; }
}
