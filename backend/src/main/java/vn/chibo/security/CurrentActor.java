package vn.chibo.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.chibo.common.TimeSource;

/** The caller of this request and the appointments it holds today, loaded once per request. */
@RequestScoped
public class CurrentActor {
    static final String ADMIN_ROLE = "admin";

    private final SecurityIdentity identity;
    private final AppointmentRepository appointments;
    private final TimeSource time;
    private List<Appointment> active;

    public CurrentActor(SecurityIdentity identity, AppointmentRepository appointments, TimeSource time) {
        this.identity = identity;
        this.appointments = appointments;
        this.time = time;
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("name") != null) {
            return jwt.getClaim("name").toString();
        }
        return username();
    }

    /** A Keycloak realm role: the system administrator acts everywhere without appointments. */
    public boolean isAdmin() {
        return identity.hasRole(ADMIN_ROLE);
    }

    public List<Appointment> appointments() {
        if (active == null) {
            active = appointments.activeFor(username(), time.today());
        }
        return active;
    }
}
