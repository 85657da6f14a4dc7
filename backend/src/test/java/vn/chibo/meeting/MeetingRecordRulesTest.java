package vn.chibo.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * BR-M2, BR-M5, BR-R4 and BR-R5 through the API: each under a policy issued for a fresh committee, the case just
 * inside and just outside the policy's value. The test clock starts at 12:00 on 06/12/2026 in Vietnam.
 */
@QuarkusTest
class MeetingRecordRulesTest extends ApiTest {

    @jakarta.inject.Inject
    vn.chibo.alert.AlertService alerts;

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A cell under a fresh committee whose policy has these meeting-record rules. */
    private CellFixture cellUnderPolicy(String preparerRule, int postPublishDeadlineDays) {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> policy = PolicyBodies.basic(committee, "2026-01-01");
        policy.put("meetingRecords", Map.of("preparerRule", preparerRule, "postPublishDeadlineDays", postPublishDeadlineDays));
        api().body(policy).post("/api/v1/policies").then().statusCode(201)
                .body("meetingRecords.preparerRule", equalTo(preparerRule))
                .body("meetingRecords.postPublishDeadlineDays", equalTo(postPublishDeadlineDays));
        return CellFixture.create(committee);
    }

    private void position(CellFixture c, UUID member, String position) {
        int version = api().get("/api/v1/members/{id}", member).then().extract().path("version");
        api().body(Map.of("version", version, "organizationId", c.cellId.toString(), "position", position,
                "validFrom", "2025-01-01")).post("/api/v1/members/{id}/positions", member).then().statusCode(200);
    }

    private ValidatableResponse meeting(UUID id) {
        return api().get("/api/v1/meetings/{id}", id).then().statusCode(200);
    }

    private ValidatableResponse patch(UUID id, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(changes);
        body.put("version", CellFixture.version(id));
        return api().body(body).patch("/api/v1/meetings/{id}", id).then().statusCode(200);
    }

    private ValidatableResponse publish(UUID id) {
        return api().body(Map.of("version", CellFixture.version(id))).post("/api/v1/meetings/{id}/publication", id).then();
    }

    private ValidatableResponse saveResolution(UUID id, int version, String kind, List<?> sections) {
        return api().body(Map.of("version", version, "kind", kind, "sections", sections))
                .put("/api/v1/meetings/{id}/resolution", id).then();
    }

    private ValidatableResponse assignTask(UUID id, Map<String, Object> task) {
        return api().body(task).post("/api/v1/meetings/{id}/tasks", id).then();
    }

    private UUID held(CellFixture c, int hoursAgo) {
        OffsetDateTime start = CellFixture.hoursAgo(hoursAgo);
        UUID id = c.schedule("REGULAR", start);
        CellFixture.hold(id, start, 120);
        return id;
    }

