package vn.chibo.common;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something happened that other systems may want to hear of: fired synchronously inside the transaction that
 * made it happen, so that whatever records it (the webhook outbox, the change feed) commits or rolls back with
 * the change. {@code data} holds ids, names, dates and states only, never personal data.
 */
public record DomainEvent(DomainEventType type, UUID organizationId, String organizationPath, UUID subjectId,
                          Instant at, Map<String, Object> data) {}
