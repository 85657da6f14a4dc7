package vn.chibo.rating;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.TemplateFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** The annual rating of cells and members (QĐ 366; BR-S3, BR-S4), its list, export, designation and scope. */
@QuarkusTest
class AnnualRatingResourceTest extends ApiTest {
    private static final Map<String, Object> ORG_90 = Map.of("CHINH_TRI", 40, "NGHI_QUYET", 20, "SINH_HOAT", 20,
            "DOAN_KET_KY_LUAT", 10);
    private static final Map<String, Object> ORG_89_99 = Map.of("CHINH_TRI", 40, "NGHI_QUYET", 20, "SINH_HOAT", 20,
            "DOAN_KET_KY_LUAT", 9.99);
    private static final Map<String, Object> MEMBER_100 = Map.of("TU_TUONG", 30, "NHIEM_VU", 40, "CAM_KET", 15, "SINH_HOAT", 15);
    private static final Map<String, Object> MEMBER_80 = Map.of("TU_TUONG", 25, "NHIEM_VU", 35, "CAM_KET", 10, "SINH_HOAT", 10);

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    /** A grassroots committee of its own (so quotas count only this test's ratings) with one cell of five members. */
    private record Tree(UUID grassroots, CellFixture cell) {}

    private Tree tree() {
        UUID grassroots = TreeFixture.committee(org("LCH-BL"), "DANG_BO_CO_SO", "XA");
        return new Tree(grassroots, CellFixture.create(grassroots));
    }

    private JsonPath openCycle(UUID committee) {
        return api().body(Map.of("year", 2026)).post("/api/v1/organizations/{id}/rating-cycles", committee).then()
                .statusCode(201).extract().jsonPath();
    }

