package vn.chibo.concurrency;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Race;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * Eight people pressing "save" at the same instant: every rule that allows one of a thing holds, the
 * first writer wins, every other gets a 409 that names the conflict (with the version there is now),
 * and nobody gets a 500.
 */
@QuarkusTest
class ConcurrentWritesTest extends ApiTest {
    private static final int WRITERS = 8;

    @BeforeEach
    void asCommuneStaff() {
        Tokens.actAs("canbo.xa", "staff");
    }

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private CellFixture cell() {
        return CellFixture.create(org("LCH-BL"));
    }

    /** Exactly one answer has the winning status; every other is a 409 with one of these codes. Returns the winner. */
    private static Response oneWinner(List<Response> answers, int winning, String... loserCodes) {
        List<Response> winners = answers.stream().filter(r -> r.statusCode() == winning).toList();
        List<Response> losers = answers.stream().filter(r -> r.statusCode() != winning).toList();
        assertThat("statuses " + answers.stream().map(Response::statusCode).toList(), winners, hasSize(1));
        assertThat(losers.stream().map(Response::statusCode).toList(), everyItem(equalTo(409)));
        assertThat(losers.stream().map(r -> r.<String>path("code")).toList(), everyItem(in(loserCodes)));
        return winners.get(0);
    }

    /** The losers of a first save are told the version that exists now: the winner's. */
    private static void losersSeeTheWinnersVersion(List<Response> answers, Response winner) {
        long current = ((Number) winner.path("version")).longValue();
        answers.stream().filter(r -> r != winner).forEach(r ->
                assertThat(((Number) r.path("currentVersion")).longValue(), equalTo(current)));
    }

