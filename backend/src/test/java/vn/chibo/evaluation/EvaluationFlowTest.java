package vn.chibo.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.TemplateFixture;
import vn.chibo.testing.Tokens;

/** Self-evaluation by the cell, verification and signature by the assigned supervisor. */
@QuarkusTest
class EvaluationFlowTest extends ApiTest {

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A held regular meeting of a fresh cell, with every member present and two speakers. */
    private UUID heldMeeting(CellFixture c) {
        OffsetDateTime start = CellFixture.hoursAgo(4);
        UUID id = c.schedule("REGULAR", start);
        for (UUID member : List.of(c.an, c.binh, c.cuong, c.probationary)) CellFixture.attend(id, member, "PRESENT");
        api().body(Map.of("memberId", c.an.toString())).post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
        api().body(Map.of("memberId", c.binh.toString())).post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
        CellFixture.hold(id, start, 120);
        return id;
    }

    /** A supervision team of the commune, led by the leader, with one member; returns its id. */
    private String team(UUID commune, String leader, String member) {
        return api().body(Map.of("name", "Tổ giám sát", "leaderUsername", leader,
                        "members", List.of(Map.of("username", member, "displayName", "Lò Văn Giám"))))
                .post("/api/v1/organizations/{id}/supervision-teams", commune).then().statusCode(201).extract().path("id");
    }

    /** As the team's leader, plans the member to supervise the cell in the month. */
    private void plan(String team, String leader, String member, UUID cell, YearMonth month) {
        Tokens.actAs(leader);
        api().body(Map.of("version", 0, "entries", List.of(Map.of("username", member, "cellId", cell.toString()))))
                .put("/api/v1/supervision-teams/{id}/assignments/{month}", team, month.toString()).then().statusCode(200);
    }

