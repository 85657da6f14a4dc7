package vn.chibo.planning;

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
import java.util.UUID;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class ModelResource {
    private final ModelService models;

    public ModelResource(ModelService models) {
        this.models = models;
    }

    @GET
    @Path("/organizations/{id}/model-programmes/{year}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ModelApi.ProgrammeView get(@PathParam("id") UUID id, @PathParam("year") int year, HttpHeaders headers) {
        return models.get(id, year, Messages.of(headers));
    }

    @PUT
    @Path("/organizations/{id}/model-programmes/{year}")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public ModelApi.ProgrammeView save(@PathParam("id") UUID id, @PathParam("year") int year,
                                       @Valid @NotNull ModelApi.ProgrammeSave body, HttpHeaders headers) {
        return models.save(id, year, body, Messages.of(headers));
    }

    @POST
    @Path("/model-selections/{id}/appraisal")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public ModelApi.ProgrammeView appraise(@PathParam("id") UUID id, @Valid @NotNull ModelApi.AppraisalInput body,
                                           HttpHeaders headers) {
        return models.appraise(id, body, Messages.of(headers));
    }

    @PUT
    @Path("/model-selections/{id}/lessons")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public ModelApi.ProgrammeView lessons(@PathParam("id") UUID id, @Valid @NotNull ModelApi.LessonsInput body,
                                          HttpHeaders headers) {
        return models.lessons(id, body, Messages.of(headers));
    }

    @GET
    @Path("/organizations/{id}/model-lessons")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<ModelApi.LessonView> lessonsFor(@PathParam("id") UUID id, @QueryParam("year") Integer year,
                                                      @Valid @BeanParam PageRequest paging) {
        return models.lessonsFor(id, year, paging);
    }
}
