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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

/** BR-D6: the legal references policies and scoring templates cite. */
@Path("/api/v1/legal-references")
@Authenticated
@IdempotentPosts
public class LegalReferenceResource {
    private final LegalReferenceService references;

    public LegalReferenceResource(LegalReferenceService references) {
        this.references = references;
    }

    @GET
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<LegalReferenceApi.View> list(@QueryParam("q") @Size(max = 100) String q,
                                                   @Valid @BeanParam PageRequest paging) {
        return references.list(q, paging);
    }

    @POST
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public LegalReferenceApi.View create(@Valid @NotNull LegalReferenceApi.Create body) {
        return references.create(body);
    }
}
