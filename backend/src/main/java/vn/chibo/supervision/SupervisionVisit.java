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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.organization.Organization;

/** A supervisor attended a held meeting of a cell: comments and the problems raised. */
@Entity
@Table(name = "supervision_visit")
public class SupervisionVisit extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_org_id")
    public Organization cell;

    @Column(name = "supervisor_username", nullable = false)
    public String supervisorUsername;

    @Column(name = "supervisor_name")
    public String supervisorName;

    /** Why this person may record the visit. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupervisionApi.Basis basis;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    public String comments;

    /** One problem per line. */
    public String problems;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
