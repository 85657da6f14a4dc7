package vn.chibo.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;

@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsPerMinute.class)
class RateLimitTest extends ApiTest {

    public static class FiveRequestsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chibo.rate-limit.per-minute", "5");
        }
    }

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterAndNothingElseRuns() throws InterruptedException {
        long second = System.currentTimeMillis() / 1000 % 60;
        if (second >= 55) Thread.sleep((61 - second) * 1000); // stay inside one one-minute window
        for (int i = 5; i >= 1; i--) {
            api().get("/api/v1/me").then().statusCode(401)
                    .header("X-RateLimit-Limit", "5").header("X-RateLimit-Remaining", String.valueOf(i - 1));
        }
        api().get("/api/v1/me").then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("too-many-requests"))
                .header("Retry-After", notNullValue());
    }
}
