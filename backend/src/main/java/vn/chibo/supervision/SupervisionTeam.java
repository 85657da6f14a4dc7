package vn.chibo.supervision;

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

/** A team that attends, follows and guides cell meetings (tổ dự, theo dõi, hướng dẫn) for a committee. */
@Entity
@Table(name = "supervision_team")
public class SupervisionTeam extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_org_id")
    public Organization committee;

    @Column(nullable = false)
    public String name;

    @Column(name = "leader_username", nullable = false)
    public String leaderUsername;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version = 1;
}
