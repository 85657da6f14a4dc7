package vn.chibo.integration;

import vn.chibo.common.DomainEventType;
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

/**
 * A {@link vn.chibo.common.DomainEvent} as recorded: the CloudEvents JSON body that every webhook delivery and every
 * read of the change feed sends, numbered by the database ({@link #seq}, the feed's cursor).
 */
@Entity
@Table(name = "domain_event")
public class RecordedEvent extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    /** Assigned by the database on insert: the order of events. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DomainEventType type;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "organization_path", nullable = false)
    public String organizationPath;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String body;
}
