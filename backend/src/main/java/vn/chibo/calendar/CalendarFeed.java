package vn.chibo.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A private calendar address: its unguessable id is the only credential a calendar app sends. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {
    public enum Scope { CELL, ME }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @Column(name = "organization_id")
    public UUID organizationId;

    /** Who created it: a feed of scope ME shows this user's meetings, with this user's rights. */
    @Column(nullable = false)
    public String username;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
