package vn.chibo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The history of a meeting's schedule and status: what changed, when, by whom, why. */
@Entity
@Table(name = "meeting_change")
public class MeetingChange extends PanacheEntityBase {
    public enum Kind { SCHEDULED, RESCHEDULED, POSTPONED, CANCELLED, NOTIFIED, HELD, MINUTES_APPROVED }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String reason;

    @Column(name = "from_start")
    public Instant fromStart;

    @Column(name = "to_start")
    public Instant toStart;
}
