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
import java.util.UUID;
import vn.chibo.organization.Organization;

/** A cell chosen for a model meeting: its kind, invitees, appraisal beforehand and lessons afterwards. */
@Entity
@Table(name = "model_selection")
public class ModelSelection extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_org_id")
    public Organization cell;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelKind kind;

    @Column(name = "meeting_id")
    public UUID meetingId;

    public int position;

    /** Comma-separated {@link ModelInvitee} names. */
    @Column(nullable = false)
    public String invitees = "";

    @Column(name = "invitee_note")
    public String inviteeNote;

    public String appraisal;

    @Column(name = "appraised_by")
    public String appraisedBy;

    @Column(name = "appraised_at")
    public Instant appraisedAt;

    public String strengths;

    public String weaknesses;

    public String actions;

    @Column(name = "lessons_by")
    public String lessonsBy;

    @Column(name = "lessons_shared_at")
    public Instant lessonsSharedAt;
}
