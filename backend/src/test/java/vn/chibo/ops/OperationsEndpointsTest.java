package vn.chibo.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsAdmin;
import vn.chibo.testing.AsSecretaryAn;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Management;
import vn.chibo.testing.Tokens;

/** Health and metrics live on the management interface; HTTP metrics by route template, the application's counters move. */
@QuarkusTest
class OperationsEndpointsTest extends ApiTest {

    @Test
    void healthAndMetricsAreNotServedOnTheApiPortButTheContractIs() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void readinessCoversTheDatabaseAndTheIdentityProvidersKeysAndLivenessIsUp() {
        Management.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Identity provider signing keys"))
                .body("checks.find { it.name == 'Identity provider signing keys' }.status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        Management.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @AsSecretaryAn
    void apiRequestsAreMeasuredByRouteTemplateNotByRawPath() {
        UUID cell = org("LCH-BL-NK");
        api().get("/api/v1/organizations/{id}", cell).then().statusCode(200);
        String metrics = Management.metrics();
        assertTrue(Management.sample(metrics, "http_server_requests_seconds_count",
                "uri=\"/api/v1/organizations/{id}\"", "method=\"GET\"", "status=\"200\"") >= 1, "route-labelled count");
        assertFalse(metrics.contains(cell.toString()), "no raw ids in metric labels");
    }

    @Test
    @AsSecretaryAn
    void anImportPreviewIsCountedByKindAndOutcome() {
        String[] series = {"step=\"preview\"", "kind=\"MEMBERS\"", "outcome=\"valid\""};
        double before = Management.sample(Management.metrics(), "chibo_imports_total", series);
        String card = "M" + UUID.randomUUID().toString().substring(0, 6);
        api().contentType("multipart/form-data")
                .multiPart("file", "ds.csv", ("Họ và tên;Giới tính;Số thẻ;Ngày vào Đảng\nLò Thị Đếm;Nữ;" + card
                        + ";2012-02-03\n").getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .multiPart("kind", "MEMBERS").multiPart("organizationId", org("LCH-BL-NK").toString())
                .post("/api/v1/imports").then().statusCode(201);
        assertEquals(before + 1, Management.sample(Management.metrics(), "chibo_imports_total", series));
    }

    @Test
    @AsAdmin
    void syncedRowsAreCountedByKindAndOutcome() {
        String[] created = {"kind=\"organizations\"", "outcome=\"created\""};
        String[] unchanged = {"kind=\"organizations\"", "outcome=\"unchanged\""};
        String metrics = Management.metrics();
        double createdBefore = Management.sample(metrics, "chibo_sync_rows_total", created);
        double unchangedBefore = Management.sample(metrics, "chibo_sync_rows_total", unchanged);
        java.util.Map<String, Object> cell = java.util.Map.of("externalId", "CB-M-" + UUID.randomUUID().toString().substring(0, 8),
                "name", unique("Chi bộ đồng bộ"), "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "THON_BAN_TDP");
        java.util.Map<String, Object> body = java.util.Map.of("scheme", "CSDL", "mode", "PER_ROW", "items", java.util.List.of(cell));
        api().body(body).post("/api/v1/organizations/{id}/sync/organizations", org("LCH-BL")).then().statusCode(200)
                .body("totals.created", equalTo(1));
        api().body(body).post("/api/v1/organizations/{id}/sync/organizations", org("LCH-BL")).then().statusCode(200)
                .body("totals.unchanged", equalTo(1));
        metrics = Management.metrics();
        assertEquals(createdBefore + 1, Management.sample(metrics, "chibo_sync_rows_total", created));
        assertEquals(unchangedBefore + 1, Management.sample(metrics, "chibo_sync_rows_total", unchanged));
    }

    @Test
    @AsAdmin
    void anAlertRunIsCountedAndTimed() {
        String[] series = {"trigger=\"manual\"", "outcome=\"ok\""};
        double before = Management.sample(Management.metrics(), "chibo_alert_runs_seconds_count", series);
        api().post("/api/v1/organizations/{id}/alert-runs", org("LCH-BL")).then().statusCode(200);
        String metrics = Management.metrics();
        assertEquals(before + 1, Management.sample(metrics, "chibo_alert_runs_seconds_count", series));
        assertTrue(Management.sample(metrics, "chibo_alert_runs_seconds_sum", series) > 0, "duration recorded");
    }

    @Test
    void recomputingAnEvaluationsAutomaticCriteriaIsCounted() {
        Tokens.actAs("canbo.xa", "staff");
        try {
            CellFixture cell = CellFixture.create(org("LCH-BL"));
            OffsetDateTime start = CellFixture.hoursAgo(4);
            UUID meeting = cell.schedule("REGULAR", start);
            CellFixture.hold(meeting, start, 120);
            double before = Management.sample(Management.metrics(), "chibo_evaluation_recomputes_total");
            api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200);
            assertTrue(Management.sample(Management.metrics(), "chibo_evaluation_recomputes_total") >= before + 1);
        } finally {
            Tokens.reset();
        }
    }
}
