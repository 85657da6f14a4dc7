package vn.chibo.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.Tokens;

/**
 * Log lines carry the request id, which the response echoes; a bad or expired token is an ordinary
 * 401 problem that leaves no warning or error in the log.
 */
@QuarkusTest
class RequestLoggingTest extends ApiTest {
    private static final String REQUEST_LOG = "vn.chibo.requests";

    /** What was logged, with the request id and user in the logging context at that moment. */
    record Captured(Level level, String logger, String message, Object requestId, Object user) {}

    private final List<Captured> captured = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            captured.add(new Captured(r.getLevel(), r.getLoggerName(), r.getMessage(), MDC.get("requestId"), MDC.get("user")));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level requestLogLevel;

    @BeforeEach
    void capture() {
        Logger.getLogger("").addHandler(handler);
        requestLogLevel = Logger.getLogger(REQUEST_LOG).getLevel();
        Logger.getLogger(REQUEST_LOG).setLevel(Level.FINE);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(handler);
        Logger.getLogger(REQUEST_LOG).setLevel(requestLogLevel);
    }

    @Test
    void garbageAndExpiredTokensAreA401ProblemWithoutAWarningInTheLog() throws Exception {
        String expired = Tokens.token("bithu.an", List.of("secretary"), Tokens.ISSUER, Instant.now().minusSeconds(3600));
        String otherIssuer = Tokens.token("bithu.an", List.of(), "https://evil.example.com", Instant.now().plusSeconds(300));
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String unknownKey = io.smallrye.jwt.build.Jwt.preferredUserName("bithu.an").issuer(Tokens.ISSUER)
                .audience("chibo-api").expiresAt(Instant.now().plusSeconds(300)).jws().keyId("no-such-key")
                .sign(rsa.generateKeyPair().getPrivate());
        for (String token : List.of("not.a.token", "garbage", "a.b.c", expired, otherIssuer, unknownKey)) {
            for (String path : List.of("/api/v1/me", "/api/v1/organizations")) {
                api().auth().oauth2(token).get(path).then().statusCode(401)
                        .contentType("application/problem+json").body("code", equalTo("unauthenticated"));
            }
            given().auth().oauth2(token).get("/api/v1/no-such-path");
            given().auth().oauth2(token).get("/api/v1/calendar/no-such-feed.ics");
            given().auth().oauth2(token).get("/q/openapi");
        }
        List<Captured> loud = captured.stream().filter(c -> c.level().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), loud, "no WARN or ERROR for a bad token");
    }

    @Test
    @AsMemberAn
    void aSaneRequestIdIsEchoedAndCarriedByTheRequestsLogLines() {
        api().header("X-Request-Id", "trace-42.abc").get("/api/v1/me").then().statusCode(200)
                .header("X-Request-Id", "trace-42.abc");
        // The request's line is written when its response has been sent, which the client may see first: wait for it.
        long until = System.nanoTime() + 5_000_000_000L;
        boolean logged;
        do {
            logged = captured.stream().anyMatch(c -> REQUEST_LOG.equals(c.logger()) && "trace-42.abc".equals(c.requestId())
                    && "dangvien.an".equals(c.user()));
        } while (!logged && System.nanoTime() < until && pause());
        assertTrue(logged, () -> "a log line of the request carries its id and user: " + captured);
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedByAGeneratedOne() {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        String generated = api().get("/api/v1/me").then().statusCode(401)
                .header("X-Request-Id", matchesPattern(uuid)).extract().header("X-Request-Id");
        api().header("X-Request-Id", "evil id <with> spaces").get("/api/v1/me").then()
                .header("X-Request-Id", matchesPattern(uuid));
        api().header("X-Request-Id", "x".repeat(65)).get("/api/v1/me").then().header("X-Request-Id", matchesPattern(uuid));
        assertTrue(captured.stream().anyMatch(c -> generated.equals(c.requestId())), "the generated id is logged too");
    }
}
