package vn.chibo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.member.MemberRepository;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;

/** Who acts for which organisation: reading one's own, and appointing within one's subtree. */
@ApplicationScoped
public class AppointmentService {
    static final String ENTITY = "Appointment";

    private final AppointmentRepository appointments;
    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final Event<SignedIn> signedIn;

    public AppointmentService(AppointmentRepository appointments, OrganizationRepository organizations,
                              MemberRepository members, AccessPolicy access, CurrentActor actor, AuditService audit,
                              Event<SignedIn> signedIn) {
        this.signedIn = signedIn;
        this.appointments = appointments;
        this.organizations = organizations;
        this.members = members;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppointmentApi.Me me() {
        signedIn.fire(new SignedIn(actor.username(), actor.email()));
        List<Appointment> held = actor.appointments();
        Set<Role> roles = new LinkedHashSet<>();
        if (actor.isAdmin()) roles.add(Role.ADMIN);
        held.forEach(a -> roles.add(a.role));
        UUID memberId = members.byUsername(actor.username()).map(m -> m.id).orElse(null);
        return new AppointmentApi.Me(actor.username(), actor.displayName(), new ArrayList<>(roles), memberId,
                held.stream().map(AppointmentApi.View::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AppointmentApi.View> list(UUID organizationId, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireAppoint(org, Role.MEMBER);
        return appointments.inSubtree(org.path, paging).map(AppointmentApi.View::of);
    }

    @Transactional
    public AppointmentApi.View create(AppointmentApi.Create command) {
        Organization org = organizations.require(command.organizationId());
        access.requireAppoint(org, command.role());
        if (org.isClosed()) throw ApiException.conflictOnField("organization-closed", "organizationId", org.name);
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw ApiException.invalidField("validTo", "date-before", command.validFrom().toString());
        }
        Appointment appointment = new Appointment();
        appointment.username = command.username().trim();
        appointment.organization = org;
        appointment.role = command.role();
        appointment.validFrom = command.validFrom();
        appointment.validTo = command.validTo();
        appointments.persist(appointment);
        audit.record(ENTITY, appointment.id, org, "CREATE", Map.of("username", appointment.username,
                "role", appointment.role.name()));
        return AppointmentApi.View.of(appointment);
    }

    @Transactional
    public void delete(UUID id) {
        Appointment appointment = appointments.findById(id);
        if (appointment == null) throw ApiException.notFound("entity.appointment");
        access.requireAppoint(appointment.organization, appointment.role);
        audit.record(ENTITY, appointment.id, appointment.organization, "DELETE", Map.of("username",
                appointment.username, "role", appointment.role.name()));
        appointments.delete(appointment);
    }
}
