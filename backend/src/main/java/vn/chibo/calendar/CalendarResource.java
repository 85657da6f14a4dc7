package vn.chibo.calendar;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import vn.chibo.common.ConditionalGet;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@IdempotentPosts
public class CalendarResource {
    static final String FEED_PATH = "/api/v1/calendar/";

    private final CalendarFeedService feeds;
    private final CalendarService calendars;

    public CalendarResource(CalendarFeedService feeds, CalendarService calendars) {
        this.feeds = feeds;
        this.calendars = calendars;
    }

    @POST
    @Path("/calendar-feeds")
    @Authenticated
    @ResponseStatus(201)
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION},
            signedIn = "a feed of their own cells")
    public CalendarFeedApi.View create(@Valid @NotNull CalendarFeedApi.Create body, @Context UriInfo uri) {
        return feeds.create(body, baseUrl(uri));
    }

    @GET
    @Path("/calendar-feeds")
    @Authenticated
    @AcceptedRoles(signedIn = "their own feeds")
    public PageResult<CalendarFeedApi.View> listMine(@Valid @BeanParam PageRequest paging, @Context UriInfo uri) {
        return feeds.listMine(paging, baseUrl(uri));
    }

    @DELETE
    @Path("/calendar-feeds/{feedId}")
    @Authenticated
    @ResponseStatus(204)
    @AcceptedRoles(signedIn = "their own feeds")
    public void revoke(@PathParam("feedId") String feedId) {
        feeds.revoke(feedId);
    }

    /**
     * Calendar apps cannot sign in: the unguessable feed id in the address is the credential.
     * {@link PrivateFeedHeaders} keeps caches and referrers from copying it.
     */
    @GET
    @Path("/calendar/{feedId}.ics")
    @PermitAll
    @ConditionalGet // calendar apps poll every few minutes: 304 while nothing changed
    @Produces("text/calendar; charset=utf-8")
    public String feed(@PathParam("feedId") String feedId) {
        return calendars.render(feedId);
    }

    private static String baseUrl(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/$", "");
    }
}
