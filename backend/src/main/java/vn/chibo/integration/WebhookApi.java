package vn.chibo.integration;

import vn.chibo.common.DomainEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** The HTTP shapes of webhook subscriptions and their delivery log. */
public final class WebhookApi {
    private WebhookApi() {}

    public record Create(@NotBlank @Size(max = 2000) String url,
                         @NotNull @NotEmpty @Size(max = 20) Set<@NotNull DomainEventType> eventTypes,
                         @Size(max = 500) String description) {}

    /** A subscription as listed: never its secret. */
    public record View(UUID id, UUID organizationId, String organizationName, String url,
                       Set<DomainEventType> eventTypes, String description, boolean active, String createdBy,
                       OffsetDateTime createdAt, OffsetDateTime previousSecretUntil, long version) {}

    /** The answer to a creation or a rotation: the only time the secret is shown. */
    public record WithSecret(View subscription, String secret) {}

    public record Delivery(UUID id, UUID subscriptionId, UUID eventId, DomainEventType eventType, UUID subjectId,
                           WebhookDelivery.Status status, int attempts, Integer lastStatusCode, String lastError,
                           Integer lastLatencyMs, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
                           OffsetDateTime deliveredAt) {}
}
