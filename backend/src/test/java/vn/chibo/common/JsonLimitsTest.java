package vn.chibo.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;

/** JSON bodies have hard limits (chibo.json.*): too long, too deep or too long a string is a 4xx and nothing is saved. */
@QuarkusTest
class JsonLimitsTest extends ApiTest {
    private static final int MAX_BODY = 2_000_000;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_STRING = 200_000;

    @TestHTTPResource("/api/v1/organizations")
    URI organizations;

    private String cell(String name, String extra) {
        return "{\"name\": \"" + name + "\", \"typeCode\": \"CHI_BO_TRUC_THUOC\", \"categoryCode\": \"THON_BAN_TDP\", "
                + "\"parentId\": \"" + org("LCH-BL") + "\"" + extra + "}";
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Posts the bytes as a stream, without a Content-Length. */
    private HttpResponse<String> post(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(organizations).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long cellsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count("name", name));
    }

    @Test
    @AsCommuneStaff
    void aBodyAnnouncedLargerThanTheLimitIsRefusedWith413BeforeItIsRead() {
        String padding = ", \"note\": \"" + "x".repeat(MAX_BODY) + "\"";
        api().body(cell("Chi bộ quá lớn", padding)).post("/api/v1/organizations").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("json-too-large"));
        assertEquals(0, cellsNamed("Chi bộ quá lớn"));
    }

    @Test
    @AsCommuneStaff
    void aStreamedBodyWithoutALengthIsStoppedByTheParserAtTheLimit() throws Exception {
        // Many small strings: no single one is too long, the document is.
        String items = ("\"" + "y".repeat(1000) + "\",").repeat(MAX_BODY / 1000 + 10);
        byte[] body = cell("Chi bộ dòng chảy", ", \"tags\": [" + items + "\"z\"]").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post(body);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"json-too-large\""), response.body());
        assertEquals(0, cellsNamed("Chi bộ dòng chảy"));
    }

    @Test
    @AsCommuneStaff
    void nestingDeeperThanTheLimitIsRefusedAndJustInsideItIsNot() throws Exception {
        api().body(cell("Chi bộ lồng sâu", ", \"extra\": " + nested(MAX_DEPTH))).post("/api/v1/organizations").then()
                .statusCode(400).body("code", equalTo("json-too-deep"));
        // The body object is one level: an array one level less deep is exactly at the limit, and is read
        // (the blank name then fails the field rule instead).
        api().body(cell("", ", \"extra\": " + nested(MAX_DEPTH - 1))).post("/api/v1/organizations")
                .then().statusCode(400).body("code", equalTo("validation-failed"));
        // Sent with the JDK's client: REST Assured itself runs out of memory on such a body.
        HttpResponse<String> abyss = post(cell("Chi bộ lồng sâu", ", \"extra\": " + nested(100_000))
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, abyss.statusCode());
        assertTrue(abyss.body().contains("\"json-too-deep\""), abyss.body());
        assertEquals(0, cellsNamed("Chi bộ lồng sâu"));
    }

    @Test
    @AsCommuneStaff
    void aStringLongerThanTheLimitIsRefusedWhileOneAtTheLimitReachesTheFieldRule() {
        // Jackson checks the length as its text buffer grows, in blocks: well past the limit is refused.
        apiEnglish().body(cell("x".repeat(2 * MAX_STRING), "")).post("/api/v1/organizations").then().statusCode(400)
                .body("code", equalTo("json-string-too-long"))
                .body("detail", equalTo("A text value is longer than the 200,000 characters allowed."));
        api().body(cell("x".repeat(MAX_STRING), "")).post("/api/v1/organizations").then().statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors[0].field", equalTo("name"));
    }

    @Test
    @AsCommuneStaff
    void aBodyOverTheServersLimitForAnyRequestIs413() throws Exception {
        // 26 MB announced: over quarkus.http.limits.max-body-size (25 MB), refused before it is read.
        long length = 26L * 1024 * 1024;
        HttpRequest.BodyPublisher zeros = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }
        });
        // Expect: 100-continue, as a careful client does: the refusal comes before a byte of the body is sent.
        HttpRequest request = HttpRequest.newBuilder(organizations).header("Content-Type", "application/json")
                .version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.fromPublisher(zeros, length)).build();
        assertEquals(413, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
