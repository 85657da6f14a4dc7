package vn.chibo.common;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Budgets per caller, so that one integration client cannot starve the cell secretaries. A signed-in
 * caller is counted by its verified principal (however its header is spelt, whichever token it
 * holds); calls without a valid token (none, or one that fails) are counted by network address in a
 * smaller budget, so junk tokens cannot each start from zero.
 *
 * <p>Each replica first spends from its own token bucket ({@link RateBuckets}); with
 * {@code chibo.rate-limit.shared} the same budget is then spent from the minute shared by every replica
 * ({@link SharedBudget}), so a caller refused by one replica is refused by the others too.
 */
@ApplicationScoped
public class RateLimits {
    private static final String ADDRESS = "chibo.rate.address";
    private static final String LIMIT_HEADER = "RateLimit-Limit";
    private static final String SPENT = "chibo.rate.spent";
    private static final String REMAINING = "chibo.rate.remaining";
    private static final String LIMIT = "chibo.rate.limit";
    private static final String RESET = "chibo.rate.reset";

    private final RateBuckets callers;
    private final RateBuckets addresses;
    private final SharedBudget sharedCallers;
    private final SharedBudget sharedAddresses;
    private final ApiMetrics metrics;

    public RateLimits(ChiboConfig config, ApiMetrics metrics, RateWindows windows, TimeSource time) {
        this.metrics = metrics;
        ChiboConfig.RateLimit limits = config.rateLimit();
        Ticker clock = Ticker.systemTicker();
        this.callers = new RateBuckets(limits.perMinute(), limits.maxCallers(), clock);
        this.addresses = new RateBuckets(limits.anonymousPerMinute(), limits.maxCallers(), clock);
        this.sharedCallers = limits.shared() ? new SharedBudget("caller", limits.perMinute(), limits.sharedChunk(),
                limits.maxCallers(), windows, time::now, metrics::sharedRateBudget) : null;
        this.sharedAddresses = limits.shared() ? new SharedBudget("anonymous", limits.anonymousPerMinute(),
                limits.sharedChunk(), limits.maxCallers(), windows, time::now, metrics::sharedRateBudget) : null;
    }

    static void rememberAddress(ContainerRequestContext request, HttpServerRequest http) {
        request.setProperty(ADDRESS, http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    /** A call without a valid token spends its address's budget (once per request); 429 when none is left. */
    public Uni<Response> spendAnonymous(ContainerRequestContext request) {
        if (!(request.getProperty(ADDRESS) instanceof String address) || request.getProperty(SPENT) != null) {
            return Uni.createFrom().nullItem();
        }
        return spend(request, addresses, sharedAddresses, address, "anonymous");
    }

    /** A verified caller spends its own budget; 429 when none is left. */
    public Uni<Response> spendCaller(ContainerRequestContext request, String principal) {
        if (request.getProperty(SPENT) != null) return Uni.createFrom().nullItem();
        return spend(request, callers, sharedCallers, principal, "caller");
    }

    /**
     * The rate-limit headers of the IETF draft (draft-ietf-httpapi-ratelimit-headers): the budget,
     * what is left of it, the seconds until it is whole again, and the policy (requests per 60 s).
     */
    void describe(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null && !response.getHeaders().containsKey(LIMIT_HEADER)) {
            headers(response.getHeaders()::putSingle, request.getProperty(LIMIT), remaining, request.getProperty(RESET));
        }
    }

    private static void headers(BiConsumer<String, Object> header, Object limit, Object remaining, Object reset) {
        header.accept(LIMIT_HEADER, limit);
        header.accept("RateLimit-Remaining", remaining);
        header.accept("RateLimit-Reset", reset);
        header.accept("RateLimit-Policy", limit + ";w=60");
    }

    /**
     * The replica's own bucket first; then, when it allows the call, the shared window: from the tokens this
     * replica holds, or else (rarely, once per chunk) from the database, off the event loop.
     */
    private Uni<Response> spend(ContainerRequestContext request, RateBuckets budget, SharedBudget shared, String key,
                                String kind) {
        RateBuckets.Decision decision = budget.take(key);
        request.setProperty(SPENT, Boolean.TRUE);
        if (!decision.allowed() || shared == null) return Uni.createFrom().item(answer(request, budget.perMinute(), decision, kind));
        SharedBudget.Answer held = shared.takeHeld(key);
        if (held != null) return Uni.createFrom().item(answer(request, budget.perMinute(), both(decision, held), kind));
        return offEventLoop(() -> shared.takeReserving(key))
                .map(reserved -> answer(request, budget.perMinute(), both(decision, reserved), kind));
    }

    /** Both budgets allow the call: the lesser remaining, the later reset. Or the shared one refuses it. */
    private static RateBuckets.Decision both(RateBuckets.Decision local, SharedBudget.Answer shared) {
        if (!shared.allowed()) return new RateBuckets.Decision(false, 0, shared.resetSeconds(), shared.resetSeconds());
        return new RateBuckets.Decision(true, Math.min(local.remaining(), shared.remaining()), 0,
                Math.max(local.resetSeconds(), shared.resetSeconds()));
    }

    private Response answer(ContainerRequestContext request, int limit, RateBuckets.Decision decision, String kind) {
        request.setProperty(LIMIT, limit);
        request.setProperty(REMAINING, decision.remaining());
        request.setProperty(RESET, decision.resetSeconds());
        if (decision.allowed()) return null;
        metrics.rateLimited(kind);
        Locale locale = Messages.pick(request.getAcceptableLanguages());
        Response.ResponseBuilder refusal = Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", decision.retryAfterSeconds())
                .entity(Problem.of(429, "too-many-requests", Messages.get(locale, "too-many-requests"),
                        Messages.get(locale, "too-many-requests.detail", decision.retryAfterSeconds()), null, null));
        headers(refusal::header, limit, 0, decision.resetSeconds());
        return refusal.build();
    }

    /**
     * Runs blocking work on a worker thread when called on the event loop (the pre-matching filter, an
     * identity resolved there), resuming on the same Vert.x context; inline anywhere else.
     */
    private static <T> Uni<T> offEventLoop(Supplier<T> work) {
        Context context = Vertx.currentContext();
        if (context == null || !Context.isOnEventLoopThread()) return Uni.createFrom().item(work);
        return Uni.createFrom().completionStage(() -> context.<T>executeBlocking(work::get, false).toCompletionStage());
    }
}
