package vn.chibo.common;

import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Budgets per caller, so that one integration client cannot starve the cell secretaries. A signed-in
 * caller is counted by its verified principal (however its header is spelt, whichever token it
 * holds); calls without a valid token (none, or one that fails) are counted by network address in a
 * smaller budget, so junk tokens cannot each start from zero.
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
    private final ApiMetrics metrics;

    public RateLimits(ChiboConfig config, ApiMetrics metrics) {
        this.metrics = metrics;
        Ticker clock = Ticker.systemTicker();
        this.callers = new RateBuckets(config.rateLimit().perMinute(), config.rateLimit().maxCallers(), clock);
        this.addresses = new RateBuckets(config.rateLimit().anonymousPerMinute(), config.rateLimit().maxCallers(), clock);
    }

    static void rememberAddress(ContainerRequestContext request, HttpServerRequest http) {
        request.setProperty(ADDRESS, http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    /** A call without a valid token spends its address's budget (once per request); 429 when none is left. */
    public Response spendAnonymous(ContainerRequestContext request) {
        if (!(request.getProperty(ADDRESS) instanceof String address) || request.getProperty(SPENT) != null) return null;
        return spend(request, addresses, address, "anonymous");
    }

    /** A verified caller spends its own budget; 429 when none is left. */
    public Response spendCaller(ContainerRequestContext request, String principal) {
        if (request.getProperty(SPENT) != null) return null;
        return spend(request, callers, principal, "caller");
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

    private Response spend(ContainerRequestContext request, RateBuckets budget, String key, String kind) {
        RateBuckets.Decision decision = budget.take(key);
        request.setProperty(SPENT, Boolean.TRUE);
        request.setProperty(LIMIT, budget.perMinute());
        request.setProperty(REMAINING, decision.remaining());
        request.setProperty(RESET, decision.resetSeconds());
        if (decision.allowed()) return null;
        metrics.rateLimited(kind);
        Locale locale = Messages.pick(request.getAcceptableLanguages());
        Response.ResponseBuilder refusal = Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", decision.retryAfterSeconds())
                .entity(Problem.of(429, "too-many-requests", Messages.get(locale, "too-many-requests"),
                        Messages.get(locale, "too-many-requests.detail", decision.retryAfterSeconds()), null, null));
        headers(refusal::header, budget.perMinute(), 0, decision.resetSeconds());
        return refusal.build();
    }
}
