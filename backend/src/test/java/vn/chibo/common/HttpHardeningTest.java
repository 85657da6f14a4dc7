package vn.chibo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.AsSecretaryAn;

/** Answers that carry personal data are not cached, CORS answers vary by origin (metrics: OperationsEndpointsTest). */
@QuarkusTest
class HttpHardeningTest extends ApiTest {

    @Test
    @AsMemberAn
    void apiAnswersAreNeverStoredAndVaryByOrigin() {
        api().header("Origin", "http://localhost:3000").get("/api/v1/me").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    @AsSecretaryAn
    void aMultipartPartWithALineBreakInItsFileNameIsABadRequest() {
        String boundary = "chiboBoundary42";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"kind\"\r\n\r\nMEMBERS\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"organizationId\"\r\n\r\n" + org("LCH-BL-NK") + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a\r\nb.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "fullName\r\nNguyễn Văn A\r\n"
                + "--" + boundary + "--\r\n";
        given().contentType("multipart/form-data; boundary=" + boundary)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }
}
