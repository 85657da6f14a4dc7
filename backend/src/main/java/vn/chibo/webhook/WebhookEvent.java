package vn.chibo.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** One event as it will be sent (a CloudEvents JSON body), kept so that every delivery sends the same bytes. */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    /** Assigned by the database on insert: the order of events. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookEventType type;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String body;
}
