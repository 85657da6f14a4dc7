package vn.chibo.importing;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.INTEGRATION;
import static vn.chibo.security.Role.STAFF;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import vn.chibo.idempotency.IdempotentPosts;
import vn.chibo.security.AcceptedRoles;

/** The nightly sync from CSDL đảng viên 3.0 or Sổ tay đảng viên into a subtree (issue 13, BR-D4). */
@Path("/api/v1/organizations/{id}/sync")
@Authenticated
@IdempotentPosts
public class SyncResource {
    private final SyncService service;

    public SyncResource(SyncService service) {
        this.service = service;
    }

    @POST
    @Path("/members")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public SyncApi.Report members(@PathParam("id") UUID id, @Valid @NotNull SyncApi.MemberSync body,
                                  HttpHeaders headers) {
        return service.members(id, body, vn.chibo.common.Messages.of(headers));
    }

    @POST
    @Path("/organizations")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public SyncApi.Report organizations(@PathParam("id") UUID id, @Valid @NotNull SyncApi.OrganizationSync body,
                                        HttpHeaders headers) {
        return service.organizations(id, body, vn.chibo.common.Messages.of(headers));
    }
}
