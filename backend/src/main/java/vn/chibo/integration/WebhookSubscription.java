package vn.chibo.integration;

import vn.chibo.common.DomainEventType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.organization.Organization;

/** Another system's wish to hear of events in a subtree, at a URL, signed with a secret it was shown once. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(nullable = false)
    public String url;

    /** The event types, comma separated (a handful per subscription; read with {@link #eventTypes()}). */
    @Column(name = "event_types", nullable = false)
    String eventTypes;

    public String description;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public Set<DomainEventType> eventTypes() {
        return Arrays.stream(eventTypes.split(",")).map(DomainEventType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DomainEventType.class)));
    }

    public void eventTypes(Set<DomainEventType> types) {
        eventTypes = types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The secrets a delivery at {@code now} is signed with: the current one, and the previous one while it overlaps. */
    public java.util.List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? java.util.List.of(secret, previousSecret) : java.util.List.of(secret);
    }
}
