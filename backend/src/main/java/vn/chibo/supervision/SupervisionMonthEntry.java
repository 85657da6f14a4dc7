package vn.chibo.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.chibo.organization.Organization;

/** One team member sent to one cell in a month. */
@Entity
@Table(name = "supervision_month_entry")
public class SupervisionMonthEntry extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "month_id", nullable = false)
    public UUID monthId;

    @Column(nullable = false)
    public String username;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_org_id")
    public Organization cell;
}
