package vn.chibo.security;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class IdentityResource {
    private final AppointmentService service;

    public IdentityResource(AppointmentService service) {
        this.service = service;
    }

    @GET
    @Path("/me")
    @AcceptedRoles(signedIn = "their own profile")
    public AppointmentApi.Me me() {
        return service.me();
    }

    @GET
    @Path("/appointments")
    @AcceptedRoles({ADMIN, STAFF})
    public PageResult<AppointmentApi.View> list(@QueryParam("organizationId") @NotNull UUID organizationId,
                                                @Valid @BeanParam PageRequest paging) {
        return service.list(organizationId, paging);
    }

    @POST
    @Path("/appointments")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF})
    public AppointmentApi.View create(@Valid @NotNull AppointmentApi.Create body) {
        return service.create(body);
    }

    @DELETE
    @Path("/appointments/{id}")
    @ResponseStatus(204)
    @AcceptedRoles({ADMIN, STAFF})
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
