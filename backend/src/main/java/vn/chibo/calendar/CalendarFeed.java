package vn.chibo.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
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

    /** Who created it: the feed serves only what this user may read today, checked on every read. */
    @Column(nullable = false)
    public String username;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set once the owner or an administrator revokes it; a revoked feed answers 410 Gone. */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** When a calendar app last fetched it, recorded at most once an hour (see CalendarFeedRepository). */
    @Column(name = "last_read_at")
    public Instant lastReadAt;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /**
     * The id under which audit entries name this feed. Audit readers must not learn the secret, so it
     * is a one-way (name-based) UUID of it.
     */
    public UUID auditId() {
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
    }
}
