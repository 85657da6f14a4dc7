package vn.chibo.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import vn.chibo.common.ApiException;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;

/**
 * Safe retries of POSTs (IETF draft "The Idempotency-Key HTTP Header Field"). A POST with an
 * {@code Idempotency-Key} runs in one transaction that also keeps its response under the caller and
 * the key: the same key with the same request within the retention answers the first response again
 * (marked {@code Idempotent-Replayed: true}) without carrying it out twice; with another request it is
 * refused (422); while the first is still running, or when it lost a race, 409 (retry). A refused or
 * failed request keeps nothing, so the key can be used again for the corrected request. Without the
 * header a POST runs as before.
 */
@IdempotentPosts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {
    public static final String HEADER = "Idempotency-Key";
    /** The longest response kept (characters); a larger one is not replayed but answered with 409. */
    static final int MAX_KEPT_BODY = 1_000_000;
    private static final Logger LOG = Logger.getLogger(IdempotencyInterceptor.class);

    private final CurrentVertxRequest http;
    private final SecurityIdentity identity;
    private final IdempotentRequestStore store;
    private final TransactionManager transactions;
    private final ObjectMapper json;
    private final TimeSource time;
    private final ChiboConfig config;

    public IdempotencyInterceptor(CurrentVertxRequest http, SecurityIdentity identity, IdempotentRequestStore store,
                                  TransactionManager transactions, ObjectMapper json, TimeSource time,
                                  ChiboConfig config) {
        this.http = http;
        this.identity = identity;
        this.store = store;
        this.transactions = transactions;
        this.json = json;
        this.time = time;
        this.config = config;
    }

    @AroundInvoke
    Object around(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        HttpServerRequest request = method.isAnnotationPresent(POST.class) ? http.getCurrent().request() : null;
        String key = request == null ? null : request.getHeader(HEADER);
        if (key == null || identity.isAnonymous()) return call.proceed();
        IdempotencyKeys.requireValid(key);
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            LOG.warnf("%s %s: a transaction is already open, the idempotency key is not applied", request.method(), request.path());
            return call.proceed();
        }
        String caller = identity.getPrincipal().getName();
        String fingerprint = new RequestFingerprint(json).of(request.method().name(), request.uri(), call.getParameters());
        Instant now = time.now();
        transactions.begin();
        try {
            IdempotentRequestStore.Claim claim;
            try {
                claim = store.claim(caller, key, fingerprint, now, now.minus(config.idempotency().retention()));
            } catch (PersistenceException lostRace) {
                // Another request with this key committed first (or still holds it): answer as its retry.
                transactions.rollback();
                throw answer(store.committed(caller, key).orElse(null), fingerprint);
            }
            if (claim.earlier() != null) throw answer(claim.earlier(), fingerprint);
            Object result = call.proceed();
            keep(claim.request(), method, result);
            transactions.commit();
            return result;
        } finally {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) rollbackQuietly();
        }
    }

    private static RuntimeException answer(IdempotentRequestStore.Earlier earlier, String fingerprint) {
        if (earlier == null) return ApiException.conflict("idempotency-request-in-progress");
        if (!earlier.fingerprint().equals(fingerprint)) {
            return new ApiException(422, "idempotency-key-reused", "idempotency-key-reused", new Object[0], List.of(), null);
        }
        if (earlier.responseBody() == null && earlier.status() != 204) return ApiException.conflict("idempotency-response-not-kept");
        return new IdempotentReplay(earlier.status(), earlier.responseBody());
    }

    private void keep(IdempotentRequest kept, Method method, Object result) throws JsonProcessingException {
        Object entity = result;
        int status = 200;
        if (result instanceof Response response) {
            status = response.getStatus();
            entity = response.getEntity();
        } else if (result instanceof RestResponse<?> response) {
            status = response.getStatus();
            entity = response.getEntity();
        } else if (method.isAnnotationPresent(ResponseStatus.class)) {
            status = method.getAnnotation(ResponseStatus.class).value();
        } else if (result == null) {
            status = 204;
        }
        String body = entity == null ? null : json.writeValueAsString(entity);
        kept.status = status;
        kept.responseBody = body != null && body.length() <= MAX_KEPT_BODY ? body : null;
    }

    private void rollbackQuietly() {
        try {
            transactions.rollback();
        } catch (SystemException | IllegalStateException e) {
            LOG.warn("Rolling back an idempotent request failed", e);
        }
    }
}
