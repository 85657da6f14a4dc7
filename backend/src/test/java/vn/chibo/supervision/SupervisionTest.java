package vn.chibo.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.security.Appointment;
import vn.chibo.security.Role;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;
import vn.chibo.common.Quarters;

/** Teams, monthly assignments, visits, coverage and reports, for each role and each refusal. */
@QuarkusTest
class SupervisionTest extends ApiTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A fresh commune committee under the province with that many cells, built as province staff. */
    private UUID commune(int cells, List<UUID> cellIds) {
        Tokens.actAs("canbo.tinh", "staff");
        return TreeFixture.commune(org("LCH"), cells, cellIds);
    }


    private static final Instant HELD_AT = TestClock.START.minus(5, ChronoUnit.HOURS);
    private static final LocalDate HELD_ON = HELD_AT.atZone(VIETNAM).toLocalDate();
    private static final String MONTH = YearMonth.from(HELD_ON).toString();
    private static final int YEAR = HELD_ON.getYear();
    private static final int QUARTER = Quarters.of(HELD_ON);

    private UUID meeting(UUID cellId, MeetingStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = new Meeting();
            m.organization = Organization.findById(cellId);
            m.type = MeetingType.REGULAR;
            m.mode = MeetingMode.IN_PERSON;
            m.scheduledStart = HELD_AT;
            if (status == MeetingStatus.HELD || status == MeetingStatus.APPROVED) {
                m.actualStart = HELD_AT;
                m.actualEnd = HELD_AT.plus(100, ChronoUnit.MINUTES);
            }
            m.plannedDurationMinutes = 90;
            m.status = status;
            m.persist();
            return m.id;
        });
    }

    private void appoint(String username, UUID orgId, Role role) {
        QuarkusTransaction.requiringNew().run(() -> {
            Appointment a = new Appointment();
            a.username = username;
            a.organization = Organization.findById(orgId);
            a.role = role;
            a.validFrom = LocalDate.of(2020, 1, 1);
            a.persist();
        });
    }

    private static String unique(String prefix, int length) {
        return prefix + UUID.randomUUID().toString().substring(0, length);
    }

    /** A team of the commune led by a fresh leader with one more member; returns {teamId, leader, member}. */
    private String[] team(UUID commune) {
        String leader = unique("totruong.", 6);
        String member = unique("giamsat.", 6);
        String teamId = api().body(Map.of("name", "Tổ dự sinh hoạt số 1", "leaderUsername", leader,
                        "members", List.of(Map.of("username", member, "displayName", "Lò Văn Giám"))))
                .post("/api/v1/organizations/{id}/supervision-teams", commune).then().statusCode(201)
                .body("members.username", equalTo(List.of(leader, member))).body("version", equalTo(1))
                .extract().path("id");
        return new String[] {teamId, leader, member};
    }

    @Test
    void aTeamIsCreatedAndEditedAndItsLeaderIsAlwaysAMember() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(1, cells);
        String[] t = team(commune);
        api().body(Map.of("version", 1, "name", "Tổ 1 (đổi tên)", "leaderUsername", t[2],
                        "members", List.of(Map.of("username", t[1]), Map.of("username", t[2]), Map.of("username", t[2]))))
                .put("/api/v1/supervision-teams/{id}", t[0]).then().statusCode(200)
                .body("version", equalTo(2)).body("leaderUsername", equalTo(t[2]))
                .body("members.username", equalTo(List.of(t[1], t[2])));
        api().body(Map.of("version", 1, "name", "X", "leaderUsername", t[1], "members", List.of()))
                .put("/api/v1/supervision-teams/{id}", t[0]).then().statusCode(409).body("code", equalTo("version-conflict"));
        // Only the members change: the version still goes up, once.
        api().body(Map.of("version", 2, "name", "Tổ 1 (đổi tên)", "leaderUsername", t[2], "members", List.of()))
                .put("/api/v1/supervision-teams/{id}", t[0]).then().statusCode(200)
                .body("version", equalTo(3)).body("members.username", equalTo(List.of(t[2])));
        api().queryParam("size", 200).get("/api/v1/organizations/{id}/supervision-teams", org("LCH")).then().statusCode(200)
                .body("items.id", hasItem(t[0]));
        api().body(Map.of("name", "X", "leaderUsername", "x", "members", List.of()))
                .post("/api/v1/organizations/{id}/supervision-teams", cells.get(0)).then().statusCode(409)
                .body("code", equalTo("not-a-committee"));
        api().body(Map.of("name", "", "leaderUsername", "x", "members", List.of()))
                .post("/api/v1/organizations/{id}/supervision-teams", commune).then().statusCode(400);
    }

    @Test
    void monthlyAssignmentsStayInsideTheCommitteeAndWithinTheTeam() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(2, cells);
        String[] t = team(commune);
        String path = "/api/v1/supervision-teams/{id}/assignments/{month}";
        api().get(path, t[0], MONTH).then().statusCode(200).body("version", equalTo(0)).body("entries", hasSize(0));
        api().body(Map.of("version", 0, "entries", List.of(Map.of("username", t[2], "cellId", org("LCH-TP-TDP1").toString()))))
                .put(path, t[0], MONTH).then().statusCode(422).body("code", equalTo("assignment-outside-subtree"))
                .body("errors[0].field", equalTo("entries[0].cellId"));
        api().body(Map.of("version", 0, "entries", List.of(Map.of("username", t[2], "cellId", commune.toString()))))
                .put(path, t[0], MONTH).then().statusCode(422).body("code", equalTo("assignment-outside-subtree"));
        api().body(Map.of("version", 0, "entries", List.of(Map.of("username", "nguoi.ngoai", "cellId", cells.get(0).toString()))))
                .put(path, t[0], MONTH).then().statusCode(422).body("code", equalTo("assignment-not-team-member"))
                .body("errors[0].field", equalTo("entries[0].username"));
        api().get(path, t[0], "2026-13").then().statusCode(400).body("code", equalTo("malformed-month"));
        api().get(path, t[0], MONTH).then().statusCode(200).body("version", equalTo(0));

        // The leader assigns without any appointment of their own; a plain member reads but does not assign.
        Tokens.actAs(t[1]);
        api().body(Map.of("version", 0, "entries", List.of(Map.of("username", t[2], "cellId", cells.get(0).toString()))))
                .put(path, t[0], MONTH).then().statusCode(200).body("version", equalTo(1))
                .body("entries[0].cellId", equalTo(cells.get(0).toString())).body("entries[0].displayName", equalTo("Lò Văn Giám"));
        api().body(Map.of("version", 1, "entries", List.of(Map.of("username", t[2], "cellId", cells.get(1).toString()),
                        Map.of("username", t[1], "cellId", cells.get(1).toString()))))
                .put(path, t[0], MONTH).then().statusCode(200).body("version", equalTo(2)).body("entries", hasSize(2));
        Tokens.actAs(t[2]);
        api().get(path, t[0], MONTH).then().statusCode(200).body("entries", hasSize(2));
        api().body(Map.of("version", 2, "entries", List.of())).put(path, t[0], MONTH).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    void visitsAreRecordedByAssignedSupervisorsForMeetingsThatTookPlaceAndCountTowardsCoverage() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(2, cells);
        String[] t = team(commune);
        api().body(Map.of("version", 0, "entries", List.of(Map.of("username", t[2], "cellId", cells.get(0).toString()))))
                .put("/api/v1/supervision-teams/{id}/assignments/{month}", t[0], MONTH).then().statusCode(200);
        UUID held = meeting(cells.get(0), MeetingStatus.HELD);
        UUID planned = meeting(cells.get(0), MeetingStatus.PLANNED);
        UUID otherCell = meeting(cells.get(1), MeetingStatus.HELD);

        Tokens.actAs(t[2]);
        api().body(Map.of("comments", "Chuẩn bị tốt")).post("/api/v1/meetings/{id}/visits", planned).then()
                .statusCode(409).body("code", equalTo("visit-meeting-not-held"));
        api().body(Map.of("comments", "Chuẩn bị tốt", "problems", List.of("Thiếu sổ ghi biên bản", "Đảng viên đi làm ăn xa")))
                .post("/api/v1/meetings/{id}/visits", held).then().statusCode(201)
                .body("basis", equalTo("MONTHLY")).body("visitedOn", equalTo(HELD_ON.toString()))
                .body("problems", hasSize(2)).body("cellId", equalTo(cells.get(0).toString()));
        api().body(Map.of()).post("/api/v1/meetings/{id}/visits", held).then().statusCode(409)
                .body("code", equalTo("visit-duplicate"));
        // Not assigned to the other cell this month, and no appointment: outside the caller's scope.
        api().body(Map.of()).post("/api/v1/meetings/{id}/visits", otherCell).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));

        // Staff above the cell may record a visit too.
        Tokens.actAs("canbo.tinh", "staff");
        api().body(Map.of()).post("/api/v1/meetings/{id}/visits", meeting(cells.get(0), MeetingStatus.APPROVED)).then()
                .statusCode(201).body("basis", equalTo("STAFF"));

        api().get("/api/v1/organizations/{id}/supervision-coverage?year=" + YEAR + "&quarter=" + QUARTER, commune).then()
                .statusCode(200).body("requiredPerCell", equalTo(1))
                .body("totals.cells", equalTo(2)).body("totals.covered", equalTo(1)).body("totals.notCovered", equalTo(1))
                .body("totals.visits", equalTo(2))
                .body("cells.find { it.organizationId == '" + cells.get(0) + "' }.covered", equalTo(true))
                .body("cells.find { it.organizationId == '" + cells.get(0) + "' }.supervisors", equalTo(List.of(t[2])))
                .body("cells.find { it.organizationId == '" + cells.get(0) + "' }.visitors", equalTo(List.of("canbo.tinh", t[2])))
                .body("cells.find { it.organizationId == '" + cells.get(1) + "' }.covered", equalTo(false));
        int previousQuarter = QUARTER == 1 ? 4 : QUARTER - 1;
        int previousYear = QUARTER == 1 ? YEAR - 1 : YEAR;
        api().get("/api/v1/organizations/{id}/supervision-coverage?year=" + previousYear + "&quarter=" + previousQuarter,
                commune).then().statusCode(200).body("totals.covered", equalTo(0)).body("totals.visits", equalTo(0));
        api().get("/api/v1/organizations/{id}/supervision-coverage?quarter=5", commune).then().statusCode(400);
        api().get("/api/v1/organizations/{id}/visits", commune).then().statusCode(200).body("items.meetingId", hasItem(held.toString()));
        api().get("/api/v1/organizations/{id}/visits?from=2026-02-01&to=2026-01-01", commune).then().statusCode(400);
    }

    @Test
    void aStandingSupervisorVisitsButAMemberOfTheCellDoesNot() {
        UUID naKhoang = org("LCH-BL-NK");
        UUID held = meeting(naKhoang, MeetingStatus.HELD);
        Tokens.actAs("giamsat");
        api().body(Map.of("comments", "Sinh hoạt đúng quy trình")).post("/api/v1/meetings/{id}/visits", held).then()
                .statusCode(201).body("basis", equalTo("STANDING"));
        Tokens.actAs("dangvien.an");
        api().body(Map.of()).post("/api/v1/meetings/{id}/visits", held).then().statusCode(403)
                .body("code", equalTo("not-a-supervisor"));
        Tokens.actAs("bithu.an");
        api().body(Map.of()).post("/api/v1/meetings/{id}/visits", held).then().statusCode(403)
                .body("code", equalTo("not-a-supervisor"));
        api().get("/api/v1/organizations/{id}/visits", naKhoang).then().statusCode(200).body("items.meetingId", hasItem(held.toString()));
    }

    @Test
    void aSupervisorDraftsEditsAndSubmitsReportsFromTheirVisits() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(1, cells);
        String[] t = team(commune);
        api().body(Map.of("version", 0, "entries", List.of(Map.of("username", t[2], "cellId", cells.get(0).toString()))))
                .put("/api/v1/supervision-teams/{id}/assignments/{month}", t[0], MONTH).then().statusCode(200);
        UUID held = meeting(cells.get(0), MeetingStatus.HELD);
        LocalDate today = time.today();
        LocalDate annualDue = LocalDate.of(YEAR, 12, 10);
        LocalDate halfDue = LocalDate.of(YEAR, 6, 20);

        Tokens.actAs(t[2]);
        api().body(Map.of("problems", List.of("Thiếu sổ ghi biên bản"))).post("/api/v1/meetings/{id}/visits", held).then()
                .statusCode(201);
        String annual = api().body(Map.of("committeeId", commune.toString(), "year", YEAR, "kind", "ANNUAL"))
                .post("/api/v1/supervision-reports").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("visitCount", equalTo(1)).body("cellCount", equalTo(1))
                .body("problemCount", equalTo(1)).body("dueDate", equalTo(annualDue.toString()))
                .body("late", equalTo(today.isAfter(annualDue))).body("version", equalTo(1))
                .body("text", containsString("Thiếu sổ ghi biên bản")).extract().path("id");
        boolean visitInFirstHalf = HELD_ON.getMonthValue() <= 6;
        api().body(Map.of("committeeId", commune.toString(), "year", YEAR, "kind", "HALF_YEAR"))
                .post("/api/v1/supervision-reports").then().statusCode(201)
                .body("visitCount", equalTo(visitInFirstHalf ? 1 : 0)).body("dueDate", equalTo(halfDue.toString()))
                .body("late", equalTo(today.isAfter(halfDue)));
        api().body(Map.of("committeeId", commune.toString(), "year", YEAR, "kind", "ANNUAL"))
                .post("/api/v1/supervision-reports").then().statusCode(409).body("code", equalTo("report-exists"));
        apiEnglish().body(Map.of("committeeId", commune.toString(), "year", YEAR - 1, "kind", "ANNUAL"))
                .post("/api/v1/supervision-reports").then().statusCode(201).body("visitCount", equalTo(0))
                .body("late", equalTo(true)).body("text", containsString("None."));
        api().body(Map.of("committeeId", commune.toString(), "year", YEAR, "kind", "QUARTERLY"))
                .post("/api/v1/supervision-reports").then().statusCode(400);

        api().body(Map.of("version", 1, "text", "Báo cáo đã sửa")).put("/api/v1/supervision-reports/{id}", annual).then()
                .statusCode(200).body("text", equalTo("Báo cáo đã sửa")).body("version", equalTo(2));
        api().body(Map.of("version", 1, "text", "Cũ")).put("/api/v1/supervision-reports/{id}", annual).then()
                .statusCode(409).body("code", equalTo("version-conflict"));
        api().get("/api/v1/supervision-reports?committeeId=" + commune + "&year=" + YEAR).then().statusCode(200)
                .body("items.id", hasItem(annual)).body("items.author", not(hasItem("canbo.tinh")));

        Tokens.actAs("canbo.tinh", "staff");
        api().body(Map.of("version", 2, "text", "Sửa hộ")).put("/api/v1/supervision-reports/{id}", annual).then()
                .statusCode(403).body("code", equalTo("not-report-author"));
        api().body(Map.of("version", 2)).post("/api/v1/supervision-reports/{id}/submission", annual).then()
                .statusCode(403).body("code", equalTo("not-report-author"));

        Tokens.actAs(t[2]);
        api().body(Map.of("version", 2)).post("/api/v1/supervision-reports/{id}/submission", annual).then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("late", equalTo(today.isAfter(annualDue)));
        api().body(Map.of("version", 3, "text", "Muộn")).put("/api/v1/supervision-reports/{id}", annual).then()
                .statusCode(409).body("code", equalTo("report-submitted"));
        api().body(Map.of("version", 3)).post("/api/v1/supervision-reports/{id}/submission", annual).then()
                .statusCode(409).body("code", equalTo("report-submitted"));

        Tokens.actAs("canbo.tinh", "staff");
        api().get("/api/v1/supervision-reports?committeeId=" + commune + "&year=" + YEAR).then().statusCode(200)
                .body("items.id", hasItem(annual)).body("items.status", hasItem("SUBMITTED"));
        api().get("/api/v1/supervision-reports").then().statusCode(400);
    }

    @Test
    void aCommitteeMemberWithoutAStaffRoleReadsButManagesNothing() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(1, cells);
        String[] t = team(commune);
        UUID held = meeting(cells.get(0), MeetingStatus.HELD);
        String reader = unique("uyvien.", 6);
        appoint(reader, commune, Role.MEMBER);
        Tokens.actAs(reader);
        api().get("/api/v1/organizations/{id}/supervision-teams", commune).then().statusCode(200).body("items.id", hasItem(t[0]));
        api().get("/api/v1/organizations/{id}/supervision-coverage", commune).then().statusCode(200);
        api().body(Map.of("name", "X", "leaderUsername", reader, "members", List.of()))
                .post("/api/v1/organizations/{id}/supervision-teams", commune).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().body(Map.of("version", 0, "entries", List.of())).put("/api/v1/supervision-teams/{id}/assignments/{month}",
                t[0], MONTH).then().statusCode(403).body("code", equalTo("not-permitted"));
        api().body(Map.of()).post("/api/v1/meetings/{id}/visits", held).then().statusCode(403)
                .body("code", equalTo("not-a-supervisor"));
    }

    @Test
    void aCallerFromOutsideTheSubtreeIsRefusedOnEverySupervisionEndpoint() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(1, cells);
        String[] t = team(commune);
        UUID held = meeting(cells.get(0), MeetingStatus.HELD);
        Tokens.actAs(t[1]);
        String report = api().body(Map.of("committeeId", commune.toString(), "year", YEAR, "kind", "ANNUAL"))
                .post("/api/v1/supervision-reports").then().statusCode(201).extract().path("id");
        for (String outsider : List.of("canbo.xa", "bithu.binh", "giamsat")) {
            Tokens.actAs(outsider, "staff");
            // Forming teams is for STAFF and INTEGRATION (x-roles): other roles are refused by role before scope.
            String refusal = outsider.equals("canbo.xa") ? "out-of-scope" : "not-permitted";
            api().body(Map.of("name", "X", "leaderUsername", "x", "members", List.of()))
                    .post("/api/v1/organizations/{id}/supervision-teams", commune).then().statusCode(403)
                    .body("code", equalTo(refusal));
            api().body(Map.of("version", 1, "name", "X", "leaderUsername", "x", "members", List.of()))
                    .put("/api/v1/supervision-teams/{id}", t[0]).then().statusCode(403).body("code", equalTo(refusal));
            List<Response> responses = List.of(
                    api().get("/api/v1/organizations/{id}/supervision-teams", commune),
                    api().get("/api/v1/supervision-teams/{id}/assignments/{month}", t[0], MONTH),
                    api().body(Map.of("version", 0, "entries", List.of()))
                            .put("/api/v1/supervision-teams/{id}/assignments/{month}", t[0], MONTH),
                    api().body(Map.of()).post("/api/v1/meetings/{id}/visits", held),
                    api().get("/api/v1/organizations/{id}/visits", commune),
                    api().get("/api/v1/organizations/{id}/supervision-coverage", commune),
                    api().body(Map.of("committeeId", commune.toString(), "year", YEAR, "kind", "HALF_YEAR"))
                            .post("/api/v1/supervision-reports"),
                    api().get("/api/v1/supervision-reports?committeeId=" + commune),
                    api().body(Map.of("version", 1, "text", "x")).put("/api/v1/supervision-reports/{id}", report),
                    api().body(Map.of("version", 1)).post("/api/v1/supervision-reports/{id}/submission", report));
            for (Response response : responses) response.then().statusCode(403).body("code", equalTo("out-of-scope"));
        }
    }
}
