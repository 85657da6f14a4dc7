package vn.chibo.planning;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.chibo.common.Messages;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ListDownloads;
import vn.chibo.security.AcceptedRoles;

/** The committee's topical plan inbox and monthly schedule as spreadsheets, with the screens' filters. */
@Path("/api/v1")
@Authenticated
public class PlanningExportResource {

    private final PlanInboxService inbox;
    private final MonthlyScheduleService schedules;
    private final ListDownloads downloads;

    public PlanningExportResource(PlanInboxService inbox, MonthlyScheduleService schedules, ListDownloads downloads) {
        this.inbox = inbox;
        this.schedules = schedules;
        this.downloads = downloads;
    }

    @GET
    @Path("/organizations/{id}/topical-plans.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response plansXlsx(@PathParam("id") UUID id,
                              @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                              @QueryParam("status") List<String> status, @QueryParam("late") Boolean late,
                              @QueryParam("q") String text, HttpHeaders headers) {
        return plans(ExportFormat.XLSX, id, year, new PlanInboxService.InboxFilter(status, late, text), headers);
    }

    @GET
    @Path("/organizations/{id}/topical-plans.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response plansCsv(@PathParam("id") UUID id,
                             @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                             @QueryParam("status") List<String> status, @QueryParam("late") Boolean late,
                             @QueryParam("q") String text, HttpHeaders headers) {
        return plans(ExportFormat.CSV, id, year, new PlanInboxService.InboxFilter(status, late, text), headers);
    }

    private Response plans(ExportFormat format, UUID id, int year, PlanInboxService.InboxFilter filter,
                           HttpHeaders headers) {
        Locale locale = Messages.of(headers);
        return downloads.download(format, id, "Kế hoạch chuyên đề " + year, PlanningExports.PLANS,
                (page, size) -> inbox.inbox(id, year, filter, SubtreePageRequest.of(page, size), locale).cells());
    }

    @GET
    @Path("/organizations/{id}/monthly-schedules/{month}.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response scheduleXlsx(@PathParam("id") UUID id, @PathParam("month") YearMonth month) {
        return schedule(ExportFormat.XLSX, id, month);
    }

    @GET
    @Path("/organizations/{id}/monthly-schedules/{month}.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response scheduleCsv(@PathParam("id") UUID id, @PathParam("month") YearMonth month) {
        return schedule(ExportFormat.CSV, id, month);
    }

    private Response schedule(ExportFormat format, UUID id, YearMonth month) {
        return downloads.download(format, id, "Lịch sinh hoạt " + month, PlanningExports.SCHEDULE,
                (page, size) -> schedules.get(id, month, SubtreePageRequest.of(page, size)).entries());
    }
}