    private Map<String, Object> ratingOf(UUID committee, String subjectType, UUID subjectId) {
        List<Map<String, Object>> items = api().queryParam("year", "2026").queryParam("subjectType", subjectType)
                .queryParam("size", 200).get("/api/v1/organizations/{id}/annual-ratings", committee).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> subjectId.toString().equals(i.get("subjectId"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> body(Object version, Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        for (int i = 0; i < pairs.length; i += 2) body.put((String) pairs[i], pairs[i + 1]);
        return body;
    }

    private Object versionOf(String ratingId) {
        return api().get("/api/v1/annual-ratings/{id}", ratingId).then().statusCode(200).extract().path("rating.version");
    }

    @DisplayName("BR-S3, BR-E8: a cell is self-assessed, proposed, decided and superseded step by step with the band logic of BR-S3")
    @Test
    @AsCommuneStaff
    void aCellIsSelfAssessedProposedDecidedAndSupersededStepByStepWithTheBandLogicOfBrS3() {
        Tree t = tree();
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, ZoneOffset.ofHours(7));
        UUID regular = t.cell().schedule("REGULAR", start);
        CellFixture.hold(regular, start, 120);

        JsonPath cycle = openCycle(t.grassroots());
        assertEquals(1, cycle.getInt("organizations"));
        assertEquals(5, cycle.getInt("members"));
        assertEquals("QD366", cycle.getString("regulationCode"));
        api().body(Map.of("year", 2026)).post("/api/v1/organizations/{id}/rating-cycles", t.grassroots()).then()
                .statusCode(409).body("code", equalTo("rating-cycle-exists"));

        Map<String, Object> row = ratingOf(t.grassroots(), "ORGANIZATION", t.cell().cellId);
        String id = (String) row.get("id");
        assertEquals("PENDING", row.get("state"));
        assertEquals(List.of("SELF_ASSESS"), row.get("actions"));
        api().get("/api/v1/annual-ratings/{id}", id).then().statusCode(200)
                .body("suggested.regularMonthsHeld", equalTo(1)).body("suggested.monthsNotEvaluated", equalTo(1))
                .body("suggested.cellId", equalTo(t.cell().cellId.toString()));

        // 89.99 points do not allow HTXSNV (BR-S3): refused naming the rule and the field.
        api().body(body(row.get("version"), "scores", ORG_89_99, "level", "HTXSNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", id).then().statusCode(422)
                .body("code", equalTo("rating-band")).body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("BR-S3"));
        api().body(body(row.get("version"), "scores", Map.of("CHINH_TRI", 41, "NGHI_QUYET", 20, "SINH_HOAT", 20,
                "DOAN_KET_KY_LUAT", 10), "level", "HTTNV")).post("/api/v1/annual-ratings/{id}/self-assessment", id).then()
                .statusCode(400).body("errors[0].field", equalTo("scores.CHINH_TRI"));
        api().body(body(row.get("version"), "scores", ORG_89_99, "level", "HTTNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", id).then().statusCode(200)
                .body("rating.state", equalTo("SELF_ASSESSED")).body("band", equalTo("HTTNV"))
                .body("warnings", hasSize(0));
        // 90 points allow HTXSNV; its unmet conditions warn with their reason.
        JsonPath assessed = api().body(body(versionOf(id), "scores", ORG_90, "level", "HTXSNV", "tasksExceededPercent", 20))
                .post("/api/v1/annual-ratings/{id}/self-assessment", id).then().statusCode(200)
                .body("rating.selfLevel", equalTo("HTXSNV")).body("rating.selfPoints", number(90))
                .body("rating.actions", hasItems("SELF_ASSESS", "PROPOSE")).body("selfBy", equalTo("canbo.xa"))
                .body("warnings.code", hasItems("rating-excellent-tasks", "rating-excellent-discipline",
                        "rating-excellent-shortcomings"))
                .body("warnings.rule", hasItem("BR-S3")).extract().jsonPath();
        assertTrue(assessed.getString("warnings[0].message").contains("30%"), assessed.getString("warnings[0].message"));

        api().body(body(versionOf(id), "level", "HTXSNV", "points", 89.5)).post("/api/v1/annual-ratings/{id}/proposal", id)
                .then().statusCode(422).body("code", equalTo("rating-band"));
        api().body(body(versionOf(id), "level", "HTXSNV")).post("/api/v1/annual-ratings/{id}/proposal", id).then()
                .statusCode(200).body("rating.state", equalTo("PROPOSED")).body("proposedBy", equalTo("canbo.xa"))
                .body("rating.proposedPoints", number(90)).body("rating.actions", equalTo(List.of("DECIDE")));
        api().body(body(versionOf(id), "scores", ORG_90, "level", "HTTNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", id).then().statusCode(409)
                .body("code", equalTo("rating-state"));
        api().body(body(0, "level", "HTXSNV")).post("/api/v1/annual-ratings/{id}/decision", id).then().statusCode(409)
                .body("code", equalTo("version-conflict"));
        api().body(body(versionOf(id), "level", "HTXSNV", "note", "Nghị quyết của Đảng ủy"))
                .post("/api/v1/annual-ratings/{id}/decision", id).then().statusCode(200)
                .body("rating.state", equalTo("DECIDED")).body("rating.finalLevel", equalTo("HTXSNV"))
                .body("rating.decidedBy", equalTo("canbo.xa")).body("rating.actions", equalTo(List.of("SUPERSEDE")))
                .body("decidedByOrganizationId", equalTo(t.grassroots().toString()));

        // Decided: never edited again, only superseded with a reason.
        api().body(body(versionOf(id), "scores", ORG_90, "level", "HTTNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", id).then().statusCode(409)
                .body("code", equalTo("rating-decided"));
        api().body(body(versionOf(id), "reason", " ")).post("/api/v1/annual-ratings/{id}/supersession", id).then()
                .statusCode(400).body("errors[0].field", containsString("reason"));

        // BR-S5: the decided rating now feeds the dashboard's rating targets.
        JsonPath overview = api().queryParam("period", "2026").get("/api/v1/organizations/{id}/dashboard", t.grassroots())
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> targets = overview.getList("targets");
        Map<String, Object> excellent = targets.stream().filter(x -> "ORG_EXCELLENT".equals(x.get("code"))).findFirst().orElseThrow();
        assertEquals(100.0, ((Number) excellent.get("value")).doubleValue());
        assertEquals(true, excellent.get("onTrack"));

        String next = api().body(body(versionOf(id), "reason", "Kết luận kiểm tra: có đảng viên bị kỷ luật"))
                .post("/api/v1/annual-ratings/{id}/supersession", id).then().statusCode(201)
                .body("rating.revision", equalTo(2)).body("rating.state", equalTo("SELF_ASSESSED"))
                .body("supersedesId", equalTo(id)).body("history", hasSize(2))
                .body("history[0].state", equalTo("SUPERSEDED")).body("history[0].finalLevel", equalTo("HTXSNV"))
                .extract().path("rating.id");
        api().get("/api/v1/annual-ratings/{id}", id).then().statusCode(200).body("rating.actions", hasSize(0));
        assertEquals(next, ratingOf(t.grassroots(), "ORGANIZATION", t.cell().cellId).get("id"));
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/annual-ratings", t.grassroots()).then()
                .statusCode(200).body("total", equalTo(6));

        List<String> actions = api().queryParam("organizationId", t.cell().cellId).queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertTrue(actions.containsAll(List.of("SELF_ASSESS", "PROPOSE", "DECIDE", "SUPERSEDE")), actions.toString());
    }

    /** A regular meeting of the cell on the day (19:30 Vietnam time) with one member's attendance, held for 100 minutes. */
    private static UUID held(CellFixture c, String day, UUID member, String attendance) {
        OffsetDateTime start = OffsetDateTime.of(java.time.LocalDate.parse(day), java.time.LocalTime.of(19, 30),
                ZoneOffset.ofHours(7));
        UUID meeting = c.schedule("REGULAR", start);
        CellFixture.attend(meeting, member, attendance);
        CellFixture.hold(meeting, start, 100);
        return meeting;
    }

    /** A policy of the fresh committee that only warns of a second regular meeting in a month. */
    private void secondRegularOnlyWarns(UUID committee) {
        api().body(PolicyBodies.basic(committee, "2026-01-01")).post("/api/v1/policies").then().statusCode(201);
    }

    @Test
    @AsCommuneStaff
    void brE8_aCellsRatingShowsItsMonthsByLevelAndAMembersRatingTheirAttendance() {
        Tree t = tree();
        CellFixture c = t.cell();
        secondRegularOnlyWarns(t.grassroots());
        TemplateFixture.points(c.cellId, "Biểu chấm thử BR-E8", "2026-01-01", null);
        TemplateFixture.selfScore(held(c, "2026-09-18", c.an, "PRESENT"), 95);
        // October: two meetings; the month's last one (Khá) speaks for it, not the first (Tốt).
        TemplateFixture.selfScore(held(c, "2026-10-02", c.an, "PRESENT"), 95);
        TemplateFixture.selfScore(held(c, "2026-10-30", c.an, "ABSENT_EXCUSED"), 75);
        TemplateFixture.selfScore(held(c, "2026-11-20", c.an, "ABSENT_UNEXCUSED"), 69);
        held(c, "2026-12-03", c.an, "PRESENT");
        openCycle(t.grassroots());

        Object cellRating = ratingOf(t.grassroots(), "ORGANIZATION", c.cellId).get("id");
        api().get("/api/v1/annual-ratings/{id}", cellRating).then().statusCode(200)
                .body("suggested.regularMonthsHeld", equalTo(4))
                .body("suggested.monthsByRating.GOOD", equalTo(1)).body("suggested.monthsByRating.FAIR", equalTo(1))
                .body("suggested.monthsByRating.AVERAGE", equalTo(1)).body("suggested.monthsByRating.POOR", equalTo(0))
                .body("suggested.monthsNotEvaluated", equalTo(1))
                .body("$", not(org.hamcrest.Matchers.hasKey("memberAttendance")));
        // A member's rating is fed with their attendance over the year, besides their cell's months.
        Object anRating = ratingOf(t.grassroots(), "MEMBER", c.an).get("id");
        api().get("/api/v1/annual-ratings/{id}", anRating).then().statusCode(200)
                .body("suggested.monthsByRating.GOOD", equalTo(1))
                .body("memberAttendance.memberId", equalTo(c.an.toString()))
                .body("memberAttendance.meetingsRecorded", equalTo(5)).body("memberAttendance.attended", equalTo(3))
                .body("memberAttendance.absentExcused", equalTo(1)).body("memberAttendance.absentUnexcused", equalTo(1))
                .body("memberAttendance.attendedPercent", number(60.0));
    }

    @Test
    @AsCommuneStaff
    void brE8_theUpperCommitteeSeesTheSubtreesMonthsAndRatingsByCellType() {
        Tree t = tree();
        CellFixture village = t.cell();
        UUID agency = TreeFixture.committee(t.grassroots(), "CHI_BO_TRUC_THUOC", "CO_QUAN");
        TemplateFixture.points(t.grassroots(), "Biểu chấm thử phân bố", "2026-01-01", null);
        TemplateFixture.selfScore(held(village, "2026-11-20", village.an, "PRESENT"), 95);
        held(village, "2026-12-03", village.an, "PRESENT");
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 25, 19, 30, 0, 0, ZoneOffset.ofHours(7));
        UUID agencyMeeting = UUID.fromString(api().body(Map.of("type", "REGULAR", "scheduledStart", CellFixture.iso(start),
                "place", "Hội trường")).post("/api/v1/organizations/{id}/meetings", agency).then().statusCode(201)
                .extract().path("id"));
        CellFixture.hold(agencyMeeting, start, 100);
        TemplateFixture.selfScore(agencyMeeting, 55);
        openCycle(t.grassroots());
        Map<String, Object> row = ratingOf(t.grassroots(), "ORGANIZATION", village.cellId);
        api().body(body(row.get("version"), "scores", ORG_89_99, "level", "HTTNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", row.get("id")).then().statusCode(200);

        String village_ = "categories.find { it.categoryCode == 'THON_BAN_TDP' }";
        String agency_ = "categories.find { it.categoryCode == 'CO_QUAN' }";
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/rating-distribution", t.grassroots()).then()
                .statusCode(200).body("year", equalTo(2026)).body("organizationId", equalTo(t.grassroots().toString()))
                .body("categories.categoryCode", equalTo(List.of("THON_BAN_TDP", "CO_QUAN")))
                .body(village_ + ".categoryLabel", equalTo("Thôn, bản, tổ dân phố"))
                .body(village_ + ".cells", equalTo(1)).body(village_ + ".regularMonthsHeld", equalTo(2))
                .body(village_ + ".monthsByRating.GOOD", equalTo(1)).body(village_ + ".monthsByRating.AVERAGE", equalTo(0))
                .body(village_ + ".monthsNotEvaluated", equalTo(1))
                .body(village_ + ".cellsByLevel.HTTNV", equalTo(1)).body(village_ + ".cellsByLevel.HTXSNV", equalTo(0))
                .body(village_ + ".cellsNotRated", equalTo(0))
                .body(agency_ + ".cells", equalTo(1)).body(agency_ + ".monthsByRating.AVERAGE", equalTo(1))
                .body(agency_ + ".monthsByRating.GOOD", equalTo(0)).body(agency_ + ".cellsNotRated", equalTo(1));
        apiEnglish().queryParam("year", "2026").get("/api/v1/organizations/{id}/rating-distribution", t.grassroots())
                .then().statusCode(200).body(agency_ + ".categoryLabel", equalTo("State agency"));
        // Another year has the same cells and nothing held.
        api().queryParam("year", "2025").get("/api/v1/organizations/{id}/rating-distribution", t.grassroots()).then()
                .statusCode(200).body(village_ + ".regularMonthsHeld", equalTo(0)).body(village_ + ".cellsNotRated", equalTo(1));
        for (String year : List.of("26", "abcd")) {
            api().queryParam("year", year).get("/api/v1/organizations/{id}/rating-distribution", t.grassroots()).then()
                    .statusCode(400).body("errors[0].field", equalTo("year"));
        }
        api().get("/api/v1/organizations/{id}/rating-distribution", t.grassroots()).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));

        // Staff of another commune: outside the subtree.
        Tokens.actAs("canbo.tinh", "staff");
        UUID otherCommune = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
        String outsider = "canbo.ngoai." + otherCommune.toString().substring(0, 6);
        api().body(Map.of("username", outsider, "organizationId", otherCommune.toString(), "role", "STAFF",
                "validFrom", "2020-01-01")).post("/api/v1/appointments").then().statusCode(201);
        Tokens.actAs(outsider, "staff");
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/rating-distribution", t.grassroots()).then()
                .statusCode(403).body("code", equalTo("out-of-scope"));
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/rating-distribution", otherCommune).then()
                .statusCode(200).body("categories", hasSize(0));
        // The cells' secretaries read their own ratings, not the committee's distribution (x-roles).
        Tokens.actAs("bithu.binh", "secretary");
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/rating-distribution", t.grassroots()).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
    }

    @Test
    @AsCommuneStaff
    void brS4TheQuotaOfTheProfileWarnsJustAboveItsShareOfMembersRatedGood() {
        Tree t = tree();
        Map<String, Object> policy = PolicyBodies.basic(t.grassroots(), "2026-01-01");
        policy.put("excellentQuotaEnabled", true);
        policy.put("excellentQuotaPercent", 25);
        api().body(policy).post("/api/v1/policies").then().statusCode(201).body("excellentQuotaEnabled", equalTo(true));
        openCycle(t.grassroots());
        CellFixture c = t.cell();
        for (UUID member : List.of(c.binh, c.cuong, c.probationary, c.exempt)) {
            Map<String, Object> row = ratingOf(t.grassroots(), "MEMBER", member);
            api().body(body(row.get("version"), "scores", MEMBER_80, "level", "HTTNV"))
                    .post("/api/v1/annual-ratings/{id}/self-assessment", row.get("id")).then().statusCode(200);
        }
        Map<String, Object> an = ratingOf(t.grassroots(), "MEMBER", c.an);
        // One HTXSNV for four HTTNV is exactly 25 %: inside the quota.
        api().body(body(an.get("version"), "scores", MEMBER_100, "level", "HTXSNV", "tasksExceededPercent", 40,
                        "shortcomingsFixed", true)).post("/api/v1/annual-ratings/{id}/self-assessment", an.get("id")).then()
                .statusCode(200).body("warnings", hasSize(0));
        // A second HTXSNV (two for three HTTNV) is beyond it: both excellent ratings warn, naming BR-S4.
        Map<String, Object> binh = ratingOf(t.grassroots(), "MEMBER", c.binh);
        api().body(body(binh.get("version"), "scores", MEMBER_100, "level", "HTXSNV", "tasksExceededPercent", 40,
                        "shortcomingsFixed", true)).post("/api/v1/annual-ratings/{id}/self-assessment", binh.get("id")).then()
                .statusCode(200).body("warnings.code", equalTo(List.of("rating-quota")))
                .body("warnings[0].rule", equalTo("BR-S4"));
        api().get("/api/v1/annual-ratings/{id}", an.get("id")).then().statusCode(200)
                .body("warnings.code", equalTo(List.of("rating-quota")));
        // The list filters by level and step.
        api().queryParam("year", "2026").queryParam("level", "HTXSNV")
                .get("/api/v1/organizations/{id}/annual-ratings", t.grassroots()).then().statusCode(200)
                .body("total", equalTo(2));
        api().queryParam("year", "2026").queryParam("state", "PENDING")
                .get("/api/v1/organizations/{id}/annual-ratings", t.grassroots()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].subjectType", equalTo("ORGANIZATION"));
    }

    @Test
    @AsCommuneStaff
    void theListExportsAsCsvAndXlsxWithTheSameFilters() {
        Tree t = tree();
        openCycle(t.grassroots());
        String csv = api().accept("text/csv").queryParam("year", "2026").queryParam("subjectType", "ORGANIZATION")
                .get("/api/v1/organizations/{id}/annual-ratings.csv", t.grassroots()).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        String cellName = api().get("/api/v1/organizations/{id}", t.cell().cellId).then().extract().path("name");
        assertTrue(csv.startsWith("\uFEFFĐối tượng,Tên,Chi bộ"), csv);
        assertTrue(csv.contains(cellName), csv);
        assertEquals(2, csv.split("\r\n").length, csv);
        byte[] xlsx = api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("year", "2026").get("/api/v1/organizations/{id}/annual-ratings.xlsx", t.grassroots()).then()
                .statusCode(200).extract().asByteArray();
        assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K');
    }

    @Test
    @AsCommuneStaff
    void theFourGoodDesignationIsRecordedFromItsFourCriteriaWithWhoDecided() {
        Tree t = tree();
        UUID cell = t.cell().cellId;
        Map<String, Object> criteria = new HashMap<>(Map.of("kind", "CHI_BO_BON_TOT", "politicalTask", true,
                "meetingQuality", true, "unityDiscipline", true, "cadresMembers", false));
        api().body(criteria).put("/api/v1/organizations/{id}/designations/2026", cell).then().statusCode(200)
                .body("granted", equalTo(false)).body("decidedBy", equalTo("canbo.xa"));
        criteria.put("cadresMembers", true);
        api().body(criteria).put("/api/v1/organizations/{id}/designations/2026", cell).then().statusCode(200)
                .body("granted", equalTo(true)).body("year", equalTo(2026));
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/designations", t.grassroots()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].organizationId", equalTo(cell.toString()));
        criteria.put("kind", "DANG_BO_CS_BON_TOT");
        api().body(criteria).put("/api/v1/organizations/{id}/designations/2026", cell).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        api().body(Map.of("kind", "CHI_BO_BON_TOT")).put("/api/v1/organizations/{id}/designations/2026", cell).then()
                .statusCode(400);
        api().body(criteria).put("/api/v1/organizations/{id}/designations/2027", t.grassroots()).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    @AsCommuneStaff
    void badInputIsRefusedNamingTheParameter() {
        UUID commune = org("LCH-BL");
        for (String year : List.of("26", "abcd", "1999")) {
            api().queryParam("year", year).get("/api/v1/organizations/{id}/annual-ratings", commune).then().statusCode(400)
                    .body("errors[0].field", equalTo("year"));
        }
        api().get("/api/v1/organizations/{id}/annual-ratings", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        api().queryParam("year", "2026").queryParam("level", "BEST").get("/api/v1/organizations/{id}/annual-ratings", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        api().queryParam("year", "2026").queryParam("state", "DONE").get("/api/v1/organizations/{id}/annual-ratings", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("state"));
        api().accept("text/csv").queryParam("year", "2026").queryParam("subjectType", "CELL")
                .get("/api/v1/organizations/{id}/annual-ratings.csv", commune).then().statusCode(400)
                .body("errors[0].field", equalTo("subjectType"));
        api().queryParam("year", "2026").queryParam("sort", "name").get("/api/v1/organizations/{id}/annual-ratings", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        api().queryParam("year", "2026").queryParam("size", 201).get("/api/v1/organizations/{id}/annual-ratings", commune)
                .then().statusCode(400).body("errors[0].field", containsString("size"));
        UUID committee = TreeFixture.committee(commune, "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        api().body(Map.of("year", 2027)).post("/api/v1/organizations/{id}/rating-cycles", committee).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        api().body(Map.of("year", 2022)).post("/api/v1/organizations/{id}/rating-cycles", committee).then().statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("2022"));
        api().body(Map.of()).post("/api/v1/organizations/{id}/rating-cycles", committee).then().statusCode(400)
                .body("errors[0].field", containsString("year"));
        api().get("/api/v1/annual-ratings/{id}", UUID.randomUUID()).then().statusCode(404);
        api().get("/api/v1/rating-regulations").then().statusCode(200).body("code", hasItems("QD366", "QD124"))
                .body("find { it.code == 'QD366' }.bands.find { it.level == 'HTXSNV' }.minPoints", number(90))
                .body("find { it.code == 'QD124' }.toYear", equalTo(2024));
    }

    @Test
    @AsCommuneStaff
    void aCallerOutsideTheSubtreeCanNeitherSeeNorActOnItsRatings() {
        Tree t = tree();
        openCycle(t.grassroots());
        Map<String, Object> row = ratingOf(t.grassroots(), "ORGANIZATION", t.cell().cellId);
        Object id = row.get("id");
        Object version = row.get("version");
        Tokens.actAs("bithu.binh", "secretary");
        // Opening, proposing, deciding and designating are for staff (x-roles): refused by role before scope.
        api().body(Map.of("year", 2025)).post("/api/v1/organizations/{id}/rating-cycles", t.grassroots()).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/annual-ratings", t.grassroots()).then()
                .statusCode(403).body("code", equalTo("out-of-scope"));
        api().accept("text/csv").queryParam("year", "2026").get("/api/v1/organizations/{id}/annual-ratings.csv", t.grassroots())
                .then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("year", "2026")
                .get("/api/v1/organizations/{id}/annual-ratings.xlsx", t.grassroots()).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().get("/api/v1/annual-ratings/{id}", id).then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().body(body(version, "scores", ORG_90, "level", "HTTNV")).post("/api/v1/annual-ratings/{id}/self-assessment", id)
                .then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().body(body(version, "level", "HTTNV")).post("/api/v1/annual-ratings/{id}/proposal", id).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
        api().body(body(version, "level", "HTTNV")).post("/api/v1/annual-ratings/{id}/decision", id).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
        api().body(body(version, "reason", "x")).post("/api/v1/annual-ratings/{id}/supersession", id).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
        api().body(Map.of("kind", "CHI_BO_BON_TOT", "politicalTask", true, "meetingQuality", true, "unityDiscipline", true,
                "cadresMembers", true)).put("/api/v1/organizations/{id}/designations/2026", t.cell().cellId).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
        api().queryParam("year", "2026").get("/api/v1/organizations/{id}/designations", t.grassroots()).then()
                .statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsCommuneStaff
    void theCellsSecretaryMaySelfAssessButNotProposeNorDecide() {
        Tree t = tree();
        openCycle(t.grassroots());
        Map<String, Object> row = ratingOf(t.grassroots(), "ORGANIZATION", t.cell().cellId);
        String id = (String) row.get("id");
        api().body(Map.of("username", "bithu.an", "role", "SECRETARY", "organizationId", t.cell().cellId.toString(),
                "validFrom", "2026-01-01")).post("/api/v1/appointments").then().statusCode(201);
        Tokens.actAs("bithu.an", "secretary");
        api().body(body(row.get("version"), "scores", ORG_90, "level", "HTTNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", id).then().statusCode(200)
                .body("rating.actions", equalTo(List.of("SELF_ASSESS"))).body("selfBy", equalTo("bithu.an"));
        api().body(body(versionOf(id), "level", "HTTNV")).post("/api/v1/annual-ratings/{id}/proposal", id).then()
                .statusCode(403).body("code", not(equalTo("out-of-scope")));
    }

    @Test
    @AsCommuneStaff
    void aMemberSelfAssessesTheirOwnRatingButNoOneElses() {
        UUID cellA = org("LCH-BL-NK");
        openCycle(cellA);
        UUID self = memberOf("dangvien.an");
        Map<String, Object> own = ratingOf(cellA, "MEMBER", self);
        List<Map<String, Object>> members = api().queryParam("year", "2026").queryParam("subjectType", "MEMBER")
                .queryParam("size", 200).get("/api/v1/organizations/{id}/annual-ratings", cellA).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> other = members.stream().filter(m -> !self.toString().equals(m.get("subjectId"))).findFirst()
                .orElseThrow();
        Tokens.actAs("dangvien.an", "member");
        api().get("/api/v1/annual-ratings/{id}", own.get("id")).then().statusCode(200)
                .body("rating.actions", equalTo(List.of("SELF_ASSESS")));
        api().body(body(own.get("version"), "scores", MEMBER_80, "level", "HTTNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", own.get("id")).then().statusCode(200)
                .body("selfBy", equalTo("dangvien.an")).body("rating.state", equalTo("SELF_ASSESSED"));
        api().body(body(other.get("version"), "scores", MEMBER_80, "level", "HTTNV"))
                .post("/api/v1/annual-ratings/{id}/self-assessment", other.get("id")).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
    }
}
