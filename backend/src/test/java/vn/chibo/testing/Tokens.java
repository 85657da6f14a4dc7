package vn.chibo.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Signed bearer tokens for the WireMock OIDC server that stands in for Keycloak in backend tests,
 * so that one test can act as several people in turn.
 */
public final class Tokens {
    public static final String ISSUER = "https://server.example.com";

    private Tokens() {}

    public static String token(String username, List<String> roles, String issuer, Instant expiresAt) {
        return token(username, roles, issuer, expiresAt, Map.of());
    }

    /** A token with more claims, such as the {@code email} and {@code email_verified} Keycloak adds. */
    public static String token(String username, List<String> roles, String issuer, Instant expiresAt,
                               Map<String, Object> claims) {
        var builder = Jwt.preferredUserName(username)
                .subject("sub-" + username)
                .issuer(issuer)
                .audience("chibo-api")
                .claim("realm_access", Map.of("roles", roles))
                .expiresAt(expiresAt);
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    private static volatile String current;

    /** Puts the current user's token on every REST Assured request (replacing any other). */
    private static final Filter BEARER = (request, response, context) -> {
        String token = current;
        if (token != null) request.replaceHeader("Authorization", "Bearer " + token);
        return context.next(request, response);
    };

    /** Every following REST Assured request carries this user's token. */
    public static void actAs(String username, String... roles) {
        if (!RestAssured.filters().contains(BEARER)) RestAssured.filters(BEARER);
        current = token(username, List.of(roles), ISSUER, Instant.now().plusSeconds(600));
    }

    /** As {@link #actAs}, with the verified e-mail address the identity provider puts in the token. */
    public static void actAsWithEmail(String username, String email, String... roles) {
        if (!RestAssured.filters().contains(BEARER)) RestAssured.filters(BEARER);
        current = token(username, List.of(roles), ISSUER, Instant.now().plusSeconds(600),
                Map.of("email", email, "email_verified", true));
    }

    public static void reset() {
        current = null;
    }
}
