package vn.chibo.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Bodies of the alert endpoints (schemas in openapi.yaml). */
public final class AlertApi {
    private AlertApi() {}

    public enum State { OPEN, ACKNOWLEDGED, RESOLVED, ALL }

    public record View(UUID id, UUID organizationId, String organizationName, AlertKind kind, Severity severity,
                       String period, String message, UUID policyId, String policyLabel, OffsetDateTime raisedAt,
                       OffsetDateTime resolvedAt, OffsetDateTime acknowledgedAt, String acknowledgedBy) {}

    public record RunResult(int organizations, int raised, int resolved, int open, long millis) {}
}
