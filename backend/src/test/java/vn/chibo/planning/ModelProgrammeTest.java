package vn.chibo.planning;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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

/** The model-meeting rule at its threshold, the refusals, appraisal, lessons and who may do what. */
@QuarkusTest
class ModelProgrammeTest extends ApiTest {
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int YEAR = TestClock.TODAY.getYear();

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A fresh commune committee under the province with that many cells, built as province staff. */
    private UUID commune(int cells, List<UUID> cellIds) {
        Tokens.actAs("canbo.tinh", "staff");
        return TreeFixture.commune(org("LCH"), cells, cellIds);
    }


    private static Map<String, Object> pick(UUID cell, String kind) {
        return Map.of("cellId", cell.toString(), "kind", kind, "invitees", List.of("CELL_MEMBERS", "CELL_SECRETARIES"));
    }

    private Response save(UUID committee, long version, List<Map<String, Object>> selections) {
        return api().body(Map.of("version", version, "selections", selections))
                .put("/api/v1/organizations/{id}/model-programmes/{year}", committee, YEAR);
    }

    private UUID meeting(UUID cellId, MeetingStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = new Meeting();
            m.organization = Organization.findById(cellId);
            m.type = MeetingType.TOPICAL;
            m.mode = MeetingMode.IN_PERSON;
            m.scheduledStart = time.now().minus(5, ChronoUnit.HOURS);
            if (status == MeetingStatus.HELD) {
                m.actualStart = m.scheduledStart;
                m.actualEnd = m.scheduledStart.plus(120, ChronoUnit.MINUTES);
            }
            m.plannedDurationMinutes = 90;
            m.status = status;
            m.persist();
            return m.id;
        });
    }

    @Test
    void brP6_sevenCellsNeedOneModelMeetingOfEitherKindAndAnEighthCellMakesItTwoOfBothKinds() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(7, cells);
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("version", equalTo(0)).body("id", nullValue()).body("quarter", equalTo(1))
                .body("subordinateCellCount", equalTo(7)).body("requiredCount", equalTo(1))
                .body("bothKindsRequired", equalTo(false))
                .body("warnings.code", equalTo(List.of("model-too-few-cells")));

        save(commune, 0, List.of(pick(cells.get(0), "TOPICAL"))).then().statusCode(200)
                .body("version", equalTo(1)).body("warnings", empty())
                .body("selections[0].cellId", equalTo(cells.get(0).toString()))
                .body("selections[0].invitees", equalTo(List.of("CELL_MEMBERS", "CELL_SECRETARIES")));

        cells.add(TreeFixture.cell(commune));
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("subordinateCellCount", equalTo(8)).body("requiredCount", equalTo(2))
                .body("bothKindsRequired", equalTo(true))
                .body("warnings.code", equalTo(List.of("model-too-few-cells")));

        save(commune, 1, List.of(pick(cells.get(0), "REGULAR"), pick(cells.get(7), "REGULAR"))).then().statusCode(200)
                .body("version", equalTo(2)).body("warnings.code", equalTo(List.of("model-kinds-mismatch")));
        apiEnglish().body(Map.of("version", 2, "quarter", 2, "selections",
                        List.of(pick(cells.get(0), "REGULAR"), pick(cells.get(7), "TOPICAL"))))
                .put("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("version", equalTo(3)).body("quarter", equalTo(2)).body("warnings", empty());
    }

    @Test
    void aClosedOrNonCellOrganisationIsNotCounted() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(8, cells);
        UUID closed = cells.get(7);
        QuarkusTransaction.requiringNew().run(() -> {
            Organization o = Organization.findById(closed);
            o.validTo = time.today().minusDays(1);
        });
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("subordinateCellCount", equalTo(7)).body("requiredCount", equalTo(1));
    }

    @Test
    void cellsOutsideTheSubtreeAreRefusedAndNothingChanges() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(2, cells);
        UUID elsewhere = org("LCH-TP-TDP1");
        save(commune, 0, List.of(pick(cells.get(0), "REGULAR"), pick(elsewhere, "TOPICAL"))).then().statusCode(422)
                .body("code", equalTo("model-cell-outside")).body("errors[0].field", equalTo("selections[1].cellId"));
        save(commune, 0, List.of(pick(commune, "REGULAR"))).then().statusCode(422)
                .body("code", equalTo("model-cell-outside"));
        save(commune, 0, List.of(pick(cells.get(0), "REGULAR"), pick(cells.get(0), "TOPICAL"))).then().statusCode(422)
                .body("code", equalTo("model-cell-twice"));
        UUID otherCellsMeeting = meeting(cells.get(1), MeetingStatus.PLANNED);
        Map<String, Object> linked = new HashMap<>(pick(cells.get(0), "REGULAR"));
        linked.put("meetingId", otherCellsMeeting.toString());
        save(commune, 0, List.of(linked)).then().statusCode(422).body("code", equalTo("model-meeting-other-cell"))
                .body("errors[0].field", equalTo("selections[0].meetingId"));
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("version", equalTo(0)).body("selections", empty());

        save(commune, 0, List.of(pick(cells.get(0), "REGULAR"))).then().statusCode(200);
        save(commune, 0, List.of(pick(cells.get(1), "REGULAR"))).then().statusCode(409)
                .body("code", equalTo("version-conflict")).body("currentVersion", equalTo(1));
        api().body(Map.of("version", 1, "quarter", 5, "selections", List.of()))
                .put("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(400);
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, 1999).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", cells.get(0), YEAR).then().statusCode(409)
                .body("code", equalTo("not-a-committee"));
    }

    @Test
    void brP6_theContentIsAppraisedBeforeAndLessonsAreSharedWithTheOtherCellsAndReportedUp() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(3, cells);
        UUID planned = meeting(cells.get(0), MeetingStatus.PLANNED);
        Map<String, Object> linked = new HashMap<>(pick(cells.get(0), "TOPICAL"));
        linked.put("meetingId", planned.toString());
        String selection = save(commune, 0, List.of(linked)).then().statusCode(200)
                .body("selections[0].meetingStatus", equalTo("PLANNED")).extract().path("selections[0].id");

        api().body(Map.of("version", 1, "text", "Nội dung chuyên đề phù hợp, đề nghị bổ sung phần liên hệ thực tế."))
                .post("/api/v1/model-selections/{id}/appraisal", selection).then().statusCode(200)
                .body("version", equalTo(2)).body("selections[0].appraisal.by", equalTo("canbo.tinh"));
        api().body(Map.of("version", 2, "strengths", "Đúng quy trình"))
                .put("/api/v1/model-selections/{id}/lessons", selection).then().statusCode(409)
                .body("code", equalTo("model-meeting-not-held"));

        UUID held = meeting(cells.get(0), MeetingStatus.HELD);
        linked.put("meetingId", held.toString());
        int heldQuarter = (time.now().minus(5, ChronoUnit.HOURS).atZone(VIETNAM).getMonthValue() - 1) / 3 + 1;
        api().body(Map.of("version", 2, "quarter", heldQuarter % 4 + 1, "selections", List.of(linked)))
                .put("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("warnings.code", equalTo(List.of("model-meeting-outside-quarter", "model-lessons-missing")));
        api().body(Map.of("version", 3, "quarter", heldQuarter, "selections", List.of(linked)))
                .put("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("version", equalTo(4)).body("warnings.code", equalTo(List.of("model-lessons-missing")))
                .body("selections[0].id", equalTo(selection))
                .body("selections[0].appraisal.text", equalTo("Nội dung chuyên đề phù hợp, đề nghị bổ sung phần liên hệ thực tế."));
        String cellName = apiEnglish().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then()
                .statusCode(200).extract().path("selections[0].cellName");
        apiEnglish().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then()
                .body("warnings[0].message", equalTo("The model meeting of the cell \"" + cellName
                        + "\" has taken place but no lessons learned (strengths, weaknesses, actions) are recorded."));
        api().body(Map.of("version", 4)).put("/api/v1/model-selections/{id}/lessons", selection).then()
                .statusCode(400).body("errors[0].field", equalTo("strengths"));
        api().body(Map.of("version", 4, "strengths", "Đúng quy trình, tỷ lệ phát biểu 30%",
                        "weaknesses", "Kết luận chưa rõ thời hạn", "actions", "Các chi bộ áp dụng từ quý II"))
                .put("/api/v1/model-selections/{id}/lessons", selection).then().statusCode(200)
                .body("version", equalTo(5)).body("selections[0].lessons.actions", equalTo("Các chi bộ áp dụng từ quý II"))
                .body("warnings", empty());

        // Shared down: another cell of the committee reads them; reported up: the province reads them.
        api().get("/api/v1/organizations/{id}/model-lessons?size=200&year=" + YEAR, cells.get(2)).then().statusCode(200)
                .body("items.selectionId", hasItem(selection)).body("items.find { it.selectionId == '" + selection + "' }.cellId",
                        equalTo(cells.get(0).toString()));
        api().get("/api/v1/organizations/{id}/model-lessons?size=200&year=" + YEAR, org("LCH")).then().statusCode(200)
                .body("items.selectionId", hasItem(selection));
        api().get("/api/v1/organizations/{id}/model-lessons?size=200&year=" + (YEAR - 1), commune).then().statusCode(200)
                .body("items.selectionId", not(hasItem(selection)));
        // A cell of another committee does not see them.
        api().get("/api/v1/organizations/{id}/model-lessons?size=200&year=" + YEAR, org("LCH-TP-TDP1")).then().statusCode(200)
                .body("items.selectionId", not(hasItem(selection)));
    }

    @Test
    void aCommitteeMemberWithoutAStaffRoleReadsButDoesNotEdit() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(1, cells);
        QuarkusTransaction.requiringNew().run(() -> {
            Appointment a = new Appointment();
            a.username = "uyvien.thu";
            a.organization = Organization.findById(commune);
            a.role = Role.MEMBER;
            a.validFrom = LocalDate.of(2020, 1, 1);
            a.persist();
        });
        Tokens.actAs("uyvien.thu");
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200);
        save(commune, 0, List.of(pick(cells.get(0), "REGULAR"))).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
    }

    @Test
    void aCallerFromOutsideTheSubtreeIsRefusedOnEveryModelEndpoint() {
        List<UUID> cells = new ArrayList<>();
        UUID commune = commune(1, cells);
        String selection = save(commune, 0, List.of(pick(cells.get(0), "REGULAR"))).then().statusCode(200)
                .extract().path("selections[0].id");
        for (String outsider : List.of("canbo.xa", "bithu.binh", "giamsat")) {
            Tokens.actAs(outsider, "staff");
            List<Response> reads = List.of(
                    api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR),
                    api().get("/api/v1/organizations/{id}/model-lessons", cells.get(0)));
            for (Response response : reads) response.then().statusCode(403).body("code", equalTo("out-of-scope"));
            // Writes are for STAFF and INTEGRATION (x-roles): other roles are refused by role before scope.
            String refusal = outsider.equals("canbo.xa") ? "out-of-scope" : "not-permitted";
            List<Response> writes = List.of(
                    save(commune, 1, List.of(pick(cells.get(0), "TOPICAL"))),
                    api().body(Map.of("version", 1, "text", "x")).post("/api/v1/model-selections/{id}/appraisal", selection),
                    api().body(Map.of("version", 1, "strengths", "x")).put("/api/v1/model-selections/{id}/lessons", selection));
            for (Response response : writes) response.then().statusCode(403).body("code", equalTo(refusal));
        }
        Tokens.actAs("canbo.tinh", "staff");
        api().get("/api/v1/organizations/{id}/model-programmes/{year}", commune, YEAR).then().statusCode(200)
                .body("version", equalTo(1)).body("selections", hasSize(1));
    }
}
