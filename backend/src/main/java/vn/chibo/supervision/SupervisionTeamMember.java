package vn.chibo.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A member of a supervision team, by login name. */
@Entity
@Table(name = "supervision_team_member")
public class SupervisionTeamMember extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name")
    public String displayName;

    public int position;
}
