package vn.chibo.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A POST carried out under an {@code Idempotency-Key}: written in the same transaction as what the
 * POST changed, so after a crash either both are there (a retry gets this response) or neither (a
 * retry carries the request out).
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    /** Who sent it: keys are the caller's own, two callers may use the same one. */
    @Column(nullable = false)
    public String caller;

    @Column(name = "idempotency_key", nullable = false)
    public String key;

    /** {@link RequestFingerprint} of the method, address and body: the same key with another request is refused. */
    @Column(nullable = false)
    public String fingerprint;

    /** The response's status; 0 until the request has been carried out (only ever seen inside its transaction). */
    @Column(nullable = false)
    public int status;

    /** The response body as sent (JSON), null without one or when it was too large to keep. */
    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
