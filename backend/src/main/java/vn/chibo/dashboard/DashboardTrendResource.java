package vn.chibo.dashboard;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import vn.chibo.security.AcceptedRoles;

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
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public TrendApi.Trend trend(@PathParam("id") UUID id, @QueryParam("to") String to) {
        return trends.trend(id, to);
    }
}
