package vn.chibo.dashboard;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.chibo.common.PageRequest;
import vn.chibo.common.QueryParameters;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ExportResponses;
import vn.chibo.security.AcceptedRoles;

/** The committee dashboard: figures over the caller's subtree for a month, quarter or year. */
@Path("/api/v1")
@Authenticated
public class DashboardResource {

    private final DashboardService dashboard;

    public DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Path("/organizations/{id}/dashboard")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public DashboardApi.Overview overview(@PathParam("id") UUID id, @QueryParam("period") String period) {
        return dashboard.overview(id, period);
    }

    @GET
    @Path("/organizations/{id}/dashboard/cells")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public DashboardApi.CellPage cells(@PathParam("id") UUID id, @QueryParam("period") String period,
                                       @QueryParam("q") String text, @QueryParam("regime") String regime,
                                       @QueryParam("sort") String sort, @Valid @BeanParam PageRequest paging) {
        return dashboard.cells(id, new DashboardService.GridQuery(period, text, regimeOf(regime), sort), paging);
    }

    @GET
    @Path("/organizations/{id}/dashboard/cells.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response cellsXlsx(@PathParam("id") UUID id, @QueryParam("period") String period,
                              @QueryParam("q") String text, @QueryParam("regime") String regime,
                              @QueryParam("sort") String sort) {
        return exportCells(ExportFormat.XLSX, id, period, text, regime, sort);
    }

    @GET
    @Path("/organizations/{id}/dashboard/cells.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response cellsCsv(@PathParam("id") UUID id, @QueryParam("period") String period,
                             @QueryParam("q") String text, @QueryParam("regime") String regime,
                             @QueryParam("sort") String sort) {
        return exportCells(ExportFormat.CSV, id, period, text, regime, sort);
    }

    /** The whole grid (no paging) with the screen's filters; checked and computed before the first byte is sent. */
    private Response exportCells(ExportFormat format, UUID id, String period, String text, String regime, String sort) {
        DashboardService.Grid grid = dashboard.grid(id, new DashboardService.GridQuery(period, text, regimeOf(regime), sort));
        return ExportResponses.attachment(format, "Chi bộ - " + grid.organizationName() + " - " + grid.period().key(),
                DashboardGridExport.of(grid.period()).stream(format, grid.rows()::forEach));
    }

    private static DashboardService.RegimeFilter regimeOf(String value) {
        return QueryParameters.enumValue("regime", value, DashboardService.RegimeFilter.class);
    }
}
