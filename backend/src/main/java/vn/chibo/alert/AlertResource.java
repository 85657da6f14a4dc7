package vn.chibo.alert;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.chibo.common.Messages;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ExportResponses;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class AlertResource {
    private final AlertService alerts;

    public AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @Path("/organizations/{id}/alerts")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<AlertApi.View> list(@PathParam("id") UUID id, @QueryParam("state") AlertApi.State state,
                                          @QueryParam("kind") AlertKind kind, @Valid @BeanParam PageRequest paging,
                                          HttpHeaders headers) {
        return alerts.list(id, state, kind, paging, Messages.of(headers));
    }

    @GET
    @Path("/organizations/{id}/alerts.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response listXlsx(@PathParam("id") UUID id, @QueryParam("state") AlertApi.State state,
                             @QueryParam("kind") AlertKind kind, HttpHeaders headers) {
        return export(ExportFormat.XLSX, id, state, kind, headers);
    }

    @GET
    @Path("/organizations/{id}/alerts.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response listCsv(@PathParam("id") UUID id, @QueryParam("state") AlertApi.State state,
                            @QueryParam("kind") AlertKind kind, HttpHeaders headers) {
        return export(ExportFormat.CSV, id, state, kind, headers);
    }

    /** All pages of the list, streamed; scope and parameters are checked before the first byte. */
    private Response export(ExportFormat format, UUID id, AlertApi.State state, AlertKind kind,
                            HttpHeaders headers) {
        AlertService.Listing listing = alerts.listAll(id, state, kind, Messages.of(headers));
        return ExportResponses.attachment(format, "Cảnh báo - " + listing.organizationName(),
                AlertListExport.SHEET.stream(format, listing.rows()));
    }

    @GET
    @Path("/me/alerts")
    @AcceptedRoles(signedIn = "the alerts their appointments reach")
    public PageResult<AlertApi.View> mine(@QueryParam("state") AlertApi.State state, @QueryParam("kind") AlertKind kind,
                                          @Valid @BeanParam PageRequest paging, HttpHeaders headers) {
        return alerts.mine(state, kind, paging, Messages.of(headers));
    }

    @POST
    @Path("/organizations/{id}/alert-runs")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public AlertApi.RunResult run(@PathParam("id") UUID id) {
        return alerts.runFor(id);
    }

    @POST
    @Path("/alerts/{id}/acknowledgement")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public AlertApi.View acknowledge(@PathParam("id") UUID id, HttpHeaders headers) {
        return alerts.acknowledge(id, Messages.of(headers));
    }
}
