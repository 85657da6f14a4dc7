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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.policy.ArtefactKind;
import vn.chibo.security.AcceptedRoles;

/** BR-P7: a cell's term-start and annual artefacts, and the checklist of a subtree. */
@Path("/api/v1")
@Authenticated
public class ArtefactResource {
    private final ArtefactService artefacts;

    public ArtefactResource(ArtefactService artefacts) {
        this.artefacts = artefacts;
    }

    @GET
    @Path("/organizations/{id}/artefact-checklist")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ArtefactApi.Checklist checklist(@PathParam("id") UUID organizationId, @QueryParam("year") Integer year,
                                           @Valid @BeanParam SubtreePageRequest paging) {
        return artefacts.checklist(organizationId, year, paging);
    }

    @PUT
    @Path("/organizations/{id}/artefacts/{year}/{kind}")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public ArtefactApi.View record(@PathParam("id") UUID organizationId, @PathParam("year") int year,
                                   @PathParam("kind") ArtefactKind kind, @Valid @NotNull ArtefactApi.Record body) {
        return artefacts.record(organizationId, year, kind, body);
    }

    @DELETE
    @Path("/organizations/{id}/artefacts/{year}/{kind}")
    @ResponseStatus(204)
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public void remove(@PathParam("id") UUID organizationId, @PathParam("year") int year,
                       @PathParam("kind") ArtefactKind kind) {
        artefacts.remove(organizationId, year, kind);
    }
}
