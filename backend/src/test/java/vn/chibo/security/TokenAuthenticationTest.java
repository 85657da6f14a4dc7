package vn.chibo.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;

/** Real signed bearer tokens through quarkus-oidc (a WireMock OIDC server stands in for Keycloak here). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TokenAuthenticationTest extends ApiTest {
    private static final String ISSUER = "https://server.example.com";

    private static String token(String username, List<String> roles, String issuer, Instant expiresAt) {
        return vn.chibo.testing.Tokens.token(username, roles, issuer, expiresAt);
    }

    @Test
    void aValidTokenMapsToTheUserAndTheirAppointments() {
        api().auth().oauth2(io.smallrye.jwt.build.Jwt.preferredUserName("bithu.an").subject("sub").issuer(ISSUER)
                        .audience("chibo-api").claim("name", "An Lò bithu.an").claim("given_name", "Văn An")
                        .claim("family_name", "Lò").claim("realm_access", Map.of("roles", List.of("secretary")))
                        .expiresAt(Instant.now().plusSeconds(300)).jws().keyId("1").sign("privateKey.jwk"))
                .get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("bithu.an"))
                .body("displayName", equalTo("Lò Văn An"))
                .body("appointments.organizationName", hasItem("Chi bộ bản Nà Khoang"));
    }

    @Test
    void theRealmAdminRoleMakesAnAdministrator() {
        api().auth().oauth2(token("admin", List.of("admin"), ISSUER, Instant.now().plusSeconds(300)))
                .get("/api/v1/me").then().statusCode(200).body("roles", hasItem("ADMIN"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        api().auth().oauth2(token("bithu.an", List.of(), ISSUER, Instant.now().minusSeconds(3600)))
                .get("/api/v1/me").then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        api().auth().oauth2(token("bithu.an", List.of(), "https://evil.example.com", Instant.now().plusSeconds(300)))
                .get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void garbageInsteadOfATokenIsRefused() {
        api().auth().oauth2("not.a.token").get("/api/v1/organizations").then().statusCode(401);
    }

    @OidcWireMock
    WireMockServer identityProvider;

    @Test
    void aTokenSignedWithAnUnknownKeyIsRefusedWithoutAskingTheIntrospectionEndpoint() throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String unknownKey = Jwt.preferredUserName("bithu.an").issuer(ISSUER).audience("chibo-api")
                .expiresAt(Instant.now().plusSeconds(300)).jws().keyId("no-such-key")
                .sign(rsa.generateKeyPair().getPrivate());
        for (int i = 0; i < 3; i++) {
            api().auth().oauth2(unknownKey).get("/api/v1/me").then().statusCode(401).body("code", equalTo("unauthenticated"));
        }
        assertEquals(0, identityProvider.findAll(WireMock.postRequestedFor(WireMock.urlPathMatching(".*introspect.*"))).size());
    }
}
