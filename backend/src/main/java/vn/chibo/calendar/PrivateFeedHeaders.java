package vn.chibo.calendar;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A feed's address is its credential and its content is private: no shared cache may keep either, and
 * no link followed from a calendar entry may carry the address away in a Referer header. Applied to
 * every feed response, errors included.
 */
public class PrivateFeedHeaders {

    @ServerResponseFilter
    public void protect(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith(CalendarResource.FEED_PATH)) {
            response.getHeaders().putSingle("Cache-Control", "private, no-store");
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        }
    }
}
