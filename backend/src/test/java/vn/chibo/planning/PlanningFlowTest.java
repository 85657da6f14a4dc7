package vn.chibo.planning;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;

/** The annual topical plan from the secretary's draft to the committee's approval, and its bad inputs. */
@QuarkusTest
class PlanningFlowTest extends ApiTest {
    private static final int NEXT_YEAR = TestClock.TODAY.getYear() + 1;

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    static Map<String, Object> item(int month, String title) {
        return new HashMap<>(Map.of("kind", "TOPICAL", "plannedMonth", month, "topicGroupCode", "HCM_CT05", "title", title));
    }

    static List<Map<String, Object>> fourQuarters() {
        return List.of(item(2, "Học tập và làm theo Bác"), item(5, "Phòng chống suy thoái"), item(8, "Xây dựng chi bộ"),
                item(11, "Chuyên môn"));
    }

    private JsonPath put(UUID cell, int year, long version, List<Map<String, Object>> items) {
        return api().body(Map.of("version", version, "items", items))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", cell, year).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void brP3_secretarySubmitsStaffReturnsSecretaryFixesStaffApprovesAndMeetingsAppear() {
        UUID cell = org("LCH-BL-NK");
        int year = NEXT_YEAR + 3;
        Tokens.actAs("bithu.an", "secretary");
        JsonPath draft = put(cell, year, 0, List.of(item(2, "Học tập và làm theo Bác"), item(5, "Suy thoái")));
        api().get("/api/v1/organizations/{id}/topical-plans/{year}", cell, year).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("items", hasSize(2)).body("dueDate", equalTo(year + "-02-05"))
                .body("warnings.code", hasItem("plan-quarter-empty")).body("policyLabel", notNullValue());
        String planId = draft.getString("id");
        long submitted = api().body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/topical-plans/{id}/submission", planId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().jsonPath().getLong("version");

        // The secretary cannot decide on the own cell plan, even as someone who may edit it: deciding is for
        // staff (x-roles), so the role is refused before the plan is read.
        api().body(Map.of("version", submitted)).post("/api/v1/topical-plans/{id}/approval", planId).then()
                .statusCode(403).body("code", equalTo("not-permitted"));

        // Staff appointed in the cell itself pass the role gate, and the plan rule still keeps them from
        // deciding on their own cell's plan.
        Tokens.actAs("canbo.xa", "staff");
        String inCell = api().body(Map.of("username", "canbo.trongchibo", "role", "STAFF",
                "organizationId", cell.toString(), "validFrom", "2020-01-01")).post("/api/v1/appointments").then()
                .statusCode(201).extract().path("id");
        Tokens.actAs("canbo.trongchibo", "staff");
        api().body(Map.of("version", submitted)).post("/api/v1/topical-plans/{id}/approval", planId).then()
                .statusCode(403).body("code", equalTo("plan-own-cell"));
        Tokens.actAs("canbo.xa", "staff");
        api().delete("/api/v1/appointments/{id}", inCell).then().statusCode(204);

        api().body(Map.of("version", submitted)).post("/api/v1/topical-plans/{id}/return", planId).then()
                .statusCode(400).body("errors[0].field", equalTo("comment"));
        long returned = api().body(Map.of("version", submitted, "comment", "Thiếu chuyên đề quý III và IV"))
                .post("/api/v1/topical-plans/{id}/return", planId).then().statusCode(200)
                .body("status", equalTo("RETURNED")).extract().jsonPath().getLong("version");
        api().get("/api/v1/organizations/{id}/topical-plans?year={y}&status=RETURNED&size=200", org("LCH-BL"), year).then()
                .statusCode(200).body("cells.find { it.organizationId == '" + cell + "' }.status", equalTo("RETURNED"));

        Tokens.actAs("bithu.an", "secretary");
        api().get("/api/v1/organizations/{id}/topical-plans/{year}", cell, year).then()
                .body("history.action", equalTo(List.of("CREATE", "SUBMIT", "RETURN")))
                .body("history[2].comment", equalTo("Thiếu chuyên đề quý III và IV"));
        JsonPath fixed = put(cell, year, returned, fourQuarters());
        long resubmitted = api().body(Map.of("version", fixed.getLong("version")))
                .post("/api/v1/topical-plans/{id}/submission", planId).then().statusCode(200).extract().jsonPath().getLong("version");

        Tokens.actAs("canbo.xa", "staff");
        api().body(Map.of("version", resubmitted, "comment", "Đồng ý")).post("/api/v1/topical-plans/{id}/approval", planId)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("canbo.xa"))
                .body("items[0].progress", equalTo("SCHEDULED")).body("items[0].meetingStart", startsWith(year + "-02-15T19:30"));
        api().get("/api/v1/organizations/{id}/meetings?from={f}&to={t}&type=TOPICAL", cell, year + "-01-01", year + "-03-31")
                .then().statusCode(200).body("items.title", hasItem("Học tập và làm theo Bác"));
        api().body(Map.of("version", resubmitted + 1, "items", fourQuarters()))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", cell, year).then().statusCode(409);
    }

    @Test
    void badPlansAreRefusedAndNothingChanges() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(org("LCH-BL"));
        int lastYear = TestClock.TODAY.getYear() - 1;
        api().body(Map.of("version", 0, "items", List.of(item(3, "Quá khứ"))))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, lastYear).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].plannedMonth"));
        api().get("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, lastYear).then().statusCode(404);

        Map<String, Object> unknownGroup = item(2, "X");
        unknownGroup.put("topicGroupCode", "KHONG_CO");
        api().body(Map.of("version", 0, "items", List.of(unknownGroup)))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, NEXT_YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].topicGroupCode"));
        Map<String, Object> stranger = item(2, "X");
        stranger.put("presenterId", memberOf("dangvien.an").toString());
        api().body(Map.of("version", 0, "items", List.of(stranger)))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, NEXT_YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].presenterId"));
        api().body(Map.of("version", 0, "items", List.of(item(13, "X"))))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, NEXT_YEAR).then().statusCode(400);

        JsonPath plan = put(c.cellId, NEXT_YEAR, 0, List.of());
        api().body(Map.of("version", plan.getLong("version"))).post("/api/v1/topical-plans/{id}/submission", plan.getString("id"))
                .then().statusCode(409).body("code", equalTo("plan-empty"));
        api().body(Map.of("version", 0, "items", fourQuarters()))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, NEXT_YEAR).then().statusCode(409)
                .body("code", equalTo("version-conflict"));
        api().body(Map.of("version", plan.getLong("version"))).post("/api/v1/topical-plans/{id}/approval", plan.getString("id"))
                .then().statusCode(409).body("code", equalTo("plan-not-submitted"));
    }

    @Test
    void brP3_anEmptyQuarterIsRefusedWhereThePolicySaysSoAndOnlyWarnedElsewhere() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture strict = CellFixture.create(org("LCH-BL"));
        Map<String, Object> policy = new HashMap<>(PolicyBodies.basic(strict.cellId, NEXT_YEAR + "-01-01"));
        policy.put("emptyQuarterRule", "REFUSE");
        api().body(policy).post("/api/v1/policies").then().statusCode(201).body("emptyQuarterRule", equalTo("REFUSE"));
        JsonPath plan = put(strict.cellId, NEXT_YEAR, 0, List.of(item(2, "Một quý")));
        api().body(Map.of("version", plan.getLong("version"))).post("/api/v1/topical-plans/{id}/submission", plan.getString("id"))
                .then().statusCode(409).body("code", equalTo("plan-quarter-empty"));
        api().get("/api/v1/organizations/{id}/topical-plans/{year}", strict.cellId, NEXT_YEAR).then().body("status", equalTo("DRAFT"));

        CellFixture lenient = CellFixture.create(org("LCH-BL"));
        JsonPath other = put(lenient.cellId, NEXT_YEAR, 0, List.of(item(2, "Một quý")));
        api().body(Map.of("version", other.getLong("version"))).post("/api/v1/topical-plans/{id}/submission", other.getString("id"))
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("warnings.code", hasItem("plan-quarter-empty"));
    }

    @Test
    void aPushedTopicLandsInEveryCellPlanAndCannotBeDropped() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = org("LCH-BL");
        int year = NEXT_YEAR + 1;
        CellFixture c = CellFixture.create(committee);
        String title = unique("Chuyên đề cấp trên");
        api().body(Map.of("year", year, "quarter", 2, "topicGroupCode", "CHONG_THAM_NHUNG", "title", title,
                        "materials", "Tài liệu kèm theo"))
                .post("/api/v1/organizations/{id}/pushed-topics", committee).then().statusCode(201)
                .body("cellCount", equalTo(organizations.openCellsIn(organizations.findById(committee)).size()));
        JsonPath plan = api().get("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, year).then().statusCode(200)
                .body("items[0].title", equalTo(title)).body("items[0].quarter", equalTo(2))
                .body("items[0].pushedTopicId", notNullValue()).extract().jsonPath();
        api().body(Map.of("version", plan.getLong("version"), "items", List.of(item(2, "Khác"))))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, year).then().statusCode(409)
                .body("code", equalTo("plan-pushed-item-required"));
        Map<String, Object> moved = item(1, title);
        moved.put("id", plan.getString("items[0].id"));
        api().body(Map.of("version", plan.getLong("version"), "items", List.of(moved)))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", c.cellId, year).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].plannedMonth"));
        api().get("/api/v1/organizations/{id}/pushed-topics?year={y}&size=200", committee, year).then().statusCode(200)
                .body("items.find { it.title == '" + title + "' }.scheduledCount", equalTo(0));
        api().get("/api/v1/organizations/{id}/topical-plans?year={y}", committee, year).then().statusCode(200)
                .body("byGroup.find { it.code == 'CHONG_THAM_NHUNG' }.count", notNullValue());
    }

    @Test
    void callersFromOutsideTheSubtreeAreRefusedEverywhere() {
        Tokens.actAs("bithu.an", "secretary");
        UUID naKhoang = org("LCH-BL-NK");
        int year = NEXT_YEAR + 2;
        String planId = put(naKhoang, year, 0, fourQuarters()).getString("id");
        UUID commune = org("LCH-BL");
        Tokens.actAs("bithu.binh", "secretary");
        List<io.restassured.response.Response> responses = List.of(
                api().get("/api/v1/organizations/{id}/topical-plans/{year}", naKhoang, year),
                api().body(Map.of("version", 1, "items", List.of())).put("/api/v1/organizations/{id}/topical-plans/{year}", naKhoang, year),
                api().body(Map.of("version", 1)).post("/api/v1/topical-plans/{id}/submission", planId),
                api().get("/api/v1/organizations/{id}/topical-plans?year={y}", commune, year),
                api().get("/api/v1/organizations/{id}/pushed-topics?year={y}", commune, year),
                api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", commune, "2026-11"),
                api().get("/api/v1/organizations/{id}/policies", commune));
        for (io.restassured.response.Response response : responses) {
            response.then().statusCode(403).body("code", equalTo("out-of-scope"));
        }
        // Deciding, pushing, sending and issuing are for staff (x-roles): a secretary is refused by role before scope.
        List<io.restassured.response.Response> byRole = List.of(
                api().body(Map.of("version", 1)).post("/api/v1/topical-plans/{id}/approval", planId),
                api().body(Map.of("version", 1, "comment", "x")).post("/api/v1/topical-plans/{id}/return", planId),
                api().body(Map.of("year", year, "quarter", 1, "topicGroupCode", "KHAC", "title", "x"))
                        .post("/api/v1/organizations/{id}/pushed-topics", commune),
                api().post("/api/v1/organizations/{id}/monthly-schedules/{m}/sending", commune, "2026-11"),
                api().body(PolicyBodies.basic(commune, "2099-01-01")).post("/api/v1/policies"));
        for (io.restassured.response.Response response : byRole) {
            response.then().statusCode(403).body("code", equalTo("not-permitted"));
        }
        api().get("/api/v1/topic-groups").then().statusCode(200).body("code", hasItem("VAN_DE_PHUC_TAP")).body("$", hasSize(10));
    }

    @Test
    void membersReadTheirCellPlanSupervisorsReadItNeitherChangesIt() {
        Tokens.actAs("bithu.an", "secretary");
        UUID naKhoang = org("LCH-BL-NK");
        int year = NEXT_YEAR + 4;
        JsonPath plan = put(naKhoang, year, 0, fourQuarters());
        for (String reader : List.of("dangvien.an", "giamsat")) {
            Tokens.actAs(reader, "member");
            api().get("/api/v1/organizations/{id}/topical-plans/{year}", naKhoang, year).then().statusCode(200);
            api().body(Map.of("version", plan.getLong("version"), "items", List.of()))
                    .put("/api/v1/organizations/{id}/topical-plans/{year}", naKhoang, year).then().statusCode(403)
                    .body("code", equalTo("not-permitted"));
            api().body(Map.of("version", plan.getLong("version"))).post("/api/v1/topical-plans/{id}/submission", plan.getString("id"))
                    .then().statusCode(403).body("code", equalTo("not-permitted"));
        }
        Tokens.actAs("canbo.tinh", "staff");
        api().get("/api/v1/organizations/{id}/topical-plans?year={y}&q={q}", org("LCH"), year, "Nà Khoang").then()
                .statusCode(200).body("cells.find { it.organizationId == '" + naKhoang + "' }.status", equalTo("DRAFT"));
    }
}
