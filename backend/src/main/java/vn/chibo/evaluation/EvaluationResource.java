package vn.chibo.evaluation;

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
import vn.chibo.meeting.MeetingType;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final TemplateService templates;

    public EvaluationResource(EvaluationService evaluations, TemplateService templates) {
        this.evaluations = evaluations;
        this.templates = templates;
    }

    @GET
    @Path("/meetings/{id}/evaluation")
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION},
            signedIn = "a cell they supervise on the meeting day (BR-E2)")
    public EvaluationApi.Evaluation get(@PathParam("id") UUID id, HttpHeaders headers) {
        return evaluations.get(id, Messages.of(headers));
    }

    @PUT
    @Path("/meetings/{id}/evaluation")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public EvaluationApi.Evaluation save(@PathParam("id") UUID id, @Valid @NotNull EvaluationApi.EvaluationSave body,
                                         HttpHeaders headers) {
        return evaluations.save(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/evaluation/submit")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public EvaluationApi.Evaluation submit(@PathParam("id") UUID id, @Valid @NotNull MeetingApi.VersionOnly body,
                                           HttpHeaders headers) {
        return evaluations.submit(id, body, Messages.of(headers));
    }

    @POST
    @Path("/meetings/{id}/evaluation/verify")
    @AcceptedRoles(signedIn = "a cell assigned to them (or their delegation) on the meeting day")
    public EvaluationApi.Evaluation verify(@PathParam("id") UUID id, @Valid @NotNull EvaluationApi.Verification body,
                                           HttpHeaders headers) {
        return evaluations.verify(id, body, Messages.of(headers));
    }

    @GET
    @Path("/me/verifications")
    @AcceptedRoles(signedIn = "the cells assigned to them")
    public PageResult<EvaluationApi.QueueItem> myQueue(@QueryParam("status") Evaluation.Status status,
                                                       @QueryParam("overdue") Boolean overdue,
                                                       @Valid @BeanParam SubtreePageRequest paging) {
        return evaluations.myQueue(new EvaluationService.QueueFilter(status, overdue), paging);
    }

    @GET
    @Path("/organizations/{id}/verifications")
    @AcceptedRoles({ADMIN, STAFF})
    public PageResult<EvaluationApi.QueueItem> pending(@PathParam("id") UUID id,
                                                       @QueryParam("status") Evaluation.Status status,
                                                       @QueryParam("overdue") Boolean overdue,
                                                       @Valid @BeanParam SubtreePageRequest paging) {
        return evaluations.pending(id, new EvaluationService.QueueFilter(status, overdue), paging);
    }

    @GET
    @Path("/organizations/{id}/evaluation-report")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public EvaluationApi.Report report(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                                       @QueryParam("to") LocalDate to, @QueryParam("q") String text,
                                       @Valid @BeanParam SubtreePageRequest paging) {
        return evaluations.report(id, from, to, text, paging);
    }

    @GET
    @Path("/organizations/{id}/scoring-template")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public EvaluationApi.Template effective(@PathParam("id") UUID id, @QueryParam("on") LocalDate on,
                                            @QueryParam("type") MeetingType type) {
        return templates.effective(id, on, type);
    }

    @GET
    @Path("/organizations/{id}/scoring-templates")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<EvaluationApi.Template> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return templates.list(id, paging);
    }

    @GET
    @Path("/scoring-templates/{id}")
    @AcceptedRoles(value = {ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION}, signedIn = "central templates")
    public EvaluationApi.Template template(@PathParam("id") UUID id) {
        return templates.get(id);
    }

    @POST
    @Path("/scoring-templates")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public EvaluationApi.Template create(@Valid @NotNull EvaluationApi.TemplateInput body) {
        return templates.create(body);
    }

    @PUT
    @Path("/scoring-templates/{id}")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public EvaluationApi.Template update(@PathParam("id") UUID id, @Valid @NotNull EvaluationApi.TemplateInput body) {
        return templates.update(id, body);
    }

    @POST
    @Path("/scoring-templates/{id}/copy")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public EvaluationApi.Template copy(@PathParam("id") UUID id, @Valid @NotNull EvaluationApi.TemplateCopy body) {
        return templates.copy(id, body);
    }

    @POST
    @Path("/supervision-assignments")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public EvaluationApi.Assignment assign(@Valid @NotNull EvaluationApi.AssignmentCreate body) {
        return evaluations.assign(body);
    }

    @GET
    @Path("/organizations/{id}/supervision-assignments")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<EvaluationApi.Assignment> assignments(@PathParam("id") UUID id,
                                                          @Valid @BeanParam SubtreePageRequest paging) {
        return evaluations.assignments(id, paging);
    }
}
