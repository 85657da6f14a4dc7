package vn.chibo.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.chibo.organization.Organization;

/** A committee's model-meeting programme for one year (kế hoạch sinh hoạt chi bộ mẫu). */
@Entity
@Table(name = "model_programme")
public class ModelProgramme extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_org_id")
    public Organization committee;

    @Column(name = "plan_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public int quarter;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** 1 on the first save: 0 in the API means "not saved yet". */
    @Version
    public long version = 1;
}