    /** Full marks on every manual leaf, automatic leaves as computed. */
    private static List<Map<String, Object>> fullManualScores(List<Map<String, Object>> scores) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> s : scores) {
            if (s.get("autoPoints") == null) out.add(Map.of("code", s.get("code"), "points", s.get("maxPoints")));
        }
        return out;
    }

    @DisplayName("BR-E1, BR-E2, BR-E3, BR-E4, BR-E5: a cell self-evaluates, the supervisor verifies, changes a score and signs")
    @Test
    void aCellSelfEvaluatesTheSupervisorVerifiesChangesAScoreAndSigns() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(org("LCH-BL"));
        api().get("/api/v1/meetings/{id}/evaluation", c.schedule("REGULAR", CellFixture.hoursAgo(2))).then()
                .statusCode(200).body("status", equalTo("NOT_STARTED"));
        UUID notHeld = c.schedule("TOPICAL", CellFixture.hoursAgo(3));
        api().body(Map.of("version", 0, "scores", List.of())).put("/api/v1/meetings/{id}/evaluation", notHeld).then()
                .statusCode(409).body("code", equalTo("meeting-not-held"));

        UUID meeting = heldMeeting(c);
        List<Map<String, Object>> scores = api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200)
                .body("templateName", containsString("HD 42")).body("scores.find { it.code == '1' }.autoPoints", number(5.0))
                .body("scores.find { it.code == '2.1' }.autoPoints", number(4.0))
                .extract().path("scores");

        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "1", "points", 4))))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].justification"));
        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "3.1", "points", 3.5))))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].points"));
        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "4.7", "points", 0.5))))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(400)
                .body("errors[0].message", containsString("1, 0"));
        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "9.9", "points", 1))))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(400);
        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "3.1", "points", -1))))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].points"));
        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "3.1", "points", 4))))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(400)
                .body("errors[0].message", containsString("3.1"));

        List<Map<String, Object>> manual = fullManualScores(scores);
        Map<String, Object> body = new HashMap<>(Map.of("version", 0, "scores", manual, "proposedRating", "GOOD"));
        api().body(body).put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(409)
                .body("code", equalTo("rating-gate-failed")).body("detail", containsString("4.5"));
        body.remove("proposedRating");
        int version = api().body(body).put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("selfRating", equalTo("FAIR"))
                .body("selfFailedGates", hasItem("4.5")).body("reasons[1]", containsString("4.5"))
                .extract().path("version");
        int submittedVersion = api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/evaluation/submit", meeting)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).extract().path("version");
        api().body(body).put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(409)
                .body("code", equalTo("evaluation-submitted"));
        api().queryParam("size", 200).get("/api/v1/organizations/{id}/verifications", org("LCH-BL")).then().statusCode(200)
                .body("items.meetingId", hasItem(meeting.toString()));
        api().body(Map.of("version", submittedVersion, "decision", "SIGN")).post("/api/v1/meetings/{id}/evaluation/verify", meeting)
                .then().statusCode(403).body("code", equalTo("not-assigned-verifier"));
        api().body(Map.of("supervisorUsername", "thamdinh." + c.cellId.toString().substring(0, 6), "cellId",
                        c.cellId.toString(), "validFrom", "2025-01-01")).post("/api/v1/supervision-assignments").then()
                .statusCode(201).body("cellId", equalTo(c.cellId.toString()));

        Tokens.actAs("thamdinh." + c.cellId.toString().substring(0, 6), "supervisor");
        api().get("/api/v1/me/verifications").then().statusCode(200).body("items.meetingId", hasItem(meeting.toString()));
        api().body(Map.of("version", submittedVersion, "decision", "RETURN")).post("/api/v1/meetings/{id}/evaluation/verify", meeting)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        api().body(Map.of("version", submittedVersion, "decision", "SIGN", "comment", "Chi bộ cần phát huy dân chủ hơn",
                        "scores", List.of(Map.of("code", "5.3", "points", 1, "comment", "Ít ý kiến tranh luận"))))
                .post("/api/v1/meetings/{id}/evaluation/verify", meeting).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("scores.find { it.code == '5.3' }.selfPoints", number(3.0))
                .body("scores.find { it.code == '5.3' }.verifierPoints", number(1.0))
                .body("verifiedRating", notNullValue());

        Tokens.actAs("canbo.xa", "staff");
        api().body(body).put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(409)
                .body("code", equalTo("evaluation-locked"));
        api().get("/api/v1/meetings/{id}/evaluation", meeting).then()
                .body("reasons", org.hamcrest.Matchers.not(hasItem(containsString("mã băm"))));
        QuarkusTransaction.requiringNew().run(() -> EvaluationScore.update(
                "verifierPoints = 3 where code = '5.3' and evaluationId = (select e.id from Evaluation e where e.meetingId = ?1)",
                meeting));
        api().get("/api/v1/meetings/{id}/evaluation", meeting).then().body("reasons", hasItem(containsString("mã băm")));
        String cellName = api().get("/api/v1/organizations/{id}", c.cellId).then().extract().path("name");
        api().queryParam("q", cellName).get("/api/v1/organizations/{id}/evaluation-report", org("LCH-BL")).then()
                .statusCode(200).body("evaluations", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("totalCellGaps", equalTo(1))
                .body("cellGaps.find { it.organizationId == '" + c.cellId + "' }.gap", number(2.0));
    }

    @Test
    void brE1_aMeetingIsScoredWithTheTemplateInForceOnItsDayNotWithTodaysOne() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(org("LCH-BL"));
        // Two versions issued by the cell: the older ends on 30/11, the newer starts on 01/12 (the clock is on 06/12).
        UUID older = TemplateFixture.points(c.cellId, "Biểu chấm đến 30/11", "2026-01-01", "2026-11-30");
        UUID newer = TemplateFixture.points(c.cellId, "Biểu chấm từ 01/12", "2026-12-01", null);
        OffsetDateTime lastDayOfOlder = OffsetDateTime.of(2026, 11, 30, 19, 30, 0, 0, java.time.ZoneOffset.ofHours(7));
        UUID november = c.schedule("REGULAR", lastDayOfOlder);
        CellFixture.attend(november, c.an, "PRESENT");
        CellFixture.hold(november, lastDayOfOlder, 100);
        OffsetDateTime firstDayOfNewer = lastDayOfOlder.plusDays(1);
        UUID december = c.schedule("REGULAR", firstDayOfNewer);
        CellFixture.attend(december, c.an, "PRESENT");
        CellFixture.hold(december, firstDayOfNewer, 100);

        api().get("/api/v1/meetings/{id}/evaluation", november).then().statusCode(200)
                .body("templateId", equalTo(older.toString()));
        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "1", "points", 95))))
                .put("/api/v1/meetings/{id}/evaluation", november).then().statusCode(200)
                .body("templateId", equalTo(older.toString())).body("templateName", equalTo("Biểu chấm đến 30/11"))
                .body("selfRating", equalTo("GOOD"));
        // Read again after saving: still the sheet of the meeting's day.
        api().get("/api/v1/meetings/{id}/evaluation", november).then().body("templateId", equalTo(older.toString()));
        api().body(Map.of("version", 0, "scores", List.of(Map.of("code", "1", "points", 95))))
                .put("/api/v1/meetings/{id}/evaluation", december).then().statusCode(200)
                .body("templateId", equalTo(newer.toString()));
    }

    @Test
    void brE2_anOverridesJustificationIsShownToTheVerifierPlannedByTheTeam() {
        Tokens.actAs("canbo.xa", "staff");
        UUID commune = org("LCH-BL");
        CellFixture c = CellFixture.create(commune);
        UUID meeting = heldMeeting(c);
        List<Map<String, Object>> scores = api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200)
                .body("scores.find { it.code == '1' }.autoPoints", number(5.0)).extract().path("scores");
        List<Map<String, Object>> manual = new ArrayList<>(fullManualScores(scores));
        String why = "Đồng chí bí thư đến muộn 20 phút, chi bộ tự trừ điểm";
        manual.add(Map.of("code", "1", "points", 4, "justification", why));
        int version = api().body(Map.of("version", 0, "scores", manual)).put("/api/v1/meetings/{id}/evaluation", meeting)
                .then().statusCode(200).extract().path("version");
        int submitted = api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/evaluation/submit", meeting)
                .then().statusCode(200).extract().path("version");
        String leader = "totruong.e2." + c.cellId.toString().substring(0, 6);
        String verifier = "todien.e2." + c.cellId.toString().substring(0, 6);
        String team = team(commune, leader, verifier);
        plan(team, leader, verifier, c.cellId, YearMonth.from(time.dateOf(CellFixture.hoursAgo(4).toInstant())));

        // The verifier holds no appointment in the cell: they read what they are to sign, the override beside its reason.
        Tokens.actAs(verifier, "supervisor");
        api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("scores.find { it.code == '1' }.autoPoints", number(5.0))
                .body("scores.find { it.code == '1' }.selfPoints", number(4.0))
                .body("scores.find { it.code == '1' }.justification", equalTo(why))
                .body("scores.find { it.code == '2.1' }.justification", org.hamcrest.Matchers.nullValue());
        api().body(Map.of("version", submitted, "decision", "SIGN")).post("/api/v1/meetings/{id}/evaluation/verify", meeting)
                .then().statusCode(200).body("scores.find { it.code == '1' }.justification", equalTo(why));
        // Someone who supervises another cell reads neither.
        Tokens.actAs("giamsat.khac." + c.cellId.toString().substring(0, 6), "supervisor");
        api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    void brE5_aSupervisorPlannedByTheTeamForTheMeetingsMonthVerifiesButNotOnePlannedForAnotherMonth() {
        Tokens.actAs("canbo.xa", "staff");
        UUID commune = org("LCH-BL");
        CellFixture c = CellFixture.create(commune);
        OffsetDateTime start = CellFixture.hoursAgo(4);
        UUID meeting = c.schedule("REGULAR", start);
        CellFixture.attend(meeting, c.an, "PRESENT");
        CellFixture.hold(meeting, start, 95);
        int version = api().body(Map.of("version", 0, "scores", List.of())).put("/api/v1/meetings/{id}/evaluation", meeting)
                .then().statusCode(200).extract().path("version");
        int submitted = api().body(Map.of("version", version)).post("/api/v1/meetings/{id}/evaluation/submit", meeting)
                .then().statusCode(200).extract().path("version");
        String leader = "totruong." + c.cellId.toString().substring(0, 6);
        String member = "todien." + c.cellId.toString().substring(0, 6);
        String team = team(commune, leader, member);
        YearMonth meetingMonth = YearMonth.from(time.dateOf(start.toInstant()));
        plan(team, leader, member, c.cellId, meetingMonth.minusMonths(1));

        // Not a supervisor of the cell on the meeting's day, and without an appointment there: outside their scope.
        Tokens.actAs(member);
        api().body(Map.of("version", submitted, "decision", "SIGN")).post("/api/v1/meetings/{id}/evaluation/verify", meeting)
                .then().statusCode(403).body("code", equalTo("out-of-scope"));

        plan(team, leader, member, c.cellId, meetingMonth);
        Tokens.actAs(member);
        api().get("/api/v1/me/verifications").then().statusCode(200).body("items.meetingId", hasItem(meeting.toString()));
        api().body(Map.of("version", submitted, "decision", "SIGN")).post("/api/v1/meetings/{id}/evaluation/verify", meeting)
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void brE6_aSubmittedEvaluationLeftUnverifiedPastTheDueDateIsOverdue() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(org("LCH-BL"));
        OffsetDateTime start = CellFixture.hoursAgo(24 * 10);
        UUID meeting = c.schedule("REGULAR", start);
        CellFixture.attend(meeting, c.an, "PRESENT");
        CellFixture.hold(meeting, start, 95);
        int version = api().body(Map.of("version", 0, "scores", List.of())).put("/api/v1/meetings/{id}/evaluation", meeting)
                .then().statusCode(200).extract().path("version");
        int saved = api().body(Map.of("version", version, "scores", List.of(), "comment", "Lưu lần hai"))
                .put("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200).extract().path("version");
        api().get("/api/v1/meetings/{id}/evaluation", meeting).then().body("version", equalTo(saved));
        api().body(Map.of("version", saved)).post("/api/v1/meetings/{id}/evaluation/submit", meeting).then()
                .statusCode(200).body("overdue", is(true));
        api().queryParam("overdue", true).queryParam("size", 200).get("/api/v1/organizations/{id}/verifications", org("LCH-BL"))
                .then().statusCode(200).body("items.find { it.meetingId == '" + meeting + "' }.overdue", is(true));
    }

    @Test
    void templatesAreValidatedVersionedAndAdopted() {
        Tokens.actAs("canbo.tinh", "staff");
        UUID commune = org("LCH-TD");
        Map<String, Object> criterion = Map.of("code", "1", "name", "Tỷ lệ dự họp", "maxPoints", 50, "inputType", "POINTS");
        Map<String, Object> other = Map.of("code", "2", "name", "Nội dung", "maxPoints", 50, "inputType", "POINTS", "gate", true);
        Map<String, Object> template = new HashMap<>(Map.of("issuerOrganizationId", commune.toString(), "name",
                "Biểu chấm thử", "validFrom", "2026-01-01", "meetingTypes", List.of("FORUM"), "total", 100, "goodMin", 70,
                "fairMin", 90, "averageMin", 50, "criteria", List.of(criterion, other)));
        api().body(template).post("/api/v1/scoring-templates").then().statusCode(409).body("code", equalTo("template-bands"));
        template.putAll(Map.of("goodMin", 90, "fairMin", 70, "criteria", List.of(criterion)));
        api().body(template).post("/api/v1/scoring-templates").then().statusCode(409).body("code", equalTo("template-total"));
        template.put("criteria", List.of(criterion, other));
        String id = api().body(template).post("/api/v1/scoring-templates").then().statusCode(201)
                .body("version", equalTo(1)).body("used", is(false)).extract().path("id");
        api().queryParam("type", "FORUM").get("/api/v1/organizations/{id}/scoring-template", org("LCH-TD-BH")).then()
                .statusCode(200).body("id", equalTo(id));
        template.put("name", "Biểu chấm thử (sửa)");
        api().body(template).put("/api/v1/scoring-templates/{id}", id).then().statusCode(200).body("id", equalTo(id))
                .body("name", equalTo("Biểu chấm thử (sửa)"));

        String catalogue = api().queryParam("size", 200).get("/api/v1/organizations/{id}/scoring-templates", commune).then()
                .statusCode(200).extract().path("items.find { it.catalogueOnly == true }.id");
        api().body(Map.of("issuerOrganizationId", commune.toString(), "validFrom", "2026-01-01"))
                .post("/api/v1/scoring-templates/{id}/copy", catalogue).then().statusCode(201)
                .body("copiedFromId", equalTo(catalogue)).body("reconstructed", is(true)).body("catalogueOnly", is(false));
        api().queryParam("type", "REGULAR").get("/api/v1/organizations/{id}/scoring-template", org("LCH-TD-BH")).then()
                .body("name", containsString("Lai Châu"));
    }

    @Test
    void brE2_aDurationCriterionNeedsABandOnEveryLevelButTheLast() {
        Tokens.actAs("canbo.tinh", "staff");
        Map<String, Object> full = new HashMap<>(Map.of("label", "Đủ thời lượng", "points", 10, "maxShortMinutes", 0));
        Map<String, Object> half = new HashMap<>(Map.of("label", "Khoảng một nửa", "points", 5));
        Map<String, Object> rest = Map.of("label", "Còn lại", "points", 0);
        java.util.function.Supplier<Map<String, Object>> template = () -> new HashMap<>(Map.of(
                "issuerOrganizationId", org("LCH-TD").toString(), "name", "Biểu chấm thời lượng", "validFrom", "2026-01-01",
                "meetingTypes", List.of("FORUM"), "total", 10, "goodMin", 9, "fairMin", 7, "averageMin", 5,
                "criteria", List.of(Map.of("code", "1", "name", "Thời lượng", "maxPoints", 10, "inputType", "AUTO",
                        "autoSource", "DURATION", "levels", List.of(full, half, rest)))));
        api().body(template.get()).post("/api/v1/scoring-templates").then().statusCode(409)
                .body("code", equalTo("criterion-duration-bands")).body("detail", containsString("1"));
        half.put("min", 50);
        api().body(template.get()).post("/api/v1/scoring-templates").then().statusCode(201)
                .body("criteria[0].levels[0].maxShortMinutes", equalTo(0)).body("criteria[0].levels[1].min", number(50.0));
    }

    @Test
    void everyShippedTemplateAddsUpAndFullMarksRateGood() {
        Tokens.actAs("admin", "admin");
        List<ScoringTemplate> shipped = QuarkusTransaction.requiringNew().call(() ->
                ScoringTemplate.<ScoringTemplate>list("createdBy", "system"));
        assertTrue(shipped.size() >= 3);
        for (ScoringTemplate t : shipped) {
            api().get("/api/v1/scoring-templates/{id}", t.id).then().statusCode(200);
            QuarkusTransaction.requiringNew().run(() -> {
                ScoringTemplate loaded = ScoringTemplate.findById(t.id);
                TemplateService service = io.quarkus.arc.Arc.container().instance(TemplateService.class).get();
                TemplateRules rules = service.rules(loaded);
                assertTrue(rules.validate().isEmpty(), t.name + ": " + rules.validate());
                Map<String, BigDecimal> full = new HashMap<>();
                rules.walk(n -> { if (n.isLeaf()) full.put(n.code(), n.max()); });
                assertTrue(RatingCalculator.compute(rules, full).rating() == Rating.GOOD, t.name);
            });
        }
    }
}
