package vn.chibo.supervision;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.INTEGRATION;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class SupervisionResource {

    private final SupervisionService supervision;

    public SupervisionResource(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @GET
    @Path("/organizations/{id}/supervision-teams")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<SupervisionApi.TeamView> teams(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return supervision.teams(id, paging);
    }

    @POST
    @Path("/organizations/{id}/supervision-teams")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public SupervisionApi.TeamView createTeam(@PathParam("id") UUID id, @Valid @NotNull SupervisionApi.TeamCreate body) {
        return supervision.createTeam(id, body);
    }

    @PUT
    @Path("/supervision-teams/{id}")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public SupervisionApi.TeamView updateTeam(@PathParam("id") UUID id, @Valid @NotNull SupervisionApi.TeamUpdate body) {
        return supervision.updateTeam(id, body);
    }

    @GET
    @Path("/supervision-teams/{id}/assignments/{month}")
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION},
            signedIn = "a team they belong to")
    public SupervisionApi.MonthlyAssignments month(@PathParam("id") UUID id, @PathParam("month") String month) {
        return supervision.month(id, month);
    }

    @PUT
    @Path("/supervision-teams/{id}/assignments/{month}")
    @AcceptedRoles(value = {ADMIN, STAFF, INTEGRATION}, signedIn = "the team they lead")
    public SupervisionApi.MonthlyAssignments saveMonth(@PathParam("id") UUID id, @PathParam("month") String month,
                                                       @Valid @NotNull SupervisionApi.MonthlyAssignmentsSave body) {
        return supervision.saveMonth(id, month, body);
    }

    @POST
    @Path("/meetings/{id}/visits")
    @ResponseStatus(201)
    @AcceptedRoles(value = {ADMIN, STAFF, INTEGRATION}, signedIn = "a cell they are assigned to supervise")
    public SupervisionApi.VisitView visit(@PathParam("id") UUID id, @Valid @NotNull SupervisionApi.VisitCreate body) {
        return supervision.visit(id, body);
    }

    @GET
    @Path("/organizations/{id}/visits")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<SupervisionApi.VisitView> visits(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                                                       @QueryParam("to") LocalDate to,
                                                       @Valid @BeanParam SubtreePageRequest paging) {
        return supervision.visits(id, from, to, paging);
    }

    @GET
    @Path("/organizations/{id}/supervision-coverage")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public SupervisionApi.Coverage coverage(@PathParam("id") UUID id, @QueryParam("year") Integer year,
                                            @QueryParam("quarter") Integer quarter,
                                            @QueryParam("covered") Boolean covered, @QueryParam("q") String text,
                                            @Valid @BeanParam SubtreePageRequest paging) {
        return supervision.coverage(id, year, quarter, new SupervisionService.CoverageFilter(covered, text), paging);
    }

    @POST
    @Path("/supervision-reports")
    @ResponseStatus(201)
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION},
            signedIn = "a committee whose cells they supervise")
    public SupervisionApi.ReportView createReport(@Valid @NotNull SupervisionApi.ReportCreate body, HttpHeaders headers) {
        return supervision.createReport(body, Messages.of(headers));
    }

    @GET
    @Path("/supervision-reports")
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION},
            signedIn = "their own reports to a committee whose cells they supervise")
    public PageResult<SupervisionApi.ReportView> reports(@QueryParam("committeeId") UUID committeeId,
                                                         @QueryParam("year") Integer year,
                                                         @Valid @BeanParam PageRequest paging) {
        return supervision.reports(committeeId, year, paging);
    }

    @PUT
    @Path("/supervision-reports/{id}")
    @AcceptedRoles(signedIn = "their own reports")
    public SupervisionApi.ReportView updateReport(@PathParam("id") UUID id,
                                                  @Valid @NotNull SupervisionApi.ReportUpdate body) {
        return supervision.updateReport(id, body);
    }

    @POST
    @Path("/supervision-reports/{id}/submission")
    @AcceptedRoles(signedIn = "their own reports")
    public SupervisionApi.ReportView submitReport(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.VersionOnly body) {
        return supervision.submitReport(id, body);
    }
}
