package vn.chibo.common;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies {@link RateLimits} to every API call: calls without a token before anything else runs,
 * signed-in calls once their token is verified (a token that fails is counted where the failure is
 * answered, in {@link ProblemMapper}). Every API response says what is left.
 */
public class RateLimitFilter {
    private final RateLimits limits;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimits limits, CurrentIdentityAssociation identities) {
        this.limits = limits;
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> anonymous(ContainerRequestContext request, HttpServerRequest http) {
        if (!isApi(request)) return Uni.createFrom().nullItem();
        RateLimits.rememberAddress(request, http);
        return request.getHeaderString("Authorization") == null ? limits.spendAnonymous(request) : Uni.createFrom().nullItem();
    }

    @ServerRequestFilter
    public Uni<Response> signedIn(ContainerRequestContext request) {
        if (!isApi(request) || request.getHeaderString("Authorization") == null) return Uni.createFrom().nullItem();
        return identities.getDeferredIdentity().flatMap(identity -> identity.isAnonymous() ? limits.spendAnonymous(request)
                : limits.spendCaller(request, identity.getPrincipal().getName()));
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        limits.describe(request, response);
    }

    private static boolean isApi(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api/");
    }
}
