package vn.chibo.planning;

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
import vn.chibo.policy.ArtefactKind;

/** That a cell adopted an artefact of a kind for a year (BR-P7): the day, and the document it is in if any. */
@Entity
@Table(name = "cell_artefact")
public class CellArtefact extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArtefactKind kind;

    @Column(name = "artefact_year", nullable = false)
    public int year;

    @Column(name = "adopted_on", nullable = false)
    public LocalDate adoptedOn;

    public String reference;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
