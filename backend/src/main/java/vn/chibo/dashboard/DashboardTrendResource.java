package vn.chibo.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** The committee dashboard's 12-month trend charts. */
@Path("/api/v1")
@Authenticated
public class DashboardTrendResource {

    private final TrendService trends;

    public DashboardTrendResource(TrendService trends) {
        this.trends = trends;
    }

    @GET
    @Path("/organizations/{id}/dashboard/trend")
    public TrendApi.Trend trend(@PathParam("id") UUID id, @QueryParam("to") String to) {
        return trends.trend(id, to);
    }
}
