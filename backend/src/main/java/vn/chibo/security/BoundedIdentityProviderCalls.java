package vn.chibo.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds every call to Keycloak (discovery, key set) by the OIDC connection timeout. The OIDC client
 * bounds only the connection: a Keycloak that accepts connections and never answers would otherwise
 * hold each authenticated request for minutes; with this, the caller gets a 503 within seconds.
 */
@ApplicationScoped
@Unremovable
public class BoundedIdentityProviderCalls implements OidcRequestFilter {
    private final long timeoutMillis;

    public BoundedIdentityProviderCalls(@ConfigProperty(name = "quarkus.oidc.connection-timeout") Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(timeoutMillis);
    }
}
