package vn.chibo.policy;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class PolicyResource {
    private final PolicyService policies;

    public PolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @Path("/organizations/{id}/policy")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PolicyApi.View effective(@PathParam("id") UUID id, @QueryParam("on") LocalDate on) {
        return policies.effective(id, on);
    }

    @GET
    @Path("/organizations/{id}/policies")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<PolicyApi.View> issued(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return policies.issuedBy(id, paging);
    }

    @POST
    @Path("/policies")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public PolicyApi.View issue(@Valid @NotNull PolicyApi.Create body) {
        return policies.issue(body);
    }
}
