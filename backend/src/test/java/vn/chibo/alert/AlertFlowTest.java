package vn.chibo.alert;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.Organization;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;
import vn.chibo.common.Quarters;

/** The daily job against the database: raise once, resolve when fixed, roll up, acknowledge, and the schedule. */
@QuarkusTest
class AlertFlowTest extends ApiTest {
    @Inject
    AlertService alerts;

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    private UUID committee() {
        return TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
    }

    private String pathOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(id).path);
    }

    static Map<String, Object> policy(UUID issuer, String from, String to) {
        Map<String, Object> body = PolicyBodies.basic(issuer, from);
        if (to != null) body.put("validTo", to);
        return body;
    }

    @Test
    void brS1_aCellWithoutASupervisorIsAlertedUntilOneIsAssigned() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        CellFixture c = CellFixture.create(committee);
        LocalDate day = time.today();

        alerts.compute(pathOf(committee), day);
        api().get("/api/v1/organizations/{id}/alerts?kind=CELL_WITHOUT_SUPERVISOR", committee).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organizationId", equalTo(c.cellId.toString()))
                .body("items[0].severity", equalTo("WARNING"));

        // An assignment that ended yesterday does not count; one in force today does.
        api().body(Map.of("supervisorUsername", "phutrach." + c.cellId.toString().substring(0, 6), "cellId",
                        c.cellId.toString(), "validFrom", day.minusMonths(2).toString(), "validTo", day.minusDays(1).toString()))
                .post("/api/v1/supervision-assignments").then().statusCode(201);
        alerts.compute(pathOf(committee), day);
        api().get("/api/v1/organizations/{id}/alerts?kind=CELL_WITHOUT_SUPERVISOR", committee).then().body("total", equalTo(1));
        api().body(Map.of("supervisorUsername", "phutrach." + c.cellId.toString().substring(0, 6), "cellId",
                        c.cellId.toString(), "validFrom", day.toString())).post("/api/v1/supervision-assignments").then()
                .statusCode(201);
        alerts.compute(pathOf(committee), day);
        api().get("/api/v1/organizations/{id}/alerts?kind=CELL_WITHOUT_SUPERVISOR", committee).then().body("total", equalTo(0));
    }

    @Test
    void brP1_aCellWithoutAMeetingIsAlertedOnceAndTheAlertClearsWhenTheMeetingIsPlanned() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        CellFixture c = CellFixture.create(committee);
        Map<String, Object> rules = policy(committee, "2027-01-01", null);
        rules.put("regularMeetingWarnDay", 5);
        String policyId = api().body(rules).post("/api/v1/policies").then().statusCode(201).extract().path("id");
        LocalDate day = LocalDate.of(2027, 3, 5);

        AlertApi.RunResult first = alerts.compute(pathOf(committee), day);
        AlertApi.RunResult again = alerts.compute(pathOf(committee), day);
        assertEquals(0, again.raised(), "a second run raises nothing new");
        assertEquals(first.open(), again.open());
        api().get("/api/v1/organizations/{id}/alerts?kind=REGULAR_NOT_PLANNED", committee).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organizationId", equalTo(c.cellId.toString()))
                .body("items[0].period", equalTo("2027-03")).body("items[0].policyId", equalTo(policyId))
                .body("items[0].message", equalTo("Chưa lên lịch sinh hoạt thường kỳ tháng 03/2027."));
        api().get("/api/v1/organizations/{id}/alerts?kind=REGULAR_NOT_PLANNED&size=200", org("LCH-BL")).then()
                .body("items.organizationId", hasItem(c.cellId.toString()));
        api().get("/api/v1/me/alerts?kind=REGULAR_NOT_PLANNED&size=200").then().statusCode(200)
                .body("items.organizationId", hasItem(c.cellId.toString()));
        Tokens.actAs("bithu.binh", "secretary");
        api().get("/api/v1/me/alerts?kind=REGULAR_NOT_PLANNED&size=200").then().statusCode(200)
                .body("items.organizationId", not(hasItem(c.cellId.toString())));
        Tokens.actAs("canbo.xa", "staff");

        c.schedule("REGULAR", OffsetDateTime.of(2027, 3, 25, 19, 30, 0, 0, java.time.ZoneOffset.ofHours(7)));
        AlertApi.RunResult fixed = alerts.compute(pathOf(committee), day);
        assertEquals(1, fixed.resolved());
        api().get("/api/v1/organizations/{id}/alerts?kind=REGULAR_NOT_PLANNED", committee).then().body("total", equalTo(0));
        api().get("/api/v1/organizations/{id}/alerts?kind=REGULAR_NOT_PLANNED&state=RESOLVED", committee).then()
                .body("total", equalTo(1)).body("items[0].resolvedAt", notNullValue());
    }

    @Test
    void acknowledgedAlertsStayAcknowledgedAndOutsidersAreRefused() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        CellFixture.create(committee);
        alerts.compute(pathOf(committee), LocalDate.of(2027, 3, 3));
        String id = api().get("/api/v1/organizations/{id}/alerts?kind=MONTHLY_SCHEDULE_LATE", committee).then()
                .body("total", equalTo(1)).body("items[0].severity", equalTo("WARNING")).extract().path("items[0].id");
        api().post("/api/v1/alerts/{id}/acknowledgement", id).then().statusCode(200)
                .body("acknowledgedBy", equalTo("canbo.xa")).body("acknowledgedAt", notNullValue());
        alerts.compute(pathOf(committee), LocalDate.of(2027, 3, 4));
        api().get("/api/v1/organizations/{id}/alerts", committee).then().body("items.id", not(hasItem(id)));
        api().get("/api/v1/organizations/{id}/alerts?state=ACKNOWLEDGED", committee).then().body("items.id", hasItem(id));
        api().get("/api/v1/organizations/{id}/alerts?state=SOMETIMES", committee).then().statusCode(400);
        api().post("/api/v1/organizations/{id}/alert-runs", committee).then().statusCode(200)
                .body("organizations", equalTo(2));

        Tokens.actAs("bithu.binh", "secretary");
        for (io.restassured.response.Response r : List.of(api().get("/api/v1/organizations/{id}/alerts", committee),
                api().post("/api/v1/alerts/{id}/acknowledgement", id))) {
            r.then().statusCode(403).body("code", equalTo("out-of-scope"));
        }
        // Running alerts is for STAFF and INTEGRATION (x-roles): a secretary is refused by role before scope.
        api().post("/api/v1/organizations/{id}/alert-runs", committee).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        Tokens.actAs("bithu.an", "secretary");
        api().post("/api/v1/organizations/{id}/alert-runs", org("LCH-BL-NK")).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
    }

    @Test
    void brP4_theMonthlyScheduleShowsGapsAndSendingItClearsTheLateAlert() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        CellFixture c = CellFixture.create(committee);
        api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", committee, "2027-05").then().statusCode(200)
                .body("gaps[0].organizationId", equalTo(c.cellId.toString())).body("dueDate", equalTo("2027-05-02"))
                .body("recipients.username", hasItem("canbo.xa"));
        c.schedule("REGULAR", OffsetDateTime.of(2027, 5, 10, 19, 30, 0, 0, java.time.ZoneOffset.ofHours(7)));
        api().post("/api/v1/organizations/{id}/monthly-schedules/{m}/sending", committee, "2027-05").then().statusCode(200)
                .body("gaps.size()", equalTo(0)).body("entries[0].organizationId", equalTo(c.cellId.toString()))
                .body("sentBy", equalTo("canbo.xa")).body("sentAt", notNullValue())
                .body("recipients.find { it.username == 'canbo.xa' }.reason", equalTo("UPPER_COMMITTEE"));
        api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", committee, "2027-13").then().statusCode(400)
                .body("code", equalTo("malformed-month"));
        Tokens.actAs("bithu.an", "secretary");
        api().post("/api/v1/organizations/{id}/monthly-schedules/{m}/sending", org("LCH-BL-NK"), "2027-05").then()
                .statusCode(403).body("code", equalTo("not-permitted"));
    }

    @Test
    void policiesOfOneIssuerMayNotOverlap() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        api().body(policy(committee, "2030-01-01", "2030-12-31")).post("/api/v1/policies").then().statusCode(201)
                .body("validTo", equalTo("2030-12-31")).body("modelCellThreshold", equalTo(8));
        api().body(policy(committee, "2030-06-01", null)).post("/api/v1/policies").then().statusCode(409)
                .body("code", equalTo("policy-overlap"));
        api().body(policy(committee, "2029-01-01", "2029-12-31")).post("/api/v1/policies").then().statusCode(201);
        api().body(policy(committee, "2031-01-01", "2030-12-31")).post("/api/v1/policies").then().statusCode(400)
                .body("errors[0].field", equalTo("validTo"));
        Map<String, Object> badDay = policy(committee, "2031-01-01", null);
        badDay.put("topicalPlanDue", "02-31");
        api().body(badDay).post("/api/v1/policies").then().statusCode(400).body("errors[0].field", equalTo("topicalPlanDue"));
        api().get("/api/v1/organizations/{id}/policies", committee).then().statusCode(200)
                .body("items.validFrom", equalTo(List.of("2030-01-01", "2029-01-01"))).body("total", equalTo(2));
        api().get("/api/v1/organizations/{id}/policy?on=2024-06-01", committee).then().statusCode(200)
                .body("issuerName", equalTo("Thực tiễn Lai Châu 2018-2024")).body("emptyQuarterRule", equalTo("REFUSE"));
    }

    @Test
    void theModelMeetingRuleComesFromTheCommitteesPolicy() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        CellFixture.create(committee);
        int year = TestClock.TODAY.getYear();
        api().get("/api/v1/organizations/{id}/model-programmes/{y}", committee, year).then().statusCode(200)
                .body("requiredCount", equalTo(1));
        Map<String, Object> rules = policy(committee, "2020-01-01", null);
        rules.put("modelCellThreshold", 1);
        api().body(rules).post("/api/v1/policies").then().statusCode(201);
        api().get("/api/v1/organizations/{id}/model-programmes/{y}", committee, year).then().statusCode(200)
                .body("requiredCount", equalTo(2)).body("policyLabel", org.hamcrest.Matchers.endsWith("(2020-01-01)"));
    }

    @Test
    void aRecordedVisitCoversTheCellForItsQuarter() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        CellFixture visited = CellFixture.create(committee);
        CellFixture unvisited = CellFixture.create(committee);
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID meeting = visited.schedule("REGULAR", start);
        CellFixture.hold(meeting, start, 100);
        api().body(Map.of("comments", "Chi bộ sinh hoạt đúng quy trình", "problems", List.of("Thiếu tài liệu")))
                .post("/api/v1/meetings/{id}/visits", meeting).then().statusCode(201);
        LocalDate lastMonthOfQuarter = Quarters.start(start.toLocalDate()).plusMonths(2);
        alerts.compute(pathOf(committee), lastMonthOfQuarter);
        String quarter = Periods.quarterKey(Quarters.start(start.toLocalDate()));
        api().get("/api/v1/organizations/{id}/alerts?kind=CELL_NOT_VISITED", committee).then().statusCode(200)
                .body("items.findAll { it.period == '" + quarter + "' }.organizationId",
                        equalTo(List.of(unvisited.cellId.toString())));
    }

    /** A fresh committee under a policy of its own from 2026 that sets one value. */
    private UUID committeeUnderPolicy(String field, Object value) {
        UUID committee = committee();
        Map<String, Object> rules = policy(committee, "2026-01-01", null);
        rules.put(field, value);
        api().body(rules).post("/api/v1/policies").then().statusCode(201).body(field, equalTo(value));
        return committee;
    }

    /** The open alerts of a kind on the committee's tree, as the list shows them. */
    private io.restassured.response.ValidatableResponse open(UUID committee, String kind) {
        return api().get("/api/v1/organizations/{id}/alerts?kind={kind}", committee, kind).then().statusCode(200);
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 19, 30, 0, 0, java.time.ZoneOffset.ofHours(7));
    }

    /**
     * A policy asking for two meetings of a type where the cell has one: the period's alert says "1/2" on the day
     * judged; scheduling the second clears it.
     */
    private void theSecondMeetingClearsTheShortfall(String field, String type, OffsetDateTime first, OffsetDateTime second,
                                                    LocalDate day, String kind, String period, String message) {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committeeUnderPolicy(field, 2);
        CellFixture c = CellFixture.create(committee);
        c.schedule(type, first);
        alerts.compute(pathOf(committee), day);
        // Only the period watched: the one before it, judged by what was held, is another alert.
        open(committee, kind).body("items.findAll { it.period == '" + period + "' }.message", equalTo(List.of(message)));
        c.schedule(type, second);
        alerts.compute(pathOf(committee), day);
        open(committee, kind).body("items.period", not(hasItem(period)));
    }

    @Test
    void brP2_theCellsTopicalSessionsAreCountedAgainstThePolicysNumber() {
        theSecondMeetingClearsTheShortfall("topicalPerQuarter", "TOPICAL", at(2027, 3, 10), at(2027, 3, 24),
                LocalDate.of(2027, 3, 1), "TOPICAL_MISSING", "2027-Q1", "Quý I/2027 chưa đủ sinh hoạt chuyên đề (1/2).");
    }

    @Test
    void brP3_theTopicalPlanIsLateTheDayAfterThePolicysDueDay() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committeeUnderPolicy("topicalPlanDue", "03-15");
        CellFixture c = CellFixture.create(committee);
        alerts.compute(pathOf(committee), LocalDate.of(2027, 3, 15));
        open(committee, "TOPICAL_PLAN_LATE").body("total", equalTo(0));
        alerts.compute(pathOf(committee), LocalDate.of(2027, 3, 16));
        open(committee, "TOPICAL_PLAN_LATE").body("total", equalTo(1))
                .body("items[0].organizationId", equalTo(c.cellId.toString()))
                .body("items[0].message", equalTo("Kế hoạch sinh hoạt chuyên đề năm 2027 chưa gửi (hạn 15/03/2027)."));
    }

    @Test
    void brP4_theMonthlyScheduleIsLateTheDayAfterThePolicysDay() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committeeUnderPolicy("monthlyScheduleDueDay", 10);
        CellFixture c = CellFixture.create(committee);
        api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", committee, "2027-03").then().statusCode(200)
                .body("dueDate", equalTo("2027-03-10"));
        alerts.compute(pathOf(committee), LocalDate.of(2027, 3, 10));
        open(committee, "MONTHLY_SCHEDULE_LATE").body("total", equalTo(0));
        alerts.compute(pathOf(committee), LocalDate.of(2027, 3, 11));
        open(committee, "MONTHLY_SCHEDULE_LATE").body("total", equalTo(1))
                .body("items[0].organizationId", equalTo(committee.toString()))
                .body("items[0].message", equalTo("Lịch sinh hoạt tháng 03/2027 của các chi bộ chưa gửi (hạn 10/03/2027)."));
    }

    @Test
    void brP5_theCellsForumsAreCountedAgainstThePolicysMinimum() {
        theSecondMeetingClearsTheShortfall("forumsPerYearMin", "FORUM", at(2027, 6, 12), at(2027, 12, 18),
                LocalDate.of(2027, 12, 1), "FORUMS_BELOW_MINIMUM", "2027", "Năm 2027 chưa đủ số diễn đàn tối thiểu (1/2).");
    }

    @Test
    void brE6_theCellsVisitsAreCountedAgainstThePolicysNumber() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committeeUnderPolicy("visitsPerCellPerQuarter", 2);
        CellFixture c = CellFixture.create(committee);
        List<UUID> meetings = new java.util.ArrayList<>();
        for (OffsetDateTime start : List.of(CellFixture.hoursAgo(3), CellFixture.hoursAgo(27))) {
            UUID m = c.schedule(meetings.isEmpty() ? "REGULAR" : "TOPICAL", start);
            CellFixture.hold(m, start, 100);
            meetings.add(m);
        }
        LocalDate today = time.today();
        String quarter = Periods.quarterKey(Quarters.start(today));
        String shown = Periods.display(quarter, vn.chibo.common.Messages.VIETNAMESE);
        api().body(Map.of("comments", "Chi bộ sinh hoạt đúng quy trình")).post("/api/v1/meetings/{id}/visits", meetings.get(0))
                .then().statusCode(201);
        alerts.compute(pathOf(committee), today);
        open(committee, "CELL_NOT_VISITED").body("items.findAll { it.period == '" + quarter + "' }.message",
                equalTo(List.of("Quý " + shown + " chưa có cấp ủy viên cấp trên dự sinh hoạt (1/2).")));
        api().body(Map.of("comments", "Sinh hoạt chuyên đề có chất lượng")).post("/api/v1/meetings/{id}/visits", meetings.get(1))
                .then().statusCode(201);
        alerts.compute(pathOf(committee), today);
        open(committee, "CELL_NOT_VISITED").body("items.findAll { it.period == '" + quarter + "' }", org.hamcrest.Matchers.empty());
    }

    @Test
    void brE6_aSubmittedEvaluationIsOverdueTheDayAfterThePolicysVerificationDays() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committeeUnderPolicy("verificationDueDays", 3);
        CellFixture c = CellFixture.create(committee);
        LocalDate today = time.today();
        Map<String, Integer> daysAgo = Map.of("REGULAR", 3, "TOPICAL", 4);
        Map<String, UUID> meetings = new java.util.HashMap<>();
        daysAgo.forEach((type, days) -> {
            OffsetDateTime start = CellFixture.hoursAgo(24 * days);
            UUID m = c.schedule(type, start);
            CellFixture.attend(m, c.an, "PRESENT");
            CellFixture.hold(m, start, 100);
            CellFixture.selfEvaluate(m);
            meetings.put(type, m);
        });
        api().get("/api/v1/meetings/{id}/evaluation", meetings.get("REGULAR")).then().statusCode(200)
                .body("dueDate", equalTo(today.toString())).body("overdue", equalTo(false));
        api().get("/api/v1/meetings/{id}/evaluation", meetings.get("TOPICAL")).then().statusCode(200)
                .body("dueDate", equalTo(today.minusDays(1).toString())).body("overdue", equalTo(true));
        alerts.compute(pathOf(committee), today);
        open(committee, "VERIFICATION_OVERDUE").body("total", equalTo(1))
                .body("items[0].organizationId", equalTo(c.cellId.toString()))
                .body("items[0].message", equalTo("Có 1 bản tự đánh giá quá hạn thẩm định."));
    }
}
