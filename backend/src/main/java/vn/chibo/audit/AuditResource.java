package vn.chibo.audit;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;

@Path("/api/v1/audit")
@Authenticated
public class AuditResource {
    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    public record AuditView(UUID id, Instant at, String actor, String entityType, UUID entityId,
                            UUID organizationId, String action, String changes) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id, e.at, e.actor, e.entityType, e.entityId, e.organizationId, e.action, e.changes);
        }
    }

    @GET
    @AcceptedRoles({ADMIN, STAFF})
    public PageResult<AuditView> list(@QueryParam("organizationId") @NotNull UUID organizationId,
                                      @QueryParam("entityId") UUID entityId,
                                      @Valid @BeanParam PageRequest paging) {
        return audit.list(organizationId, entityId, paging).map(AuditView::of);
    }
}
