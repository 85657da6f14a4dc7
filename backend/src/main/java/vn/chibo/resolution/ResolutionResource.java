package vn.chibo.resolution;

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

@Path("/api/v1")
@Authenticated
public class ResolutionResource {
    private final ResolutionService resolutions;

    public ResolutionResource(ResolutionService resolutions) {
        this.resolutions = resolutions;
    }

    @GET
    @Path("/meetings/{id}/resolution")
    public ResolutionApi.View get(@PathParam("id") UUID id) {
        return resolutions.get(id);
    }

    @PUT
    @Path("/meetings/{id}/resolution")
    public ResolutionApi.View save(@PathParam("id") UUID id, @Valid @NotNull ResolutionApi.Update body) {
        return resolutions.save(id, body);
    }

    @POST
    @Path("/meetings/{id}/tasks")
    @ResponseStatus(201)
    public ResolutionApi.TaskView assign(@PathParam("id") UUID id, @Valid @NotNull ResolutionApi.TaskCreate body) {
        return resolutions.assign(id, body);
    }

    @PATCH
    @Path("/tasks/{id}")
    public ResolutionApi.TaskView update(@PathParam("id") UUID id, @Valid @NotNull ResolutionApi.TaskPatch body) {
        return resolutions.update(id, body);
    }

    @GET
    @Path("/organizations/{id}/tasks")
    public PageResult<ResolutionApi.TaskView> ofOrganization(@PathParam("id") UUID id,
                                                             @QueryParam("open") @DefaultValue("false") boolean open,
                                                             @Valid @BeanParam PageRequest paging) {
        return resolutions.ofOrganization(id, open, paging);
    }

    @GET
    @Path("/me/tasks")
    public PageResult<ResolutionApi.TaskView> mine(@Valid @BeanParam PageRequest paging) {
        return resolutions.mine(paging);
    }
}
