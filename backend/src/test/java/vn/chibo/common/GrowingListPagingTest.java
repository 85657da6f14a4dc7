package vn.chibo.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * The lists that grow with use and used to answer a bare array (issue 11) answer the paging envelope of every other
 * list: `page` and `size` (20 by default, at most 200) with the `total`, in a stable order so two pages never share a
 * row, and still only for a caller who may read the organisation.
 */
@QuarkusTest
@AsProvinceStaff
class GrowingListPagingTest extends ApiTest {
    private static final int PUSH_YEAR = 2027;

    /** Every newly paged list with the query it needs; {id} is the commune, or an unknown report (the 400 comes first). */
    private static final Map<String, Map<String, Object>> LISTS = Map.of(
            "/api/v1/me/meetings", Map.of(),
            "/api/v1/me/tasks", Map.of(),
            "/api/v1/organizations/{id}/policies", Map.of(),
            "/api/v1/organizations/{id}/pushed-topics", Map.of("year", PUSH_YEAR),
            "/api/v1/organizations/{id}/model-lessons", Map.of(),
            "/api/v1/organizations/{id}/supervision-teams", Map.of(),
            "/api/v1/organizations/{id}/scoring-templates", Map.of(),
            "/api/v1/periodic-reports/{id}/revisions", Map.of());

    private static UUID commune;

    /** Once for the class (the tests only read it): a fresh commune with three of each growing list it owns. */
    @BeforeEach
    void commune() {
        if (commune != null) return;
        commune = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> policy = PolicyBodies.basic(commune, (2040 + i) + "-01-01");
            policy.put("validTo", (2040 + i) + "-12-31");
            api().body(policy).post("/api/v1/policies").then().statusCode(201);
            api().body(Map.of("year", PUSH_YEAR, "quarter", 2, "topicGroupCode", "KHAC", "title", "Chuyên đề " + i))
                    .post("/api/v1/organizations/{id}/pushed-topics", commune).then().statusCode(201);
            api().body(Map.of("name", "Tổ cùng tên", "leaderUsername", "totruong." + UUID.randomUUID().toString().substring(0, 6),
                    "members", List.of())).post("/api/v1/organizations/{id}/supervision-teams", commune).then()
                    .statusCode(201);
        }
    }

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    @Test
    void policiesPushedTopicsAndTeamsArePagedWithoutOverlap() {
        pagesThrough("/api/v1/organizations/{id}/policies", Map.of());
        pagesThrough("/api/v1/organizations/{id}/pushed-topics", Map.of("year", PUSH_YEAR));
        pagesThrough("/api/v1/organizations/{id}/supervision-teams", Map.of());
    }

    @Test
    void theDefaultPageHoldsTwentyRows() {
        api().get("/api/v1/organizations/{id}/supervision-teams", commune).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", equalTo(3))
                .body("items.size()", equalTo(3));
        api().get("/api/v1/me/meetings").then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void aPageSizeOverTheMaximumOrANegativePageIsRefusedNamingTheParameter() {
        LISTS.forEach((path, query) -> {
            Object[] id = path.contains("{id}") ? new Object[] {path.startsWith("/api/v1/periodic-reports") ? UUID.randomUUID() : commune}
                    : new Object[0];
            api().queryParams(query).queryParam("size", 201).get(path, id).then().statusCode(400)
                    .body("errors[0].field", containsString("size"));
            api().queryParams(query).queryParam("page", -1).get(path, id).then().statusCode(400)
                    .body("errors[0].field", containsString("page"));
        });
        api().queryParam("committeeId", commune).queryParam("size", 201).get("/api/v1/supervision-reports").then()
                .statusCode(400).body("errors[0].field", containsString("size"));
        api().queryParam("committeeId", commune).queryParam("size", 200).get("/api/v1/supervision-reports").then()
                .statusCode(200).body("size", equalTo(200));
    }

    @Test
    void aCallerOutsideTheSubtreeIsRefusedOrSeesNothing() {
        Tokens.actAs("bithu.binh", "secretary");
        for (Response r : List.of(
                api().get("/api/v1/organizations/{id}/policies", commune),
                api().queryParam("year", PUSH_YEAR).get("/api/v1/organizations/{id}/pushed-topics", commune),
                api().get("/api/v1/organizations/{id}/model-lessons", commune),
                api().get("/api/v1/organizations/{id}/supervision-teams", commune),
                api().get("/api/v1/organizations/{id}/scoring-templates", commune),
                api().queryParam("committeeId", commune).get("/api/v1/supervision-reports"))) {
            r.then().statusCode(403).body("code", equalTo("out-of-scope"));
        }
        // The caller's own lists hold only their own cells' meetings and their own tasks.
        Tokens.actAs("nguoi.la");
        api().get("/api/v1/me/meetings").then().statusCode(200).body("total", equalTo(0));
        api().get("/api/v1/me/tasks").then().statusCode(200).body("total", equalTo(0));
    }

    /** Pages 0 and 1 of size 2: two rows then one, none on both, the total three on both. */
    private void pagesThrough(String path, Map<String, Object> query) {
        JsonPath first = page(path, query, 0);
        JsonPath second = page(path, query, 1);
        assertEquals(List.of(3, 3), List.of(first.getInt("total"), second.getInt("total")), path);
        List<String> firstIds = first.getList("items.id", String.class);
        List<String> secondIds = second.getList("items.id", String.class);
        assertEquals(List.of(2, 1), List.of(firstIds.size(), secondIds.size()), path);
        Set<String> all = new HashSet<>(firstIds);
        all.addAll(secondIds);
        assertEquals(3, all.size(), path + ": pages overlap " + firstIds + " " + secondIds);
        assertEquals(List.of(0, 2, 1, 2), List.of(first.getInt("page"), first.getInt("size"), second.getInt("page"),
                second.getInt("size")), path);
    }

    private JsonPath page(String path, Map<String, Object> query, int page) {
        return api().queryParams(query).queryParam("page", page).queryParam("size", 2).get(path, commune).then()
                .statusCode(200).extract().jsonPath();
    }
}
