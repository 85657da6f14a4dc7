package vn.chibo.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One notice to one recipient, with the text as it was sent (the object may change later, the notice does not). */
@Entity
public class Notice extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    /** The login whose inbox shows it; null for a member reached by e-mail only. */
    public String username;

    /** The address it is e-mailed to, when it is e-mailed. */
    public String email;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** Where the object is in the app (the configured base address and the screen's path). */
    @Column(nullable = false)
    public String link;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "object_id", nullable = false)
    public UUID objectId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
