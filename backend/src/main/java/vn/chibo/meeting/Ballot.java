package vn.chibo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;

/** One member's choice in a named vote. */
@Entity
public class Ballot extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "vote_id", nullable = false)
    public UUID voteId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Vote.Choice choice;
}
