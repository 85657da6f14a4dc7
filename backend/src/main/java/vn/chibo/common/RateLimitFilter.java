package vn.chibo.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A fixed one-minute window per caller (user name, or client address when anonymous), so that one
 * integration client cannot starve the cell secretaries. Every API response says what is left.
 */
public class RateLimitFilter {
    private static final String REMAINING = "chibo.rate.remaining";

    private final int perMinute;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();


    public RateLimitFilter(ChiboConfig config) {
        this.perMinute = config.rateLimit().perMinute();
    }

    @ServerRequestFilter(preMatching = true)
    public Response count(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) return null;
        String caller = callerKey(request, http);
        long minute = System.currentTimeMillis() / 60_000;
        if (windows.size() > 50_000) windows.clear();
        Window window = windows.compute(caller, (k, w) -> w == null || w.minute != minute ? new Window(minute) : w);
        int used = window.count.incrementAndGet();
        int remaining = Math.max(0, perMinute - used);
        request.setProperty(REMAINING, remaining);
        if (used > perMinute) {
            Locale locale = Messages.pick(request.getAcceptableLanguages());
            int retryAfter = (int) (60 - (System.currentTimeMillis() / 1000) % 60);
            return Response.status(429).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", retryAfter)
                    .header("X-RateLimit-Limit", perMinute)
                    .header("X-RateLimit-Remaining", 0)
                    .entity(Problem.of(429, "too-many-requests", Messages.get(locale, "too-many-requests"),
                            Messages.get(locale, "too-many-requests.detail", retryAfter), null, null))
                    .build();
        }
        return null;
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null && !response.getHeaders().containsKey("X-RateLimit-Limit")) {
            response.getHeaders().putSingle("X-RateLimit-Limit", perMinute);
            response.getHeaders().putSingle("X-RateLimit-Remaining", remaining);
        }
    }

    private String callerKey(ContainerRequestContext request, HttpServerRequest http) {
        // Pre-matching runs before authentication: key on the bearer token's hash, else the address.
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return "t:" + authorization.hashCode();
        }
        return "a:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private static final class Window {
        final long minute;
        final AtomicInteger count = new AtomicInteger();

        Window(long minute) {
            this.minute = minute;
        }
    }
}
