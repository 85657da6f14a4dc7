package vn.chibo.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Predicate;
import vn.chibo.common.ApiException;
import vn.chibo.organization.Organization;

/**
 * The one place that decides whether the caller may act on an organisation. An appointment covers
 * its organisation and everything below it. Outside every appointment the answer is always
 * 403 out-of-scope; inside, a role that does not allow the action gets 403 not-permitted.
 */
@ApplicationScoped
public class AccessPolicy {
    private final CurrentActor actor;

    public AccessPolicy(CurrentActor actor) {
        this.actor = actor;
    }

    public void requireRead(Organization org) {
        require(org, role -> true);
    }

    public void requireChangeStructure(Organization org) {
        require(org, Role::mayChangeStructure);
    }

    public void requireChangeMembers(Organization org) {
        require(org, Role::mayChangeMembers);
    }

    public void requireAudit(Organization org) {
        require(org, Role::mayReadAudit);
    }

    public void requireAppoint(Organization org, Role granted) {
        require(org, Role::mayAppoint);
        if (granted == Role.ADMIN && !actor.isAdmin()) {
            throw ApiException.notPermitted();
        }
    }

    /** The path prefixes the caller may read, or null when it may read everything. */
    public List<String> readablePaths() {
        if (actor.isAdmin()) return null;
        return actor.appointments().stream().map(a -> a.organization.path).distinct().toList();
    }

    public boolean mayChangeStructure(Organization org) {
        return allows(org, Role::mayChangeStructure);
    }

    public boolean mayChangeMembers(Organization org) {
        return allows(org, Role::mayChangeMembers);
    }

    private void require(Organization org, Predicate<Role> allowed) {
        if (actor.isAdmin()) return;
        List<Appointment> covering = covering(org);
        if (covering.isEmpty()) throw ApiException.outOfScope();
        if (covering.stream().noneMatch(a -> allowed.test(a.role))) throw ApiException.notPermitted();
    }

    private boolean allows(Organization org, Predicate<Role> allowed) {
        return actor.isAdmin() || covering(org).stream().anyMatch(a -> allowed.test(a.role));
    }

    private List<Appointment> covering(Organization org) {
        return actor.appointments().stream().filter(a -> org.path.startsWith(a.organization.path)).toList();
    }
}
