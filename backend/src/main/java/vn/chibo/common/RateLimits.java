package vn.chibo.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Budgets per caller, so that one integration client cannot starve the cell secretaries. A signed-in
 * caller is counted by its verified principal (however its header is spelt, whichever token it
 * holds); calls without a valid token (none, or one that fails) are counted by network address in a
 * smaller budget, so junk tokens cannot each start from zero.
 */
@ApplicationScoped
public class RateLimits {
    private static final String ADDRESS = "chibo.rate.address";
    private static final String SPENT = "chibo.rate.spent";
    private static final String REMAINING = "chibo.rate.remaining";
    private static final String LIMIT = "chibo.rate.limit";

    private final RateBuckets callers;
    private final RateBuckets addresses;

    public RateLimits(ChiboConfig config) {
        long now = System.nanoTime();
        this.callers = new RateBuckets(config.rateLimit().perMinute(), config.rateLimit().maxCallers(), now);
        this.addresses = new RateBuckets(config.rateLimit().anonymousPerMinute(), config.rateLimit().maxCallers(), now);
    }

    static void rememberAddress(ContainerRequestContext request, HttpServerRequest http) {
        request.setProperty(ADDRESS, http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    /** A call without a valid token spends its address's budget (once per request); 429 when none is left. */
    public Response spendAnonymous(ContainerRequestContext request) {
        if (!(request.getProperty(ADDRESS) instanceof String address) || request.getProperty(SPENT) != null) return null;
        return spend(request, addresses, address);
    }

    /** A verified caller spends its own budget; 429 when none is left. */
    public Response spendCaller(ContainerRequestContext request, String principal) {
        if (request.getProperty(SPENT) != null) return null;
        return spend(request, callers, principal);
    }

    void describe(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null && !response.getHeaders().containsKey("X-RateLimit-Limit")) {
            response.getHeaders().putSingle("X-RateLimit-Limit", request.getProperty(LIMIT));
            response.getHeaders().putSingle("X-RateLimit-Remaining", remaining);
        }
    }

    private static Response spend(ContainerRequestContext request, RateBuckets budget, String key) {
        RateBuckets.Decision decision = budget.take(key, System.nanoTime());
        request.setProperty(SPENT, Boolean.TRUE);
        request.setProperty(LIMIT, budget.perMinute());
        request.setProperty(REMAINING, decision.remaining());
        if (decision.allowed()) return null;
        Locale locale = Messages.pick(request.getAcceptableLanguages());
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", decision.retryAfterSeconds())
                .header("X-RateLimit-Limit", budget.perMinute())
                .header("X-RateLimit-Remaining", 0)
                .entity(Problem.of(429, "too-many-requests", Messages.get(locale, "too-many-requests"),
                        Messages.get(locale, "too-many-requests.detail", decision.retryAfterSeconds()), null, null))
                .build();
    }
}
