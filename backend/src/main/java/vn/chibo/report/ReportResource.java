package vn.chibo.report;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.QueryParameters;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

/** Periodic reports to the committee above (BR-S2): drafting, submission, revisions, PDF and who has reported. */
@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class ReportResource {
    private static final String PDF = "application/pdf";

    private final ReportService reports;
    private final ReportSubmissionService submissions;
    private final SubmissionOverviewService overview;
    private final ReportPdf pdf;

    public ReportResource(ReportService reports, ReportSubmissionService submissions, SubmissionOverviewService overview,
                          ReportPdf pdf) {
        this.reports = reports;
        this.submissions = submissions;
        this.overview = overview;
        this.pdf = pdf;
    }

    @GET
    @Path("/organizations/{id}/periodic-reports")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ReportApi.RowPage list(@PathParam("id") UUID id, @QueryParam("kind") String kind,
                                  @Valid @BeanParam PageRequest paging) {
        return reports.list(id, QueryParameters.enumValue("kind", kind, ReportKind.class), paging);
    }

    @POST
    @Path("/organizations/{id}/periodic-reports")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ReportApi.View create(@PathParam("id") UUID id, @Valid @NotNull ReportApi.Create body) {
        return reports.create(id, body);
    }

    @GET
    @Path("/organizations/{id}/report-submissions")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ReportApi.SubmissionPage submissions(@PathParam("id") UUID id, @QueryParam("kind") String kind,
                                                @QueryParam("period") String period, @QueryParam("status") String status,
                                                @Valid @BeanParam SubtreePageRequest paging) {
        return overview.overview(id, new SubmissionOverviewService.Query(
                QueryParameters.enumValue("kind", kind, ReportKind.class), period,
                QueryParameters.enumValue("status", status, ReportApi.SubmissionStatus.class)), paging);
    }

    @GET
    @Path("/periodic-reports/{id}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ReportApi.View get(@PathParam("id") UUID id) {
        return reports.get(id);
    }

    @PUT
    @Path("/periodic-reports/{id}")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ReportApi.View update(@PathParam("id") UUID id, @Valid @NotNull ReportApi.Update body) {
        return submissions.update(id, body);
    }

    @POST
    @Path("/periodic-reports/{id}/submission")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ReportApi.View submit(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.VersionOnly body) {
        return submissions.submit(id, body.version());
    }

    @POST
    @Path("/periodic-reports/{id}/resubmission")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ReportApi.View resubmit(@PathParam("id") UUID id, @Valid @NotNull ReportApi.Resubmission body) {
        return submissions.resubmit(id, body);
    }

    @GET
    @Path("/periodic-reports/{id}/revisions")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<ReportApi.RevisionView> revisions(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return reports.revisions(id, paging);
    }

    @GET
    @Path("/periodic-reports/{id}/report.pdf")
    @Produces({PDF, "application/json"})
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public Response document(@PathParam("id") UUID id) {
        return Response.ok(pdf.render(id), PDF)
                .header("Content-Disposition", "inline; filename=\"bao-cao-" + id + ".pdf\"").build();
    }
}
