package vn.chibo.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.QueryParameters;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.export.ExportFormat;
import vn.chibo.export.ListDownloads;

/** The verification list and the evaluation report's per-cell rows as spreadsheets, with the lists' filters. */
@Path("/api/v1")
@Authenticated
public class EvaluationExportResource {
    private static final Set<String> QUEUE_PARAMETERS = Set.of("status", "overdue");
    private static final Set<String> REPORT_PARAMETERS = Set.of("from", "to", "q");

    private final EvaluationService evaluations;
    private final ListDownloads downloads;

    public EvaluationExportResource(EvaluationService evaluations, ListDownloads downloads) {
        this.evaluations = evaluations;
        this.downloads = downloads;
    }

    @GET
    @Path("/organizations/{id}/verifications.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    public Response pendingXlsx(@PathParam("id") UUID id, @QueryParam("status") Evaluation.Status status,
                                @QueryParam("overdue") Boolean overdue, @Context UriInfo uri) {
        return pending(ExportFormat.XLSX, id, status, overdue, uri);
    }

    @GET
    @Path("/organizations/{id}/verifications.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    public Response pendingCsv(@PathParam("id") UUID id, @QueryParam("status") Evaluation.Status status,
                               @QueryParam("overdue") Boolean overdue, @Context UriInfo uri) {
        return pending(ExportFormat.CSV, id, status, overdue, uri);
    }

    private Response pending(ExportFormat format, UUID id, Evaluation.Status status, Boolean overdue, UriInfo uri) {
        QueryParameters.requireKnown(uri, QUEUE_PARAMETERS);
        EvaluationService.QueueFilter filter = new EvaluationService.QueueFilter(status, overdue);
        return downloads.download(format, id, "Chờ thẩm định", VerificationListExport.PENDING,
                (page, size) -> evaluations.pending(id, filter, SubtreePageRequest.of(page, size)).items());
    }

    @GET
    @Path("/organizations/{id}/evaluation-report.xlsx")
    @Produces({ExportFormat.XLSX_TYPE, "application/problem+json"})
    public Response reportXlsx(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                               @QueryParam("to") LocalDate to, @QueryParam("q") String text, @Context UriInfo uri) {
        return report(ExportFormat.XLSX, id, from, to, text, uri);
    }

    @GET
    @Path("/organizations/{id}/evaluation-report.csv")
    @Produces({ExportFormat.CSV_TYPE, "application/problem+json"})
    public Response reportCsv(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                              @QueryParam("to") LocalDate to, @QueryParam("q") String text, @Context UriInfo uri) {
        return report(ExportFormat.CSV, id, from, to, text, uri);
    }

    private Response report(ExportFormat format, UUID id, LocalDate from, LocalDate to, String text, UriInfo uri) {
        QueryParameters.requireKnown(uri, REPORT_PARAMETERS);
        return downloads.download(format, id, "Đánh giá theo chi bộ", VerificationListExport.GAPS,
                (page, size) -> evaluations.report(id, from, to, text, SubtreePageRequest.of(page, size)).cellGaps());
    }
}
