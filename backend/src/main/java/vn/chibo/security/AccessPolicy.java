package vn.chibo.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Predicate;
import vn.chibo.common.ApiException;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;

/**
 * The one place that decides whether the caller may act on an organisation. An appointment covers
 * its organisation and everything below it. Outside every appointment the answer is always
 * 403 out-of-scope; inside, a role that does not allow the action gets 403 not-permitted.
 */
@ApplicationScoped
public class AccessPolicy {
    private final CurrentActor actor;
    private final AppointmentRepository appointments;
    private final TimeSource time;

    public AccessPolicy(CurrentActor actor, AppointmentRepository appointments, TimeSource time) {
        this.actor = actor;
        this.appointments = appointments;
        this.time = time;
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

    /**
     * Whether another user (not the caller) may read the organisation today, by the same rule as
     * {@link #requireRead}. Used for credentials that outlive a sign-in, such as calendar feeds, which
     * must stop working when their owner's appointment ends. Only appointments count: realm roles such
     * as admin live in the owner's token, which is not at hand.
     */
    public boolean mayRead(String username, Organization org) {
        return !covering(appointments.activeFor(username, time.today()), org).isEmpty();
    }

    /**
     * Committee staff of a level above the organisation, not of the organisation itself: the upper
     * committee that verifies and proposes (for example the annual rating of a cell).
     */
    public void requireChangeStructureAbove(Organization org) {
        if (actor.isAdmin()) return;
        if (covering(org).isEmpty()) throw ApiException.outOfScope();
        if (!mayChangeStructureAbove(org)) throw ApiException.notPermitted();
    }

    public boolean mayChangeStructureAbove(Organization org) {
        return actor.isAdmin() || covering(org).stream()
                .anyMatch(a -> !a.organization.path.equals(org.path) && a.role.mayChangeStructure());
    }

    /** Whether the caller's appointments (or the admin role) let it read the organisation: {@link #requireRead}'s rule. */
    public boolean mayRead(Organization org) {
        return allows(org, role -> true);
    }

    /** BR-D5: whether the caller reads the personal data of a member of the organisation ({@link PersonalDataRule}). */
    public boolean mayReadPersonalData(Organization org) {
        return actor.isAdmin() || PersonalDataRule.mayRead(actor.appointments().stream()
                .map(a -> new PersonalDataRule.Held(a.role, a.organization.path)).toList(), org.path);
    }

    /** BR-D5: as {@link #mayReadPersonalData}, else out of scope (403) or, inside it, personal-data-restricted (403). */
    public void requirePersonalData(Organization org) {
        requireRead(org);
        if (!mayReadPersonalData(org)) throw ApiException.notPermittedAs("personal-data-restricted");
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
        return covering(actor.appointments(), org);
    }

    /** The rule itself: an appointment covers its organisation and everything below it. */
    private static List<Appointment> covering(List<Appointment> held, Organization org) {
        return held.stream().filter(a -> org.path.startsWith(a.organization.path)).toList();
    }
}
