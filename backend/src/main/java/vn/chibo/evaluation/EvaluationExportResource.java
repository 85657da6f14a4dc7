package vn.chibo.evaluation;

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

/** The verification list and the evaluation report's per-cell rows as spreadsheets, with the lists' filters. */
@Path("/api/v1")
@Authenticated
public class EvaluationExportResource {

    private final EvaluationService evaluations;
    private final ListDownloads downloads;

    public EvaluationExportResource(EvaluationService evaluations, ListDownloads downloads) {
        this.evaluations = evaluations;
        this.downloads = downloads;
    }

    @GET
    @Path("/organizations/{id}/verifications.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF})
    public Response pendingXlsx(@PathParam("id") UUID id, @QueryParam("status") Evaluation.Status status,
                                @QueryParam("overdue") Boolean overdue) {
        return pending(ExportFormat.XLSX, id, status, overdue);
    }

    @GET
    @Path("/organizations/{id}/verifications.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF})
    public Response pendingCsv(@PathParam("id") UUID id, @QueryParam("status") Evaluation.Status status,
                               @QueryParam("overdue") Boolean overdue) {
        return pending(ExportFormat.CSV, id, status, overdue);
    }

    private Response pending(ExportFormat format, UUID id, Evaluation.Status status, Boolean overdue) {
        EvaluationService.QueueFilter filter = new EvaluationService.QueueFilter(status, overdue);
        return downloads.download(format, id, "Chờ thẩm định", VerificationListExport.PENDING,
                (page, size) -> evaluations.pending(id, filter, SubtreePageRequest.of(page, size)).items());
    }

    @GET
    @Path("/organizations/{id}/evaluation-report.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response reportXlsx(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                               @QueryParam("to") LocalDate to, @QueryParam("q") String text) {
        return report(ExportFormat.XLSX, id, from, to, text);
    }

    @GET
    @Path("/organizations/{id}/evaluation-report.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response reportCsv(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                              @QueryParam("to") LocalDate to, @QueryParam("q") String text) {
        return report(ExportFormat.CSV, id, from, to, text);
    }

    private Response report(ExportFormat format, UUID id, LocalDate from, LocalDate to, String text) {
        return downloads.download(format, id, "Đánh giá theo chi bộ", VerificationListExport.GAPS,
                (page, size) -> evaluations.report(id, from, to, text, SubtreePageRequest.of(page, size)).cellGaps());
    }
}
