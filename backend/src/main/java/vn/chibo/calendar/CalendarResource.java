package vn.chibo.calendar;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
public class CalendarResource {
    private final CalendarService calendars;

    public CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @POST
    @Path("/calendar-feeds")
    @Authenticated
    @ResponseStatus(201)
    public CalendarService.FeedView create(@Valid @NotNull CalendarService.FeedCreate body, @Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return calendars.create(body, base);
    }

    /** Calendar apps cannot sign in: the unguessable feed id in the address is the credential. */
    @GET
    @Path("/calendar/{feedId}.ics")
    @PermitAll
    @Produces("text/calendar; charset=utf-8")
    public String feed(@PathParam("feedId") String feedId) {
        return calendars.render(feedId);
    }
}
