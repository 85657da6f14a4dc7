package vn.chibo.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Hands the {@code If-Match} of a write to {@link IfMatch}, after authentication so 401 comes first. */
public class IfMatchFilter {
    @Inject
    IfMatch ifMatch;

    @ServerRequestFilter(priority = Priorities.USER)
    public void read(ContainerRequestContext request) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) return;
        ifMatch.read(request.getHeaderString(HttpHeaders.IF_MATCH));
    }
}
