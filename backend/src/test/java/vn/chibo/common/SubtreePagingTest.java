package vn.chibo.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.TreeFixture;

/**
 * The committee reads whose rows grow with the subtree answer a page of rows (50 by default, at most 200) with the
 * count of all of them, while their summary figures stay computed over the whole subtree (issue 10, section 7).
 * Each read is paged through a fresh commune of three cells: pages 0 and 1 of size 2 hold disjoint rows, the total is
 * three on both, the summary is the same on both.
 */
@QuarkusTest
@AsProvinceStaff
class SubtreePagingTest extends ApiTest {
    private static final String MEETING_MONTH = "2026-11";

    private static UUID commune;
    private static final List<UUID> cells = new ArrayList<>();

    /**
     * Once for the class (the tests only read it): a commune of three cells, each with a held meeting whose evaluation
     * waits for verification, a visit and a supervision assignment.
     */
    @BeforeEach
    void subtree() {
        if (commune != null) return;
        OffsetDateTime heldAt = CellFixture.hoursAgo(24 * 10); // in November: its verification is overdue
        commune = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
        for (int i = 0; i < 3; i++) {
            CellFixture c = CellFixture.create(commune);
            cells.add(c.cellId);
            UUID meeting = c.schedule("REGULAR", heldAt);
            CellFixture.attend(meeting, c.an, "PRESENT");
            CellFixture.hold(meeting, heldAt, 95);
            int version = api().body(Map.of("version", 0, "scores", List.of()))
                    .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200).extract().path("version");
            api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/evaluation/submit", meeting).then()
                    .statusCode(200);
            api().body(Map.of()).post("/api/v1/meetings/{id}/visits", meeting).then().statusCode(201);
            api().body(Map.of("supervisorUsername", "giamsat." + UUID.randomUUID().toString().substring(0, 8), "cellId", c.cellId.toString(),
                    "validFrom", "2026-01-01")).post("/api/v1/supervision-assignments").then().statusCode(201);
        }
    }

    @Test
    void pendingVerificationsArePaged() {
        pagesThrough("/api/v1/organizations/{id}/verifications", Map.of(), "items", "meetingId", "total", List.of());
    }

    @Test
    void theEvaluationReportPagesItsCellGapsAndKeepsItsFiguresOverTheSubtree() {
        JsonPath first = pagesThrough("/api/v1/organizations/{id}/evaluation-report",
                Map.of("from", "2026-11-01", "to", "2026-11-30"), "cellGaps", "organizationId", "totalCellGaps",
                List.of("evaluations", "selfRatings", "selfRatingsByCategory"));
        assertEquals(3, first.getInt("evaluations"));
    }

    @Test
    void thePlanInboxPagesItsCellsAndKeepsItsCountsOverTheSubtree() {
        JsonPath first = pagesThrough("/api/v1/organizations/{id}/topical-plans", Map.of("year", 2027), "cells",
                "organizationId", "totalCells", List.of("counts", "byGroup"));
        assertEquals(3, first.getInt("counts.none"));
    }

    @Test
    void theMonthlySchedulePagesItsMeetingsAndItsGaps() {
        pagesThrough("/api/v1/organizations/{id}/monthly-schedules/" + MEETING_MONTH, Map.of(), "entries", "meetingId",
                "totalEntries", List.of("totalGaps", "recipients"));
        pagesThrough("/api/v1/organizations/{id}/monthly-schedules/2027-01", Map.of(), "gaps", "organizationId",
                "totalGaps", List.of("totalEntries", "dueDate"));
    }

    @Test
    void theSupervisionCoveragePagesItsCellsAndKeepsItsTotalsOverTheSubtree() {
        JsonPath first = pagesThrough("/api/v1/organizations/{id}/supervision-coverage",
                Map.of("year", 2026, "quarter", 4), "cells", "organizationId", "totalCells", List.of("totals"));
        assertEquals(3, first.getInt("totals.cells"));
    }

    @Test
    void theCoverageListsTheCellsNotCoveredFirst() {
        UUID other = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
        CellFixture visited = CellFixture.create(other);
        CellFixture missed = CellFixture.create(other);
        OffsetDateTime heldAt = CellFixture.hoursAgo(24 * 10);
        UUID meeting = visited.schedule("REGULAR", heldAt);
        CellFixture.hold(meeting, heldAt, 95);
        api().body(Map.of()).post("/api/v1/meetings/{id}/visits", meeting).then().statusCode(201);
        api().queryParam("year", 2026).queryParam("quarter", 4)
                .get("/api/v1/organizations/{id}/supervision-coverage", other).then().statusCode(200)
                .body("cells.organizationId", equalTo(List.of(missed.cellId.toString(), visited.cellId.toString())))
                .body("cells.covered", equalTo(List.of(false, true)));
    }

    @Test
    void visitsAndSupervisionAssignmentsArePaged() {
        pagesThrough("/api/v1/organizations/{id}/visits", Map.of(), "items", "id", "total", List.of());
        pagesThrough("/api/v1/organizations/{id}/supervision-assignments", Map.of(), "items", "id", "total", List.of());
    }

    @Test
    void theDefaultPageHoldsFiftyRows() {
        api().get("/api/v1/organizations/{id}/supervision-coverage", commune).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(50)).body("cells", hasSize(3));
        api().get("/api/v1/organizations/{id}/verifications", commune).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(50)).body("items", hasSize(3));
    }

    @Test
    void theFiltersReachTheListBehindAFigure() {
        api().queryParam("overdue", true).get("/api/v1/organizations/{id}/verifications", commune).then()
                .statusCode(200).body("total", equalTo(3));
        api().queryParam("overdue", false).get("/api/v1/organizations/{id}/verifications", commune).then()
                .statusCode(200).body("total", equalTo(0));
        api().queryParam("status", "RETURNED").get("/api/v1/organizations/{id}/verifications", commune).then()
                .statusCode(200).body("total", equalTo(0));
        api().queryParam("year", 2027).queryParam("status", "NONE").queryParam("status", "DRAFT")
                .get("/api/v1/organizations/{id}/topical-plans", commune).then().statusCode(200)
                .body("totalCells", equalTo(3)).body("counts.none", equalTo(3));
        api().queryParam("year", 2027).queryParam("status", "SUBMITTED", "APPROVED")
                .get("/api/v1/organizations/{id}/topical-plans", commune).then().statusCode(200)
                .body("totalCells", equalTo(0)).body("counts.none", equalTo(3));
        String name = api().get("/api/v1/organizations/{id}", cells.get(1)).then().extract().path("name");
        api().queryParam("year", 2026).queryParam("quarter", 4).queryParam("q", name.toUpperCase())
                .get("/api/v1/organizations/{id}/supervision-coverage", commune).then().statusCode(200)
                .body("totalCells", equalTo(1)).body("cells[0].organizationId", equalTo(cells.get(1).toString()))
                .body("totals.cells", equalTo(3));
        JsonPath all = api().queryParam("year", 2026).queryParam("quarter", 4)
                .get("/api/v1/organizations/{id}/supervision-coverage", commune).then().statusCode(200).extract().jsonPath();
        api().queryParam("year", 2026).queryParam("quarter", 4).queryParam("covered", true)
                .get("/api/v1/organizations/{id}/supervision-coverage", commune).then().statusCode(200)
                .body("totalCells", equalTo(all.getInt("totals.covered")));
        api().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").queryParam("q", name)
                .get("/api/v1/organizations/{id}/evaluation-report", commune).then().statusCode(200)
                .body("totalCellGaps", equalTo(1)).body("evaluations", equalTo(3));
    }

    @Test
    void aPageSizeOverTheMaximumANegativePageOrAnUnknownFilterAreRefusedNamingTheParameter() {
        Map<String, Map<String, Object>> reads = Map.of(
                "/api/v1/organizations/{id}/verifications", Map.of(),
                "/api/v1/organizations/{id}/evaluation-report", Map.of(),
                "/api/v1/organizations/{id}/topical-plans", Map.of("year", 2027),
                "/api/v1/organizations/{id}/monthly-schedules/" + MEETING_MONTH, Map.of(),
                "/api/v1/organizations/{id}/supervision-coverage", Map.of(),
                "/api/v1/organizations/{id}/visits", Map.of(),
                "/api/v1/organizations/{id}/supervision-assignments", Map.of());
        reads.forEach((path, query) -> {
            api().queryParams(query).queryParam("size", 201).get(path, commune).then().statusCode(400)
                    .body("errors[0].field", containsString("size"));
            api().queryParams(query).queryParam("page", -1).get(path, commune).then().statusCode(400)
                    .body("errors[0].field", containsString("page"));
        });
        api().queryParam("size", 201).get("/api/v1/me/verifications").then().statusCode(400)
                .body("errors[0].field", containsString("size"));
        api().queryParam("late", true).get("/api/v1/organizations/{id}/verifications", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("late"));
        api().queryParam("status", "VERIFIED").get("/api/v1/organizations/{id}/verifications", commune).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        api().queryParam("year", 2027).queryParam("status", "LATE").get("/api/v1/organizations/{id}/topical-plans", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        // several statuses are repeated parameters (as the SPA sends them); the comma-joined form is not a second way
        Map.of("/api/v1/organizations/{id}/topical-plans", "application/json, application/problem+json",
                "/api/v1/organizations/{id}/topical-plans.csv", "text/csv, application/problem+json").forEach((list, accept) ->
                api().accept(accept).queryParam("year", 2027).queryParam("status", "NONE,DRAFT").get(list, commune).then()
                        .statusCode(400).contentType(startsWith("application/problem+json"))
                        .body("errors[0].field", equalTo("status"))
                        .body("errors[0].message", containsString("status=A&status=B")));
        api().queryParam("cover", true).get("/api/v1/organizations/{id}/supervision-coverage", commune).then()
                .statusCode(400).body("errors[0].field", equalTo("cover"));
    }

    /**
     * Pages 0 and 1 of size 2 of a read over the commune: two rows then one, none on both, the total three on both,
     * and the summary fields equal on both. Returns page 0.
     */
    private JsonPath pagesThrough(String path, Map<String, Object> query, String rows, String rowId, String total,
                                  List<String> summary) {
        JsonPath first = page(path, query, 0);
        JsonPath second = page(path, query, 1);
        assertEquals(3, first.getInt(total), path);
        assertEquals(3, second.getInt(total), path);
        List<String> firstIds = first.getList(rows + "." + rowId, String.class);
        List<String> secondIds = second.getList(rows + "." + rowId, String.class);
        assertEquals(2, firstIds.size(), path);
        assertEquals(1, secondIds.size(), path);
        Set<String> all = new HashSet<>(firstIds);
        all.addAll(secondIds);
        assertEquals(3, all.size(), path + ": pages overlap " + firstIds + " " + secondIds);
        assertEquals(List.of(0, 2, 1, 2), List.of(first.getInt("page"), first.getInt("size"), second.getInt("page"),
                second.getInt("size")), path);
        for (String field : summary) {
            Object value = first.get(field);
            assertTrue(value != null, path + " " + field);
            assertEquals(value, second.get(field), path + " " + field);
        }
        return first;
    }

    private JsonPath page(String path, Map<String, Object> query, int page) {
        return api().queryParams(query).queryParam("page", page).queryParam("size", 2).get(path, commune).then()
                .statusCode(200).extract().jsonPath();
    }
}
