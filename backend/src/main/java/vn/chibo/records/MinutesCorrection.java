package vn.chibo.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An append-only correction to approved minutes. */
@Entity
@Table(name = "minutes_correction")
public class MinutesCorrection extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String text;
}
