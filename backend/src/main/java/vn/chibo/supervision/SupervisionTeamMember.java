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
