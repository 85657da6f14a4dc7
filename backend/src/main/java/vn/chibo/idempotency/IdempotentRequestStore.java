package vn.chibo.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The kept POSTs under an {@code Idempotency-Key}, one per caller and key ({@code uq_idempotent_request}). */
@ApplicationScoped
public class IdempotentRequestStore {

    /** What a retry needs of the first request: was it the same request, and what was answered. */
    public record Earlier(String fingerprint, int status, String responseBody) {}

    /** Either the earlier request under the key, or this one's claim on it (then {@code earlier} is null). */
    public record Claim(Earlier earlier, IdempotentRequest request) {}

    /**
     * In the request's transaction: forgets the key if it is older than {@code forgetBefore}, then returns the
     * request kept under it or inserts this one's claim at once, so that a second request with the same key
     * waits on the unique key until the first one's transaction ends (and then fails on it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String caller, String key, String fingerprint, Instant now, Instant forgetBefore) {
        IdempotentRequest.delete("caller = ?1 and key = ?2 and createdAt < ?3", caller, key, forgetBefore);
        Optional<IdempotentRequest> kept = IdempotentRequest.find("caller = ?1 and key = ?2", caller, key).firstResultOptional();
        if (kept.isPresent()) return new Claim(earlier(kept.get()), null);
        IdempotentRequest claim = new IdempotentRequest();
        claim.caller = caller;
        claim.key = key;
        claim.fingerprint = fingerprint;
        claim.createdAt = now;
        claim.persistAndFlush();
        return new Claim(null, claim);
    }

    /** The request kept under the key as committed now, read in a transaction of its own. */
    public Optional<Earlier> committed(String caller, String key) {
        return QuarkusTransaction.requiringNew().call(() -> IdempotentRequest
                .<IdempotentRequest>find("caller = ?1 and key = ?2", caller, key).firstResultOptional()
                .map(IdempotentRequestStore::earlier));
    }

    /** Removes every key older than {@code before}; returns how many. */
    @Transactional
    public long forgetBefore(Instant before) {
        return IdempotentRequest.delete("createdAt < ?1", before);
    }

    private static Earlier earlier(IdempotentRequest kept) {
        return new Earlier(kept.fingerprint, kept.status, kept.responseBody);
    }
}
