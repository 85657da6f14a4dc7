package vn.chibo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** Someone (a member or a guest) spoke, optionally on an agenda item, with a summary. */
@Entity
public class Speech extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "guest_id")
    public UUID guestId;

    @Column(name = "agenda_item_id")
    public UUID agendaItemId;

    public String summary;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
