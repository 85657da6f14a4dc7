package vn.chibo.resolution;

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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class ResolutionResource {
    private final ResolutionService resolutions;

    public ResolutionResource(ResolutionService resolutions) {
        this.resolutions = resolutions;
    }

    @GET
    @Path("/meetings/{id}/resolution")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ResolutionApi.View get(@PathParam("id") UUID id) {
        return resolutions.get(id);
    }

    @PUT
    @Path("/meetings/{id}/resolution")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ResolutionApi.View save(@PathParam("id") UUID id, @Valid @NotNull ResolutionApi.Update body) {
        return resolutions.save(id, body);
    }

    @POST
    @Path("/meetings/{id}/tasks")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ResolutionApi.TaskView assign(@PathParam("id") UUID id, @Valid @NotNull ResolutionApi.TaskCreate body) {
        return resolutions.assign(id, body);
    }

    @PATCH
    @Path("/tasks/{id}")
    @AcceptedRoles(value = {ADMIN, STAFF, SECRETARY, INTEGRATION}, signedIn = "a task assigned to them")
    public ResolutionApi.TaskView update(@PathParam("id") UUID id, @Valid @NotNull ResolutionApi.TaskPatch body) {
        return resolutions.update(id, body);
    }

    @GET
    @Path("/organizations/{id}/tasks")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<ResolutionApi.TaskView> ofOrganization(@PathParam("id") UUID id,
                                                             @QueryParam("open") @DefaultValue("false") boolean open,
                                                             @Valid @BeanParam PageRequest paging) {
        return resolutions.ofOrganization(id, open, paging);
    }

    @GET
    @Path("/me/tasks")
    @AcceptedRoles(signedIn = "the tasks assigned to them")
    public PageResult<ResolutionApi.TaskView> mine(@Valid @BeanParam PageRequest paging) {
        return resolutions.mine(paging);
    }
}
