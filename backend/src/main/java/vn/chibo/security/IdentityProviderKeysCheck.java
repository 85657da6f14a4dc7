package vn.chibo.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the identity provider's signing keys can be fetched: without them no token can be
 * verified. (quarkus-oidc's own health check, also on, only reads the discovery document.) Each call
 * is bounded by a short timeout so that a silent Keycloak makes the probe fail fast, not hang.
 *
 * <p>No result is kept between probes: an orchestrator probes every few seconds, two small GETs each,
 * and a kept "up" would report a Keycloak that has just gone away as still there (the outage test,
 * scripts/idp-outage-test.mjs, expects DOWN on the first probe after it stops).
 */
@Readiness
@ApplicationScoped
public class IdentityProviderKeysCheck implements HealthCheck {
    static final String NAME = "Identity provider signing keys";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private volatile URI keys;

    public IdentityProviderKeysCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        String base = authServerUrl.endsWith("/") ? authServerUrl : authServerUrl + "/";
        this.discovery = URI.create(base + ".well-known/openid-configuration");
    }

    @Override
    public HealthCheckResponse call() {
        try {
            if (keys == null) keys = URI.create(get(discovery).path("jwks_uri").asText());
            int count = get(keys).path("keys").size();
            return HealthCheckResponse.named(NAME).status(count > 0).withData("keys", count).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    private JsonNode get(URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException("HTTP " + response.statusCode());
        return json.readTree(response.body());
    }
}
