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

    /** Vietnamese order: family name first ("Nguyễn Văn An"), unlike the token's "name" claim. */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object family = jwt.getClaim("family_name");
            Object given = jwt.getClaim("given_name");
            if (family != null && given != null) return family + " " + given;
            if (jwt.getClaim("name") != null) return jwt.getClaim("name").toString();
        }
        return username();
    }

    /**
     * The token's e-mail address, unless the identity provider says it is not verified; null without one. The login's
     * own: used to address that login's notices, never shown to anyone else.
     */
    public String email() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) return null;
        Object email = jwt.getClaim("email");
        Object verified = jwt.getClaim("email_verified");
        if (email == null || "false".equals(String.valueOf(verified))) return null;
        String address = unquoted(email.toString()).trim();
        return address.isEmpty() || address.length() > 320 || !address.contains("@") ? null : address;
    }

    /** A string claim may come back as a JSON string value, quotes included. */
    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
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
