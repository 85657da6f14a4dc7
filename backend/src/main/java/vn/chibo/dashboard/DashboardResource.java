package vn.chibo.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.QueryParameters;

/** The committee dashboard: figures over the caller's subtree for a month, quarter or year. */
@Path("/api/v1")
@Authenticated
public class DashboardResource {
    private static final Set<String> OVERVIEW_PARAMETERS = Set.of("period");
    private static final Set<String> GRID_PARAMETERS = Set.of("period", "q", "regime", "sort", "page", "size");

    private final DashboardService dashboard;

    public DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Path("/organizations/{id}/dashboard")
    public DashboardApi.Overview overview(@PathParam("id") UUID id, @QueryParam("period") String period,
                                          @Context UriInfo uri) {
        QueryParameters.requireKnown(uri, OVERVIEW_PARAMETERS);
        return dashboard.overview(id, period);
    }

    @GET
    @Path("/organizations/{id}/dashboard/cells")
    public DashboardApi.CellPage cells(@PathParam("id") UUID id, @QueryParam("period") String period,
                                       @QueryParam("q") String text, @QueryParam("regime") String regime,
                                       @QueryParam("sort") String sort, @Valid @BeanParam PageRequest paging,
                                       @Context UriInfo uri) {
        QueryParameters.requireKnown(uri, GRID_PARAMETERS);
        return dashboard.cells(id, new DashboardService.GridQuery(period, text, regimeOf(regime), sort), paging);
    }

    private static DashboardService.RegimeFilter regimeOf(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return DashboardService.RegimeFilter.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("regime", "field.unknown-value",
                    String.join(", ", Arrays.stream(DashboardService.RegimeFilter.values()).map(Enum::name).toList()));
        }
    }
}
