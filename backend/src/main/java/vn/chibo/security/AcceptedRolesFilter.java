package vn.chibo.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.chibo.common.ApiException;

/**
 * Enforces {@link AcceptedRoles} on every operation, so that what the contract's x-roles promise is what the
 * server does. A caller with no appointment at all is out of scope everywhere (as AccessPolicy would answer);
 * one whose appointments all have other roles is not permitted. Anonymous requests pass through untouched:
 * authentication answers them (401, or the operation is @PermitAll).
 */
public class AcceptedRolesFilter {
    private final SecurityIdentity identity;
    private final CurrentActor actor;

    public AcceptedRolesFilter(SecurityIdentity identity, CurrentActor actor) {
        this.identity = identity;
        this.actor = actor;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void gate(ResourceInfo resource) {
        AcceptedRoles accepted = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(AcceptedRoles.class);
        if (accepted == null || !accepted.signedIn().isEmpty() || identity.isAnonymous() || actor.isAdmin()) return;
        List<Role> roles = Arrays.asList(accepted.value());
        List<Appointment> held = actor.appointments();
        if (held.isEmpty()) throw ApiException.outOfScope();
        if (held.stream().noneMatch(a -> roles.contains(a.role))) throw ApiException.notPermitted();
    }
}