    @Test
    void eightFirstSavesOfTheMinutesKeepTheFirstAndRefuseTheRestWithItsVersion() {
        UUID meeting = cell().schedule("REGULAR", CellFixture.hoursAgo(2));
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("version", 0, "freeText", "Ghi chép của người " + i))
                .put("/api/v1/meetings/{id}/minutes", meeting));
        Response winner = oneWinner(answers, 200, "version-conflict");
        losersSeeTheWinnersVersion(answers, winner);
        api().get("/api/v1/meetings/{id}/minutes", meeting).then().statusCode(200)
                .body("freeText", equalTo(winner.path("freeText")));
    }

    @Test
    void eightFirstAttendanceRecordsOfOneMemberKeepOneRow() {
        CellFixture c = cell();
        UUID meeting = c.schedule("REGULAR", CellFixture.hoursAgo(1));
        List<Response> answers = Race.run(WRITERS, i -> api().body(
                        Map.of("status", "ABSENT_EXCUSED", "reasonCategory", "WORK", "reasonText", "Đi công tác " + i))
                .put("/api/v1/meetings/{id}/attendance/{memberId}", meeting, c.an));
        Response winner = oneWinner(answers, 200, "version-conflict");
        losersSeeTheWinnersVersion(answers, winner);
        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200)
                .body("attendance.findAll { it.memberId == '" + c.an + "' }", hasSize(1))
                .body("attendance.find { it.memberId == '" + c.an + "' }.status", equalTo(winner.path("status")));
    }

    @Test
    void eightFirstSavesOfTheResolutionKeepTheFirst() {
        UUID meeting = cell().schedule("REGULAR", CellFixture.hoursAgo(2));
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("version", 0, "kind", "RESOLUTION",
                "title", "Nghị quyết bản " + i, "sections", List.of())).put("/api/v1/meetings/{id}/resolution", meeting));
        Response winner = oneWinner(answers, 200, "version-conflict");
        losersSeeTheWinnersVersion(answers, winner);
        api().get("/api/v1/meetings/{id}/resolution", meeting).then().statusCode(200)
                .body("title", equalTo(winner.path("title")));
    }

    @Test
    void brE1_eightFirstSelfEvaluationsOfAMeetingKeepOneEvaluation() {
        CellFixture c = cell();
        OffsetDateTime start = CellFixture.hoursAgo(4);
        UUID meeting = c.schedule("REGULAR", start);
        CellFixture.hold(meeting, start, 120);
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("version", 0, "scores", List.of()))
                .put("/api/v1/meetings/{id}/evaluation", meeting));
        Response winner = oneWinner(answers, 200, "version-conflict");
        losersSeeTheWinnersVersion(answers, winner);
    }

    @Test
    void brP3_eightFirstSavesOfACellsAnnualPlanKeepOnePlan() {
        UUID cell = cell().cellId;
        int year = TestClock.TODAY.getYear() + 1;
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("version", 0, "items", List.of(
                        Map.of("kind", "TOPICAL", "plannedMonth", 2, "topicGroupCode", "HCM_CT05", "title", "Chuyên đề " + i),
                        Map.of("kind", "TOPICAL", "plannedMonth", 5, "topicGroupCode", "HCM_CT05", "title", "Quý II"),
                        Map.of("kind", "TOPICAL", "plannedMonth", 8, "topicGroupCode", "HCM_CT05", "title", "Quý III"),
                        Map.of("kind", "TOPICAL", "plannedMonth", 11, "topicGroupCode", "HCM_CT05", "title", "Quý IV"))))
                .put("/api/v1/organizations/{id}/topical-plans/{year}", cell, year));
        Response winner = oneWinner(answers, 200, "version-conflict");
        losersSeeTheWinnersVersion(answers, winner);
        api().get("/api/v1/organizations/{id}/topical-plans/{year}", cell, year).then().statusCode(200)
                .body("id", equalTo(winner.path("id"))).body("items", hasSize(4));
    }

    @Test
    void brP1_eightConcurrentRegularMeetingsInOneMonthUnderARefusingPolicyCreateOne() {
        UUID cell = cell().cellId;
        Map<String, Object> refuse = new HashMap<>(PolicyBodies.basic(cell, "2020-01-01"));
        refuse.put("secondRegularInMonth", "REFUSE");
        api().body(refuse).post("/api/v1/policies").then().statusCode(201);
        OffsetDateTime month = TestClock.local().plusMonths(2).withDayOfMonth(1).withHour(19).withMinute(30)
                .withSecond(0).withNano(0);
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("type", "REGULAR",
                "scheduledStart", CellFixture.iso(month.plusDays(i + 1)))).post("/api/v1/organizations/{id}/meetings", cell));
        oneWinner(answers, 201, "second-regular-in-month");
        String from = month.toLocalDate().toString();
        String to = month.toLocalDate().plusMonths(1).minusDays(1).toString();
        api().get("/api/v1/organizations/{id}/meetings?from=" + from + "&to=" + to, cell).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void brD4_eightNewMembersWithTheSameCardNumberCreateOne() {
        UUID cell = cell().cellId;
        String card = "R" + UUID.randomUUID().toString().substring(0, 8);
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("fullName", "Đảng viên trùng thẻ " + i,
                "gender", "MALE", "admissionDate", "2010-01-01", "officialDate", "2011-01-02", "cardNumber", card,
                "organizationId", cell.toString(), "joinedOn", "2020-01-01")).post("/api/v1/members"));
        // A loser that reads the winner's row is told who holds the card; one that meets it at commit, that it is taken.
        oneWinner(answers, 201, "duplicate-card-number", "member-active-elsewhere");
        answers.stream().filter(r -> r.statusCode() == 409).forEach(r ->
                assertThat(r.path("errors[0].field"), equalTo("cardNumber")));
    }

    @Test
    void brD4_eightNewMembersWithTheSameCsdlIdCreateOne() {
        UUID cell = cell().cellId;
        String csdl = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("fullName", "Đảng viên trùng mã " + i,
                "gender", "FEMALE", "admissionDate", "2010-01-01", "officialDate", "2011-01-02", "csdlId", csdl,
                "organizationId", cell.toString(), "joinedOn", "2020-01-01")).post("/api/v1/members"));
        // Whether a loser reads the winner's row or meets the unique key at commit, it is told the identifier is taken.
        oneWinner(answers, 201, "duplicate-external-id");
        answers.stream().filter(r -> r.statusCode() == 409).forEach(r ->
                assertThat(r.path("errors[0].field"), equalTo("csdlId")));
    }

    @Test
    void eightOverlappingPoliciesIssuedAtOnceByOneCommitteeCreateOne() {
        UUID cell = cell().cellId;
        List<Response> answers = Race.run(WRITERS, i -> api().body(PolicyBodies.basic(cell, "2021-0" + (i + 1) + "-01"))
                .post("/api/v1/policies"));
        oneWinner(answers, 201, "policy-overlap");
    }

    @Test
    void eightEditsOfAMemberBasedOnTheSameVersionKeepOneAndTellTheOthersTheVersionNow() {
        UUID member = cell().an;
        long version = ((Number) api().get("/api/v1/members/{id}", member).then().statusCode(200)
                .extract().path("version")).longValue();
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("version", version, "birthYear", 1960 + i))
                .patch("/api/v1/members/{id}", member));
        Response winner = oneWinner(answers, 200, "version-conflict");
        losersSeeTheWinnersVersion(answers, winner);
        api().get("/api/v1/members/{id}", member).then().statusCode(200)
                .body("birthYear", equalTo(winner.path("birthYear")));
    }

    @Test
    void aFirstSaveResentAfterALostAnswerIsAcceptedAndADifferentOneIsStillRefused() {
        CellFixture c = cell();
        UUID meeting = c.schedule("REGULAR", CellFixture.hoursAgo(2));
        Map<String, Object> minutes = Map.of("version", 0, "freeText", "Đồng chí Bí thư khai mạc");
        long saved = ((Number) api().body(minutes).put("/api/v1/meetings/{id}/minutes", meeting).then().statusCode(200)
                .extract().path("version")).longValue();
        api().body(minutes).put("/api/v1/meetings/{id}/minutes", meeting).then().statusCode(200)
                .body("version", equalTo((int) saved)).body("freeText", equalTo("Đồng chí Bí thư khai mạc"));
        api().body(Map.of("version", 0, "freeText", "Một nội dung khác")).put("/api/v1/meetings/{id}/minutes", meeting)
                .then().statusCode(409).body("code", equalTo("version-conflict")).body("currentVersion", equalTo((int) saved));

        Map<String, Object> tap = Map.of("status", "PRESENT");
        api().body(tap).put("/api/v1/meetings/{id}/attendance/{memberId}", meeting, c.an).then().statusCode(200);
        api().body(tap).put("/api/v1/meetings/{id}/attendance/{memberId}", meeting, c.an).then().statusCode(200)
                .body("status", equalTo("PRESENT"));
        api().body(Map.of("status", "ABSENT_UNEXCUSED")).put("/api/v1/meetings/{id}/attendance/{memberId}", meeting, c.an)
                .then().statusCode(409).body("code", equalTo("version-conflict"));
    }

    @Test
    void brP6_eightFirstSavesOfACommitteesModelProgrammeKeepOneProgramme() {
        Tokens.actAs("canbo.tinh", "staff");
        List<UUID> cells = new java.util.ArrayList<>();
        UUID commune = TreeFixture.commune(org("LCH"), 2, cells);
        int year = TestClock.TODAY.getYear();
        List<Response> answers = Race.run(WRITERS, i -> api().body(Map.of("version", 0, "selections", List.of(
                        Map.of("cellId", cells.get(i % 2).toString(), "kind", "REGULAR", "invitees", List.of("CELL_MEMBERS")))))
                .put("/api/v1/organizations/{id}/model-programmes/{year}", commune, year));
        Response winner = oneWinner(answers, 200, "version-conflict");
        losersSeeTheWinnersVersion(answers, winner);
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, year).then().statusCode(200)
                .body("selections", hasSize(1));
    }
}
