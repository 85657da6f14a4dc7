package vn.chibo.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A team's assignment of its members to cells for one month (set by the team leader). */
@Entity
@Table(name = "supervision_month")
public class SupervisionMonth extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    /** YYYY-MM. */
    @Column(name = "plan_month", nullable = false)
    public String month;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** 1 on the first save: 0 in the API means "not saved yet". */
    @Version
    public long version = 1;
}
