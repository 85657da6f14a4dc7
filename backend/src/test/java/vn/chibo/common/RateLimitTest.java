package vn.chibo.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.Management;
import vn.chibo.testing.Tokens;

@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest extends ApiTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chibo.rate-limit.per-minute", "5", "chibo.rate-limit.anonymous-per-minute", "4");
        }
    }

    @Inject
    DataSource database;

    /**
     * The shared windows are on (as in production): forget what other test classes spent, since each start
     * of the application sets the clock back to the same minute with larger budgets.
     */
    @BeforeEach
    void forgetSharedWindows() throws SQLException {
        sql("DELETE FROM rate_window");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String token(String username) {
        return Tokens.token(username, List.of("member"), Tokens.ISSUER, Instant.now().plusSeconds(600));
    }

    @Test
    void aSignedInCallerIsCountedByWhoTheyAreHoweverTheHeaderIsSpeltAndANewTokenDoesNotResetTheBudget() {
        double refusedBefore = Management.sample(Management.metrics(), "chibo_rate_limited_total", "kind=\"caller\"");
        String first = token("dangvien.binh");
        List<String> spellings = List.of("Bearer ", "bearer ", "BEARER ", "Bearer ", "bearer ");
        for (int i = 0; i < spellings.size(); i++) {
            api().header("Authorization", spellings.get(i) + first).get("/api/v1/me").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", String.valueOf(4 - i))
                    .header("RateLimit-Policy", "5;w=60").header("RateLimit-Reset", notNullValue());
        }
        api().header("Authorization", "Bearer " + token("dangvien.binh")).get("/api/v1/me").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("too-many-requests"))
                .header("Retry-After", notNullValue()).header("RateLimit-Remaining", "0")
                // Whole again within the minute; the exact second depends on how long the five calls took
                // (RateBucketsTest checks the arithmetic on a set clock).
                .header("RateLimit-Reset", matchesPattern("[1-9]|[1-5][0-9]|60"));
        api().header("Authorization", "Bearer " + token("dangvien.an")).get("/api/v1/me").then().statusCode(200);
        assertEquals(refusedBefore + 1,
                Management.sample(Management.metrics(), "chibo_rate_limited_total", "kind=\"caller\""));
    }

    @Test
    void callsWithoutAValidTokenShareTheirAddressBudgetAndSignedInCallersAreNotHeldBack() {
        api().get("/api/v1/me").then().statusCode(401).header("RateLimit-Limit", "4")
                .header("RateLimit-Remaining", "3");
        for (int i = 0; i < 3; i++) {
            api().header("Authorization", "Bearer junk." + UUID.randomUUID()).get("/api/v1/me").then().statusCode(401);
        }
        api().header("Authorization", "Bearer junk." + UUID.randomUUID()).get("/api/v1/me").then().statusCode(429)
                .body("code", equalTo("too-many-requests"));
        api().get("/api/v1/me").then().statusCode(429);
        api().header("Authorization", "Bearer " + token("bithu.an")).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void whenTheSharedBudgetCannotBeReachedEachReplicaStillCountsWithItsOwnBucketAndNothingFails() throws SQLException {
        double failedBefore = Management.sample(Management.metrics(), "chibo_rate_shared_total", "outcome=\"failed\"");
        String bearer = "Bearer " + token("canbo.tinh");
        sql("ALTER TABLE rate_window RENAME TO rate_window_away");
        try {
            for (int i = 0; i < 5; i++) {
                api().header("Authorization", bearer).get("/api/v1/me").then().statusCode(200)
                        .header("RateLimit-Remaining", String.valueOf(4 - i));
            }
            api().header("Authorization", bearer).get("/api/v1/me").then().statusCode(429);
        } finally {
            sql("ALTER TABLE rate_window_away RENAME TO rate_window");
        }
        assertTrue(Management.sample(Management.metrics(), "chibo_rate_shared_total", "outcome=\"failed\"") > failedBefore);
    }

    @Test
    void aCallerWhoseMinuteAnotherReplicaSpentIsRefusedHereWithTheWaitUntilTheMinuteEnds() throws SQLException {
        double refusedBefore = Management.sample(Management.metrics(), "chibo_rate_limited_total", "kind=\"caller\"");
        // Another replica spent the whole budget (5) of this minute and of the next, in case the minute turns now.
        long minute = SharedBudget.windowStart(time.now().getEpochSecond());
        for (long window : List.of(minute, minute + 60)) {
            sql("INSERT INTO rate_window (bucket_key, window_start, spent) VALUES ('caller:dangvien.chi', " + window + ", 5)");
        }
        long before = time.now().getEpochSecond();
        String retryAfter = api().header("Authorization", "Bearer " + token("dangvien.chi")).get("/api/v1/me").then()
                .statusCode(429).contentType("application/problem+json").body("code", equalTo("too-many-requests"))
                .header("RateLimit-Limit", "5").header("RateLimit-Remaining", "0")
                .header("Retry-After", matchesPattern("[1-9]|[1-5][0-9]|60"))
                .extract().header("Retry-After");
        long after = time.now().getEpochSecond();
        if (SharedBudget.windowStart(after) == minute) { // the wait is until the end of the minute (when it did not turn)
            int wait = Integer.parseInt(retryAfter);
            assertTrue(wait >= Math.max(1, minute + 60 - after) && wait <= minute + 60 - before, "Retry-After " + wait);
        }
        assertEquals(refusedBefore + 1,
                Management.sample(Management.metrics(), "chibo_rate_limited_total", "kind=\"caller\""));
    }
}