    @Test
    @DisplayName("BR-M2 HD 12 profile: the secretary or deputy prepares; a committee member is flagged by name")
    void brM2_secretaryOrDeputyProfile() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 2);
        position(c, c.an, "SECRETARY");
        position(c, c.cuong, "COMMITTEE_MEMBER");
        UUID id = c.schedule("REGULAR", CellFixture.hoursAgo(-240));
        meeting(id).body("warnings.code", hasItem("preparer-missing"));
        patch(id, Map.of("preparerId", c.binh.toString())).body("warnings.code", hasItem("preparer-not-secretary-or-deputy"));
        apiEnglish().get("/api/v1/meetings/{id}", id).then()
                .body("warnings.find { it.code == 'preparer-not-secretary-or-deputy' }.message",
                        containsString("is not the cell's secretary or deputy"));
        // made deputy: the meeting shows it at once (the position change refreshes the cached meeting)
        position(c, c.binh, "DEPUTY_SECRETARY");
        meeting(id).body("warnings.code", not(hasItem("preparer-not-secretary-or-deputy")));
        patch(id, Map.of("preparerId", c.cuong.toString())).body("warnings.code", hasItem("preparer-not-secretary-or-deputy"));
        patch(id, Map.of("preparerId", c.an.toString())).body("warnings.code", not(hasItem("preparer-not-secretary-or-deputy")))
                .body("warnings.code", not(hasItem("preparer-missing")));
    }

    @Test
    @DisplayName("BR-M2 HD 42 profile: a member assigned by the secretary prepares, the assignment is recorded")
    void brM2_assignedBySecretaryProfile() {
        CellFixture c = cellUnderPolicy("ASSIGNED_BY_SECRETARY", 2);
        position(c, c.an, "SECRETARY");
        position(c, c.binh, "DEPUTY_SECRETARY");
        UUID id = c.schedule("REGULAR", CellFixture.hoursAgo(-240));
        patch(id, Map.of("preparerId", c.binh.toString()))
                .body("warnings.code", hasItem("preparer-not-assigned-by-secretary"));
        patch(id, Map.of("preparerId", c.cuong.toString(), "preparerAssignedById", c.binh.toString()))
                .body("warnings.code", hasItem("preparer-not-assigned-by-secretary"));
        patch(id, Map.of("preparerAssignedById", c.an.toString()))
                .body("warnings.code", not(hasItem("preparer-not-assigned-by-secretary")))
                .body("preparer.id", equalTo(c.cuong.toString()))
                .body("preparerAssignment.assignedBy.id", equalTo(c.an.toString()))
                .body("preparerAssignment.assignedAt", notNullValue());
        // another preparer without an assigner: the earlier assignment was about someone else
        patch(id, Map.of("preparerId", c.binh.toString())).body("preparerAssignment", equalTo(null))
                .body("warnings.code", hasItem("preparer-not-assigned-by-secretary"));
    }

    @Test
    @DisplayName("BR-M5 a regular meeting without a draft resolution is flagged within the lead time, not before")
    void brM5_draftResolutionBeforeTheMeeting() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 2);
        UUID early = c.schedule("REGULAR", CellFixture.hoursAgo(-25));
        meeting(early).body("warnings.code", not(hasItem("draft-resolution-missing")));
        UUID topical = c.schedule("TOPICAL", CellFixture.hoursAgo(-23));
        meeting(topical).body("warnings.code", not(hasItem("draft-resolution-missing"))); // only regular meetings
        UUID next = c.schedule("REGULAR", CellFixture.hoursAgo(-23));
        meeting(next).body("warnings.code", hasItem("draft-resolution-missing"));
        api().contentType("multipart/form-data").multiPart("file", "du-thao-nghi-quyet.pdf", "%PDF-1.4\n".getBytes(),
                "application/pdf").multiPart("kind", "DRAFT_RESOLUTION")
                .post("/api/v1/meetings/{id}/documents", next).then().statusCode(201);
        meeting(next).body("warnings.code", not(hasItem("draft-resolution-missing")));
    }

    @Test
    @DisplayName("BR-R4 a held regular meeting needs a resolution, and each next-month clause a task with assignee and due date")
    void brR4_resolutionAndNextMonthTasks() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 2);
        UUID id = held(c, 5);
        meeting(id).body("warnings.code", hasItem("resolution-missing"));
        List<Map<String, Object>> sections = List.of(
                Map.of("heading", "Đánh giá tháng qua", "body", "Hoàn thành kế hoạch"),
                Map.of("heading", "Nhiệm vụ tháng tới", "body", "Thu hoạch lúa mùa", "nextMonth", true));
        List<Map<String, Object>> saved = saveResolution(id, 0, "RESOLUTION", sections).statusCode(200)
                .body("sections[1].nextMonth", equalTo(true)).extract().path("sections");
        String clause = saved.get(1).get("id").toString();
        meeting(id).body("warnings.code", not(hasItem("resolution-missing")))
                .body("warnings.find { it.code == 'next-month-clause-without-task' }.message",
                        containsString("Nhiệm vụ tháng tới"));
        // a task of the clause without a due date does not carry it
        assignTask(id, Map.of("title", "Thu hoạch", "assigneeKind", "MEMBER", "assigneeMemberId", c.an.toString(),
                "sectionId", clause)).statusCode(201)
                .body("sectionId", equalTo(clause));
        meeting(id).body("warnings.code", hasItem("next-month-clause-without-task"));
        assignTask(id, Map.of("title", "Thu hoạch lúa", "assigneeKind", "MEMBER", "assigneeMemberId", c.binh.toString(),
                "sectionId", clause, "dueDate", TestClock.TODAY.plusDays(20).toString())).statusCode(201);
        meeting(id).body("warnings.code", not(hasItem("next-month-clause-without-task")));
        // saved again with its id, the clause keeps its tasks
        int version = api().get("/api/v1/meetings/{id}/resolution", id).then().extract().path("version");
        saveResolution(id, version, "RESOLUTION", saved).statusCode(200)
                .body("sections[1].id", equalTo(clause)).body("tasks.sectionId", hasItem(clause));
        meeting(id).body("warnings.code", not(hasItem("next-month-clause-without-task")));
    }

    @Test
    @DisplayName("BR-R4 a task cannot be linked to a clause of another meeting")
    void brR4_clauseOfAnotherMeeting() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 2);
        UUID one = held(c, 5);
        UUID other = held(c, 30);
        String clause = saveResolution(other, 0, "CONCLUSION",
                List.of(Map.of("heading", "Tháng tới", "body", "x", "nextMonth", true))).statusCode(200)
                .extract().path("sections[0].id");
        assignTask(one, Map.of("title", "x", "assigneeKind", "UNIT", "assigneeName", "Chi đoàn", "sectionId", clause))
                .statusCode(400)
                .body("errors[0].field", equalTo("sectionId"));
    }

    @Test
    @DisplayName("BR-R5 with 2 days: not flagged on day 2 after the meeting, flagged on day 3; published late stays flagged")
    void brR5_publicationDeadline() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 2);
        UUID dayTwo = held(c, 48);
        UUID dayThree = held(c, 72);
        meeting(dayTwo).body("warnings.code", not(hasItem("records-not-published")))
                .body("publication.dueDate", equalTo(TestClock.TODAY.toString()));
        meeting(dayThree).body("warnings.code", hasItem("records-not-published"))
                .body("publication.publishedAt", equalTo(null));
        publish(dayTwo).statusCode(200).body("publication.publishedAt", notNullValue())
                .body("warnings.code", not(hasItem("records-published-late")));
        publish(dayThree).statusCode(200).body("warnings.code", hasItem("records-published-late"))
                .body("warnings.code", not(hasItem("records-not-published")));
    }

    @Test
    @DisplayName("BR-R5 with 3 days the meeting of 3 days ago is not late yet")
    void brR5_deadlineIsPolicyData() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 3);
        meeting(held(c, 72)).body("warnings.code", not(hasItem("records-not-published")));
        meeting(held(c, 96)).body("warnings.code", hasItem("records-not-published"));
    }

    @Test
    @DisplayName("BR-R5 the daily alert counts held meetings past the deadline and clears once they are published")
    void brR5_alertForOverduePublication() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 2);
        UUID committee = QuarkusTransaction.requiringNew().call(() ->
                vn.chibo.organization.Organization.<vn.chibo.organization.Organization>findById(c.cellId).parentId);
        String path = QuarkusTransaction.requiringNew().call(() ->
                vn.chibo.organization.Organization.<vn.chibo.organization.Organization>findById(committee).path);
        held(c, 48);
        UUID late = held(c, 72);
        alerts.compute(path, time.today());
        api().get("/api/v1/organizations/{id}/alerts?kind=RECORDS_NOT_PUBLISHED", committee).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organizationId", equalTo(c.cellId.toString()))
                .body("items[0].message", containsString("Có 1 buổi sinh hoạt"));
        publish(late).statusCode(200);
        alerts.compute(path, time.today());
        api().get("/api/v1/organizations/{id}/alerts?kind=RECORDS_NOT_PUBLISHED&state=OPEN", committee).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    @DisplayName("BR-R5 a meeting not yet held cannot be published")
    void brR5_publicationNeedsAHeldMeeting() {
        CellFixture c = cellUnderPolicy("SECRETARY_OR_DEPUTY", 2);
        UUID planned = c.schedule("REGULAR", CellFixture.hoursAgo(-48));
        publish(planned).statusCode(409);
    }

    @Test
    @DisplayName("BR-M2 BR-R5 the national profile of the HD 42 era: assigned by the secretary, 2 days")
    void nationalDefaults() {
        Tokens.actAs("canbo.xa", "staff");
        api().get("/api/v1/organizations/{id}/policy", org("LCH-BL-NK")).then().statusCode(200)
                .body("meetingRecords.preparerRule", equalTo("ASSIGNED_BY_SECRETARY"))
                .body("meetingRecords.postPublishDeadlineDays", equalTo(2));
    }
}
