package vn.chibo.planning;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.alert.AlertService;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** BR-P7 over the API: the secretary ticks artefacts, committee staff read the subtree's checklist, the alert after the due day. */
@QuarkusTest
class ArtefactChecklistTest extends ApiTest {
    @Inject
    AlertService alerts;

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private UUID committee() {
        return TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
    }

    private void tick(UUID cell, int year, String kind) {
        api().body(Map.of("adoptedOn", "2026-12-01", "reference", "01-CTr/CB"))
                .put("/api/v1/organizations/{id}/artefacts/{year}/{kind}", cell, year, kind).then().statusCode(200)
                .body("kind", equalTo(kind)).body("year", equalTo(year));
    }

    /** A profile of the committee from 2020 with that artefact checklist. */
    private io.restassured.response.ValidatableResponse issue(UUID committee, Map<String, Object> checklist) {
        Map<String, Object> rules = PolicyBodies.basic(committee, "2020-01-01");
        rules.put("artefactChecklist", checklist);
        return api().body(rules).post("/api/v1/policies").then();
    }

    @Test
    void aCommitteeSeesItsCellsArtefactsPagedWithCountsPerKind() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        UUID first = TreeFixture.cell(committee);
        UUID second = TreeFixture.cell(committee);
        UUID third = TreeFixture.cell(committee);
        for (String kind : List.of("WORK_PROGRAMME", "INSPECTION_PROGRAMME", "TASK_ASSIGNMENT", "MEMBER_COMMITMENTS")) {
            tick(first, 2026, kind);
        }
        tick(second, 2026, "WORK_PROGRAMME");
        tick(third, 2025, "WORK_PROGRAMME");

