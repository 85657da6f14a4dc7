package vn.chibo.supervision;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ListDownloads;
import vn.chibo.security.AcceptedRoles;

/** Supervision visits and the quarter's coverage of a subtree as spreadsheets, with the screens' filters. */
@Path("/api/v1")
@Authenticated
public class SupervisionExportResource {

    private final SupervisionService supervision;
    private final ListDownloads downloads;

    public SupervisionExportResource(SupervisionService supervision, ListDownloads downloads) {
        this.supervision = supervision;
        this.downloads = downloads;
    }

    @GET
    @Path("/organizations/{id}/visits.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response visitsXlsx(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                               @QueryParam("to") LocalDate to) {
        return visits(ExportFormat.XLSX, id, from, to);
    }

    @GET
    @Path("/organizations/{id}/visits.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response visitsCsv(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                              @QueryParam("to") LocalDate to) {
        return visits(ExportFormat.CSV, id, from, to);
    }

    private Response visits(ExportFormat format, UUID id, LocalDate from, LocalDate to) {
        return downloads.download(format, id, "Dự sinh hoạt", SupervisionExports.VISITS,
                (page, size) -> supervision.visits(id, from, to, SubtreePageRequest.of(page, size)).items());
    }

    @GET
    @Path("/organizations/{id}/supervision-coverage.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response coverageXlsx(@PathParam("id") UUID id, @QueryParam("year") Integer year,
                                 @QueryParam("quarter") Integer quarter, @QueryParam("covered") Boolean covered,
                                 @QueryParam("q") String text) {
        return coverage(ExportFormat.XLSX, id, year, quarter, new SupervisionService.CoverageFilter(covered, text));
    }

    @GET
    @Path("/organizations/{id}/supervision-coverage.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response coverageCsv(@PathParam("id") UUID id, @QueryParam("year") Integer year,
                                @QueryParam("quarter") Integer quarter, @QueryParam("covered") Boolean covered,
                                @QueryParam("q") String text) {
        return coverage(ExportFormat.CSV, id, year, quarter, new SupervisionService.CoverageFilter(covered, text));
    }

    private Response coverage(ExportFormat format, UUID id, Integer year, Integer quarter,
                              SupervisionService.CoverageFilter filter) {
        return downloads.download(format, id, "Mức độ dự sinh hoạt", SupervisionExports.COVERAGE,
                (page, size) -> supervision.coverage(id, year, quarter, filter, SubtreePageRequest.of(page, size)).cells());
    }
}
