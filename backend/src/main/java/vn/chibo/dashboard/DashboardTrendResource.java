package vn.chibo.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.QueryParameters;

/** The committee dashboard's 12-month trend charts. */
@Path("/api/v1")
@Authenticated
public class DashboardTrendResource {
    private static final Set<String> PARAMETERS = Set.of("to");

    private final TrendService trends;

    public DashboardTrendResource(TrendService trends) {
        this.trends = trends;
    }

    @GET
    @Path("/organizations/{id}/dashboard/trend")
    public TrendApi.Trend trend(@PathParam("id") UUID id, @QueryParam("to") String to, @Context UriInfo uri) {
        QueryParameters.requireKnown(uri, PARAMETERS);
        return trends.trend(id, to);
    }
}