        api().get("/api/v1/organizations/{id}/artefact-checklist?year=2026&size=2", committee).then().statusCode(200)
                .body("cells", equalTo(3)).body("completeCells", equalTo(1)).body("total", equalTo(3))
                .body("items", hasSize(2)).body("expected", hasSize(4)).body("due", equalTo("2026-03-31"))
                .body("counts.find { it.kind == 'WORK_PROGRAMME' }.cells", equalTo(2))
                .body("counts.find { it.kind == 'TASK_ASSIGNMENT' }.cells", equalTo(1));
        api().get("/api/v1/organizations/{id}/artefact-checklist?year=2026", second).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].level", equalTo("WARN"))
                .body("items[0].artefacts[0].reference", equalTo("01-CTr/CB"))
                .body("items[0].missing", equalTo(List.of("INSPECTION_PROGRAMME", "TASK_ASSIGNMENT", "MEMBER_COMMITMENTS")));

        api().delete("/api/v1/organizations/{id}/artefacts/{year}/{kind}", second, 2026, "WORK_PROGRAMME").then()
                .statusCode(204);
        api().delete("/api/v1/organizations/{id}/artefacts/{year}/{kind}", second, 2026, "WORK_PROGRAMME").then()
                .statusCode(404);
        api().get("/api/v1/organizations/{id}/artefact-checklist?year=2026", committee).then()
                .body("counts.find { it.kind == 'WORK_PROGRAMME' }.cells", equalTo(1));
        api().get("/api/v1/audit?organizationId={id}&size=50", second).then().statusCode(200)
                .body("items.entityType", hasItem("CellArtefact"));
    }

    @Test
    void badArtefactsGetAProblemNamingTheField() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        UUID cell = TreeFixture.cell(committee);
        api().body(Map.of("adoptedOn", "2026-12-07")).put("/api/v1/organizations/{id}/artefacts/2026/WORK_PROGRAMME", cell)
                .then().statusCode(400).body("errors[0].field", equalTo("adoptedOn"));
        api().body(Map.of("adoptedOn", "2026-12-01")).put("/api/v1/organizations/{id}/artefacts/2028/WORK_PROGRAMME", cell)
                .then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("Năm phải từ 2000 đến 2027."));
        api().body(Map.of("adoptedOn", "2026-12-01")).put("/api/v1/organizations/{id}/artefacts/2026/WORK_PROGRAMME", committee)
                .then().statusCode(400).body("code", equalTo("artefact-not-a-cell"));
        api().body(Map.of()).put("/api/v1/organizations/{id}/artefacts/2026/WORK_PROGRAMME", cell).then().statusCode(400)
                .body("errors[0].field", equalTo("adoptedOn"));
        api().get("/api/v1/organizations/{id}/artefact-checklist?year=1999", committee).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        api().get("/api/v1/organizations/{id}/artefact-checklist?size=201", committee).then().statusCode(400);
    }

    @Test
    void aSecretaryOfAnotherCellCannotReadOrTickArtefacts() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        UUID cell = TreeFixture.cell(committee);
        tick(cell, 2026, "WORK_PROGRAMME");
        Tokens.actAs("bithu.binh", "secretary");
        api().get("/api/v1/organizations/{id}/artefact-checklist", committee).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().body(Map.of("adoptedOn", "2026-12-01")).put("/api/v1/organizations/{id}/artefacts/2026/TASK_ASSIGNMENT", cell)
                .then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().delete("/api/v1/organizations/{id}/artefacts/2026/WORK_PROGRAMME", cell).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @DisplayName("BR-P7 a cell missing an expected artefact is warned the day after the policy's due day, not on it")
    void brP7_missingArtefactsAreWarnedAfterThePolicysDueDay() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        issue(committee, Map.of("kinds", List.of("WORK_PROGRAMME", "TASK_ASSIGNMENT"), "due", "03-31")).statusCode(201)
                .body("artefactChecklist.kinds", equalTo(List.of("WORK_PROGRAMME", "TASK_ASSIGNMENT")));
        UUID cell = TreeFixture.cell(committee);
        String path = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(committee).path);
        tick(cell, 2027, "WORK_PROGRAMME");

        alerts.compute(path, LocalDate.of(2027, 3, 31));
        api().get("/api/v1/organizations/{id}/alerts?kind=ARTEFACTS_MISSING", cell).then().statusCode(200)
                .body("total", equalTo(0));
        alerts.compute(path, LocalDate.of(2027, 4, 1));
        api().get("/api/v1/organizations/{id}/alerts?kind=ARTEFACTS_MISSING", cell).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].severity", equalTo("WARNING"))
                .body("items[0].period", equalTo("2027"))
                .body("items[0].message", equalTo("Năm 2027 chi bộ còn thiếu văn bản đầu nhiệm kỳ, hằng năm (chương trình công tác,"
                        + " chương trình kiểm tra giám sát, phân công nhiệm vụ, cam kết của đảng viên): thiếu 1/2."));
        tick(cell, 2027, "TASK_ASSIGNMENT");
        alerts.compute(path, LocalDate.of(2027, 4, 1));
        api().get("/api/v1/organizations/{id}/alerts?kind=ARTEFACTS_MISSING", cell).then().body("total", equalTo(0));
    }

    @Test
    @DisplayName("BR-P7 a term artefact ticked in any year of its term is kept for the term's first year and counts for every year of it")
    void brP7_aTermArtefactCountsForEveryYearOfItsTerm() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        issue(committee, Map.of("kinds", List.of("MEMBER_COMMITMENTS"), "due", "03-31",
                "termKinds", List.of("WORK_PROGRAMME", "INSPECTION_PROGRAMME"), "termStartYear", 2025, "termYears", 5))
                .statusCode(201)
                .body("artefactChecklist.termKinds", equalTo(List.of("WORK_PROGRAMME", "INSPECTION_PROGRAMME")))
                .body("artefactChecklist.termStartYear", equalTo(2025)).body("artefactChecklist.termYears", equalTo(5));
        UUID cell = TreeFixture.cell(committee);
        api().body(Map.of("adoptedOn", "2026-12-01")).put("/api/v1/organizations/{id}/artefacts/2026/WORK_PROGRAMME", cell)
                .then().statusCode(200).body("year", equalTo(2025));
        tick(cell, 2026, "MEMBER_COMMITMENTS");

        String path = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(committee).path);
        alerts.compute(path, LocalDate.of(2026, 12, 6));
        api().get("/api/v1/organizations/{id}/artefact-checklist?year=2026", committee).then().statusCode(200)
                .body("expected", equalTo(List.of("MEMBER_COMMITMENTS")))
                .body("term.startYear", equalTo(2025)).body("term.endYear", equalTo(2029))
                .body("term.expected", equalTo(List.of("WORK_PROGRAMME", "INSPECTION_PROGRAMME")))
                .body("term.due", equalTo("2025-03-31"))
                .body("items[0].missing", equalTo(List.of("INSPECTION_PROGRAMME"))).body("items[0].level", equalTo("WARN"));
        api().get("/api/v1/organizations/{id}/alerts?kind=ARTEFACTS_MISSING", cell).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].message", org.hamcrest.Matchers.endsWith("thiếu 1/3."));

        tick(cell, 2025, "INSPECTION_PROGRAMME");
        api().get("/api/v1/organizations/{id}/artefact-checklist?year=2027", committee).then().statusCode(200)
                .body("items[0].missing", equalTo(List.of("MEMBER_COMMITMENTS")))
                .body("completeCells", equalTo(0));
        api().get("/api/v1/organizations/{id}/artefact-checklist?year=2026", committee).then().statusCode(200)
                .body("items[0].level", equalTo("COMPLETE")).body("completeCells", equalTo(1));

        issue(committee(), Map.of("kinds", List.of("WORK_PROGRAMME"), "due", "03-31", "termKinds", List.of("WORK_PROGRAMME")))
                .statusCode(400)
                .body("errors[0].field", equalTo("artefactChecklist.termKinds"));
    }
}
