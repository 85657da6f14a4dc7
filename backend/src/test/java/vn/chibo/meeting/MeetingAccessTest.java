package vn.chibo.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.Organization;
import vn.chibo.resolution.AssigneeKind;
import vn.chibo.resolution.Task;
import vn.chibo.resolution.TaskStatus;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.AsSecretaryBinh;
import vn.chibo.testing.AsSupervisor;

/** Every meeting endpoint refuses a caller from outside the cell's subtree, the same way. */
@QuarkusTest
class MeetingAccessTest extends ApiTest {

    private record Call(String name, Function<RequestSpecification, io.restassured.response.Response> send) {}

    /** A meeting of Chi bộ bản Nà Khoang with one task assigned to the member linked to dangvien.an. */
    private UUID[] naKhoangMeetingWithTask() {
        UUID cellId = org("LCH-BL-NK");
        UUID assignee = memberOf("dangvien.an");
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = new Meeting();
            m.organization = Organization.findById(cellId);
            m.type = MeetingType.REGULAR;
            m.mode = MeetingMode.IN_PERSON;
            m.scheduledStart = time.now().minus(1, ChronoUnit.HOURS);
            m.plannedDurationMinutes = 90;
            m.status = MeetingStatus.NOTIFIED;
            m.persist();
            Task t = new Task();
            t.meetingId = m.id;
            t.organizationId = cellId;
            t.title = "Tuyên truyền phòng chống cháy rừng";
            t.assigneeKind = AssigneeKind.MEMBER;
            t.assigneeMemberId = assignee;
            t.assigneeName = "Đảng viên";
            t.status = TaskStatus.NOT_STARTED;
            t.createdAt = time.now();
            t.persist();
            return new UUID[] {m.id, t.id};
        });
    }

    private List<Call> everyEndpoint(UUID meeting, UUID task, UUID cell, UUID member) {
        Map<String, Object> v = Map.of("version", 0);
        return List.of(
                new Call("list", r -> r.get("/api/v1/organizations/{id}/meetings", cell)),
                new Call("schedule", r -> r.body(Map.of("type", "REGULAR", "scheduledStart", "2026-12-04T19:30:00+07:00"))
                        .post("/api/v1/organizations/{id}/meetings", cell)),
                new Call("recurring", r -> r.body(Map.of("year", 2027, "dayOfMonth", 4, "time", "19:30"))
                        .post("/api/v1/organizations/{id}/meetings/recurring", cell)),
                new Call("compliance", r -> r.get("/api/v1/organizations/{id}/compliance", cell)),
                new Call("tasks", r -> r.get("/api/v1/organizations/{id}/tasks", cell)),
                new Call("policy", r -> r.get("/api/v1/organizations/{id}/policy", cell)),
                new Call("get", r -> r.get("/api/v1/meetings/{id}", meeting)),
                new Call("patch", r -> r.body(Map.of("version", 0, "place", "x")).patch("/api/v1/meetings/{id}", meeting)),
                new Call("postpone", r -> r.body(Map.of("version", 0, "reason", "x")).post("/api/v1/meetings/{id}/postpone", meeting)),
                new Call("cancel", r -> r.body(Map.of("version", 0, "reason", "x")).post("/api/v1/meetings/{id}/cancel", meeting)),
                new Call("notify", r -> r.body(v).post("/api/v1/meetings/{id}/notify", meeting)),
                new Call("publication", r -> r.body(v).post("/api/v1/meetings/{id}/publication", meeting)),
                new Call("times", r -> r.body(Map.of("version", 0, "actualStart", "2026-01-01T19:30:00+07:00",
                        "actualEnd", "2026-01-01T21:30:00+07:00")).post("/api/v1/meetings/{id}/times", meeting)),
                new Call("agenda", r -> r.body(Map.of("version", 0, "items", List.of())).put("/api/v1/meetings/{id}/agenda", meeting)),
                new Call("upload", r -> r.contentType("multipart/form-data").multiPart("file", "a.pdf", "%PDF-1".getBytes())
                        .post("/api/v1/meetings/{id}/documents", meeting)),
                new Call("download", r -> r.get("/api/v1/meetings/{id}/documents/{d}", meeting, UUID.randomUUID())),
                new Call("withdraw", r -> r.delete("/api/v1/meetings/{id}/documents/{d}", meeting, UUID.randomUUID())),
                new Call("attendance", r -> r.body(Map.of("status", "PRESENT"))
                        .put("/api/v1/meetings/{id}/attendance/{m}", meeting, member)),
                new Call("guest", r -> r.body(Map.of("name", "x")).post("/api/v1/meetings/{id}/guests", meeting)),
                new Call("removeGuest", r -> r.delete("/api/v1/meetings/{id}/guests/{g}", meeting, UUID.randomUUID())),
                new Call("speech", r -> r.body(Map.of("memberId", member.toString())).post("/api/v1/meetings/{id}/speeches", meeting)),
                new Call("removeSpeech", r -> r.delete("/api/v1/meetings/{id}/speeches/{s}", meeting, UUID.randomUUID())),
                new Call("vote", r -> r.body(Map.of("subject", "x", "method", "COUNT", "forCount", 1, "againstCount", 0,
                        "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", meeting)),
                new Call("minutes", r -> r.get("/api/v1/meetings/{id}/minutes", meeting)),
                new Call("editMinutes", r -> r.body(v).put("/api/v1/meetings/{id}/minutes", meeting)),
                new Call("approve", r -> r.body(v).post("/api/v1/meetings/{id}/minutes/approve", meeting)),
                new Call("correct", r -> r.body(Map.of("reason", "x", "text", "y")).post("/api/v1/meetings/{id}/minutes/corrections", meeting)),
                new Call("minutesPdf", r -> r.get("/api/v1/meetings/{id}/minutes.pdf", meeting)),
                new Call("minutesDocx", r -> r.get("/api/v1/meetings/{id}/minutes.docx", meeting)),
                new Call("resolution", r -> r.get("/api/v1/meetings/{id}/resolution", meeting)),
                new Call("saveResolution", r -> r.body(Map.of("version", 0, "kind", "RESOLUTION", "sections", List.of()))
                        .put("/api/v1/meetings/{id}/resolution", meeting)),
                new Call("resolutionPdf", r -> r.get("/api/v1/meetings/{id}/resolution.pdf", meeting)),
                new Call("resolutionDocx", r -> r.get("/api/v1/meetings/{id}/resolution.docx", meeting)),
                new Call("assignTask", r -> r.body(Map.of("title", "x", "assigneeKind", "UNIT", "assigneeName", "y"))
                        .post("/api/v1/meetings/{id}/tasks", meeting)),
                new Call("updateTask", r -> r.body(Map.of("version", 0, "status", "DONE")).patch("/api/v1/tasks/{id}", task)),
                new Call("feed", r -> r.body(Map.of("scope", "CELL", "organizationId", cell.toString())).post("/api/v1/calendar-feeds")));
    }

    @Test
    @AsSecretaryBinh
    void aSecretaryOfAnotherCellIsRefusedOnEveryMeetingEndpoint() {
        UUID[] ids = naKhoangMeetingWithTask();
        for (Call call : everyEndpoint(ids[0], ids[1], org("LCH-BL-NK"), memberOf("dangvien.an"))) {
            call.send().apply(api()).then().statusCode(403).body("code", equalTo("out-of-scope"));
        }
        api().body(Map.ofEntries(Map.entry("issuerOrganizationId", org("LCH-BL-NK").toString()),
                Map.entry("validFrom", "2026-01-01"), Map.entry("attendanceTargetPercent", 90),
                Map.entry("maxConsecutiveExcusedAbsences", 3), Map.entry("speakingTargetPercent", 30),
                Map.entry("minDurationMinutes", 90), Map.entry("combinedMinDurationMinutes", 120),
                Map.entry("documentLeadDays", 1), Map.entry("maxDocumentBytes", 2048),
                Map.entry("voteRule", "MAJORITY_OF_VOTES_CAST"), Map.entry("secondRegularInMonth", "WARN")))
                .post("/api/v1/policies").then().statusCode(403).body("code", equalTo("not-permitted")); // staff only (x-roles)
    }

    @Test
    @AsMemberAn
    void anOrdinaryMemberReadsTheMeetingReportsOnTheirTaskButRecordsNothing() {
        UUID[] ids = naKhoangMeetingWithTask();
        api().get("/api/v1/meetings/{id}", ids[0]).then().statusCode(200);
        api().body(Map.of("status", "PRESENT")).put("/api/v1/meetings/{id}/attendance/{m}", ids[0], memberOf("dangvien.an"))
                .then().statusCode(403).body("code", equalTo("not-permitted"));
        api().body(Map.of("name", "x")).post("/api/v1/meetings/{id}/guests", ids[0]).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().queryParam("size", 200).get("/api/v1/me/tasks").then().statusCode(200).body("items.id", hasItem(ids[1].toString()));
        api().body(Map.of("version", 0, "status", "DONE", "result", "Đã tuyên truyền tại 3 buổi họp bản"))
                .patch("/api/v1/tasks/{id}", ids[1]).then().statusCode(200).body("status", equalTo("DONE"));
        api().queryParam("size", 200).get("/api/v1/me/meetings").then().statusCode(200)
                .header("Server-Timing", org.hamcrest.Matchers.startsWith("app;dur="))
                .body("items.find { it.id == '" + ids[0] + "' }.documents", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    @AsSupervisor
    void theSupervisorReadsTheCellsMeetingsButDoesNotRecordThem() {
        UUID[] ids = naKhoangMeetingWithTask();
        api().get("/api/v1/meetings/{id}", ids[0]).then().statusCode(200);
        api().get("/api/v1/organizations/{id}/meetings", org("LCH-BL-NK")).then().statusCode(200);
        api().body(Map.of("status", "PRESENT")).put("/api/v1/meetings/{id}/attendance/{m}", ids[0], memberOf("dangvien.an"))
                .then().statusCode(403).body("code", equalTo("not-permitted"));
    }

    @Test
    void withoutATokenEveryMeetingEndpointIs401() {
        UUID[] ids = naKhoangMeetingWithTask();
        for (Call call : everyEndpoint(ids[0], ids[1], org("LCH-BL-NK"), memberOf("dangvien.an"))) {
            call.send().apply(api()).then().statusCode(401);
        }
    }
}
