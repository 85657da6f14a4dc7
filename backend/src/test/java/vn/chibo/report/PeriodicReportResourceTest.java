package vn.chibo.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.alert.AlertService;
import vn.chibo.member.Member;
import vn.chibo.member.Position;
import vn.chibo.member.PositionHeld;
import vn.chibo.organization.Organization;
import vn.chibo.security.Appointment;
import vn.chibo.security.Role;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** Periodic reports (BR-S2): figures from the dashboard, drafting, submission, revisions, PDF, overview, alerts, scope. */
@QuarkusTest
class PeriodicReportResourceTest extends ApiTest {
    @Inject
    AlertService alerts;

    @AfterEach
    void resetToken() {
        Tokens.reset();
    }

    private JsonPath create(UUID org, String kind, String period) {
        return api().body(Map.of("kind", kind, "period", period)).post("/api/v1/organizations/{id}/periodic-reports", org)
                .then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> update(long version, String results) {
        Map<String, Object> sections = new HashMap<>();
        sections.put("documentNumber", "12-BC/ĐU");
        sections.put("place", "Bình Lư");
        sections.put("results", results);
        sections.put("shortcomings", "Một số chi bộ sinh hoạt chưa đúng ngày.");
        sections.put("causes", "Đảng viên đi làm ăn xa.");
        sections.put("lessons", "Chuẩn bị nội dung sớm.");
        sections.put("directions", "Duy trì sinh hoạt định kỳ.");
        return Map.of("version", version, "sections", sections);
    }

    private void issuePolicy(UUID issuer, int quarterlyDueDays) {
        Map<String, Object> body = PolicyBodies.basic(issuer, "2026-01-01");
        body.put("reportDeadlines", Map.of("quarterlyDueDays", quarterlyDueDays, "halfYearDue", "06-20",
                "annualDue", "12-10", "modelMeetingDueDays", 15));
        api().body(body).post("/api/v1/policies").then().statusCode(201)
                .body("reportDeadlines.quarterlyDueDays", equalTo(quarterlyDueDays));
    }

    private String pathOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(id).path);
    }

    @Test
    void aDraftShowsTheDashboardFiguresIsEditedSubmittedFrozenAndResubmittedAsANewRevision() {
        Tokens.actAs("canbo.xa", "staff");
        UUID commune = org("LCH-BL");
        JsonPath draft = create(commune, "QUARTERLY", "2026-Q3");
        String id = draft.getString("id");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(0, draft.getInt("revision"));
        assertNull(draft.get("signature"), "a draft is not signed yet");
        Map<String, Object> dashboard = api().get("/api/v1/organizations/{id}/dashboard?period=2026-Q3", commune).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(dashboard, draft.getMap("figures.dashboard"), "the figures are the dashboard's for the period");
        assertTrue(draft.getInt("figures.dashboard.cells") > 0);

        api().body(Map.of("kind", "QUARTERLY", "period", "2026-Q3")).post("/api/v1/organizations/{id}/periodic-reports", commune)
                .then().statusCode(409).body("code", equalTo("report-exists"));
        long v0 = draft.getLong("version");
        long v1 = api().body(update(v0, "Các chi bộ sinh hoạt đều đặn.")).put("/api/v1/periodic-reports/{id}", id).then()
                .statusCode(200).body("sections.results", equalTo("Các chi bộ sinh hoạt đều đặn.")).extract().jsonPath()
                .getLong("version");
        api().body(update(v0, "Stale")).put("/api/v1/periodic-reports/{id}", id).then().statusCode(409)
                .body("code", equalTo("version-conflict"));

        JsonPath submitted = api().body(Map.of("version", v1)).post("/api/v1/periodic-reports/{id}/submission", id).then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("revision", equalTo(1))
                .body("submittedBy", equalTo("canbo.xa")).body("figures.asOf", equalTo(time.today().toString()))
                // the commune keeps no posts and its staff is not its secretary: signed under the body's line alone
                .body("signature.role", nullValue()).body("signature.name", notNullValue())
                .extract().jsonPath();
        long v2 = submitted.getLong("version");
        api().body(update(v2, "Sửa sau khi gửi")).put("/api/v1/periodic-reports/{id}", id).then().statusCode(409)
                .body("code", equalTo("report-submitted"));
        api().body(Map.of("version", v2)).post("/api/v1/periodic-reports/{id}/submission", id).then().statusCode(409)
                .body("code", equalTo("report-submitted"));
        api().body(Map.of("version", v2)).post("/api/v1/periodic-reports/{id}/resubmission", id).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        api().body(Map.of("version", v2, "reason", " ")).post("/api/v1/periodic-reports/{id}/resubmission", id).then()
                .statusCode(400).body("errors.field", hasItem("reason"));

        api().body(Map.of("version", v2, "reason", "Bổ sung kết quả tháng 9", "sections",
                        Map.of("results", "Các chi bộ sinh hoạt đều đặn; bổ sung tháng 9.")))
                .post("/api/v1/periodic-reports/{id}/resubmission", id).then().statusCode(200)
                .body("revision", equalTo(2)).body("status", equalTo("SUBMITTED"))
                .body("sections.results", equalTo("Các chi bộ sinh hoạt đều đặn; bổ sung tháng 9."))
                .body("sections.lessons", equalTo("Chuẩn bị nội dung sớm."));
        api().get("/api/v1/periodic-reports/{id}/revisions", id).then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(2))
                .body("items[0].revision", equalTo(1)).body("items[0].reason", nullValue())
                .body("items[0].sections.results", equalTo("Các chi bộ sinh hoạt đều đặn."))
                .body("items[1].revision", equalTo(2)).body("items[1].reason", equalTo("Bổ sung kết quả tháng 9"))
                .body("items[0].figures.dashboard.cells", equalTo(draft.getInt("figures.dashboard.cells")));
        api().get("/api/v1/organizations/{id}/periodic-reports?kind=QUARTERLY", commune).then().statusCode(200)
                .body("items.id", hasItem(id));
        api().get("/api/v1/audit?organizationId={o}&entityId={e}", commune, id).then().statusCode(200)
                .body("items.action", hasItem("CREATE")).body("items.action", hasItem("UPDATE"))
                .body("items.action", hasItem("SUBMIT")).body("items.action", hasItem("RESUBMIT"));
    }

    @Test
    void thePdfIsAPartyReportWithTitleCommitteeSectionsAndFigures() throws Exception {
        Tokens.actAs("canbo.xa", "staff");
        UUID grassroots = TreeFixture.committee(org("LCH-BL"), "DANG_BO_CO_SO", "XA");
        String name = api().get("/api/v1/organizations/{id}", grassroots).then().extract().path("name");
        JsonPath draft = create(grassroots, "ANNUAL", "2026");
        api().body(update(draft.getLong("version"), "Hoàn thành chỉ tiêu sinh hoạt."))
                .put("/api/v1/periodic-reports/{id}", draft.getString("id")).then().statusCode(200);
        Response pdf = api().accept("application/pdf").get("/api/v1/periodic-reports/{id}/report.pdf", draft.getString("id"));
        pdf.then().statusCode(200).contentType("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "TỔNG KẾT CÔNG TÁC SINH HOẠT CHI BỘ NĂM 2026",
                    name, "Số 12-BC/ĐU", "KẾT QUẢ ĐẠT ĐƯỢC", "Hoàn thành chỉ tiêu sinh hoạt.", "HẠN CHẾ", "NGUYÊN NHÂN",
                    "BÀI HỌC KINH NGHIỆM", "PHƯƠNG HƯỚNG NHIỆM VỤ", "Số chi bộ", "T/M ĐẢNG ỦY")) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            // The committee keeps no posts and the caller is its staff, not its secretary: no post is claimed.
            assertTrue(!text.contains("BÍ THƯ") && text.contains("canbo.xa"), text);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Appointment a = new Appointment();
            a.username = "canbo.xa";
            a.organization = Organization.findById(grassroots);
            a.role = Role.SECRETARY;
            a.validFrom = time.today().minusYears(1);
            a.persist();
        });
        assertTrue(pdfText(draft.getString("id")).matches("(?s).*T/M ĐẢNG ỦY\\s*\nBÍ THƯ.*"), "the appointed secretary signs");
    }

    /**
     * The signature block names the cell's secretary of the day the report was sent, whoever sent it, and stays with
     * that revision: a new secretary signs the next revision, the one already sent keeps its signer.
     */
    @Test
    void aSubmittedReportIsSignedByTheSecretaryOfTheDayItWasSentAndKeepsThatSigner() throws Exception {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture cell = CellFixture.create(org("LCH-BL"));
        api().body(Map.of("version", memberVersion(cell.an), "organizationId", cell.cellId.toString(),
                "position", "SECRETARY", "validFrom", "2025-08-01")).post("/api/v1/members/{id}/positions", cell.an)
                .then().statusCode(200);
        String an = api().get("/api/v1/members/{id}", cell.an).then().extract().path("fullName");
        String binh = api().get("/api/v1/members/{id}", cell.binh).then().extract().path("fullName");
        JsonPath draft = create(cell.cellId, "QUARTERLY", "2026-Q3");
        String id = draft.getString("id");
        long v1 = api().body(update(draft.getLong("version"), "Chi bộ sinh hoạt đủ 3 tháng."))
                .put("/api/v1/periodic-reports/{id}", id).then().statusCode(200).extract().jsonPath().getLong("version");
        api().get("/api/v1/periodic-reports/{id}", id).then().statusCode(200).body("signature", nullValue());
        long v2 = api().body(Map.of("version", v1)).post("/api/v1/periodic-reports/{id}/submission", id).then()
                .statusCode(200).body("signature.role", equalTo("SECRETARY")).body("signature.name", equalTo(an))
                .extract().jsonPath().getLong("version");
        String sent = pdfText(id);
        assertTrue(sent.matches("(?s).*T/M CHI (BỘ|ỦY)\\s*\nBÍ THƯ\\s*\n.*") && sent.contains(an)
                && !sent.contains("canbo.xa"), sent);

        // Bình takes over as secretary today: the report already sent is still signed by An.
        QuarkusTransaction.requiringNew().run(() -> {
            PositionHeld old = PositionHeld.<PositionHeld>find("member.id = ?1 and position = ?2", cell.an,
                    Position.SECRETARY).firstResult();
            old.validTo = time.today().minusDays(1);
            PositionHeld next = new PositionHeld();
            next.member = Member.findById(cell.binh);
            next.organization = old.organization;
            next.position = Position.SECRETARY;
            next.validFrom = time.today();
            next.persist();
        });
        assertTrue(pdfText(id).contains(an), "the signer is kept with the revision sent");
        api().get("/api/v1/periodic-reports/{id}", id).then().statusCode(200).body("signature.name", equalTo(an));
        api().body(Map.of("version", v2, "reason", "Sửa phần hạn chế", "sections", Map.of("shortcomings", "Chưa có.")))
                .post("/api/v1/periodic-reports/{id}/resubmission", id).then().statusCode(200)
                .body("signature.role", equalTo("SECRETARY")).body("signature.name", equalTo(binh));
        api().get("/api/v1/periodic-reports/{id}/revisions", id).then().statusCode(200)
                .body("items.signature.name", equalTo(List.of(an, binh)))
                .body("items.signature.role", equalTo(List.of("SECRETARY", "SECRETARY")));
        String resent = pdfText(id);
        assertTrue(resent.contains(binh) && !resent.contains(an), resent);
        List<String> signers = QuarkusTransaction.requiringNew().call(() -> ReportRevision.<ReportRevision>list(
                "reportId = ?1 order by revision", UUID.fromString(id)).stream().map(v -> v.signature.name).toList());
        assertEquals(List.of(an, binh), signers);
    }

    private long memberVersion(UUID member) {
        return api().get("/api/v1/members/{id}", member).then().extract().jsonPath().getLong("version");
    }

    private String pdfText(String id) throws Exception {
        Response pdf = api().accept("application/pdf").get("/api/v1/periodic-reports/{id}/report.pdf", id);
        pdf.then().statusCode(200);
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void brS2_theUpperCommitteeSeesOnTimeLateMissingAndNotDueByThePolicyDueDay() {
        Tokens.actAs("canbo.xa", "staff");
        UUID upper = TreeFixture.committee(org("LCH-BL"), "DANG_BO_CAP_TREN_CO_SO", "XA");
        // 2026-09-30 + 67 days is today: submitted today is just in time; 66 days makes yesterday the due day.
        issuePolicy(upper, 67);
        UUID onTime = TreeFixture.committee(upper, "DANG_BO_CO_SO", "XA");
        UUID late = TreeFixture.committee(upper, "DANG_BO_CO_SO", "XA");
        issuePolicy(late, 66);
        UUID missing = TreeFixture.committee(upper, "DANG_BO_CO_SO", "XA");
        issuePolicy(missing, 66);
        UUID notDue = TreeFixture.committee(upper, "DANG_BO_CO_SO", "XA");
        UUID cell = TreeFixture.cell(upper);

        String onTimeId = create(onTime, "QUARTERLY", "2026-Q3").getString("id");
        assertEquals(time.today().toString(), api().get("/api/v1/periodic-reports/{id}", onTimeId).then().extract().path("dueDate"));
        api().body(Map.of("version", 0)).post("/api/v1/periodic-reports/{id}/submission", onTimeId).then().statusCode(200)
                .body("late", equalTo(false)).body("dueDate", equalTo(time.today().toString()));
        String lateId = create(late, "QUARTERLY", "2026-Q3").getString("id");
        api().body(Map.of("version", 0)).post("/api/v1/periodic-reports/{id}/submission", lateId).then().statusCode(200)
                .body("late", equalTo(true)).body("dueDate", equalTo(time.today().minusDays(1).toString()));
        create(missing, "QUARTERLY", "2026-Q3");

        api().get("/api/v1/organizations/{id}/report-submissions?kind=QUARTERLY&period=2026-Q3", upper).then()
                .statusCode(200).body("total", equalTo(4))
                .body("counts.submitted", equalTo(1)).body("counts.late", equalTo(1))
                .body("counts.missing", equalTo(1)).body("counts.notDue", equalTo(1))
                .body("items.find { it.organizationId == '" + onTime + "' }.status", equalTo("SUBMITTED"))
                .body("items.find { it.organizationId == '" + late + "' }.status", equalTo("LATE"))
                .body("items.find { it.organizationId == '" + missing + "' }.status", equalTo("MISSING"))
                .body("items.find { it.organizationId == '" + missing + "' }.reportStatus", equalTo("DRAFT"))
                .body("items.find { it.organizationId == '" + notDue + "' }.status", equalTo("NOT_DUE"))
                .body("items.organizationId", not(hasItem(cell.toString())));
        api().get("/api/v1/organizations/{id}/report-submissions?kind=QUARTERLY&period=2026-Q3&status=MISSING&size=1", upper)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].organizationId", equalTo(missing.toString()))
                .body("counts.submitted", equalTo(1));
        api().get("/api/v1/periodic-reports/{id}", lateId).then().statusCode(200).body("recipientId", equalTo(upper.toString()));

        alerts.compute(pathOf(upper), time.today());
        api().get("/api/v1/organizations/{id}/alerts?kind=REPORT_LATE&size=200", missing).then().statusCode(200)
                .body("items.find { it.period == '2026-Q3' }.severity", equalTo("WARNING"))
                .body("items.find { it.period == '2026-Q3' }.message", notNullValue());
        api().get("/api/v1/organizations/{id}/alerts?kind=REPORT_LATE&size=200", late).then().statusCode(200)
                .body("items.find { it.period == '2026-Q3' }.severity", equalTo("INFO"));
        api().get("/api/v1/organizations/{id}/alerts?kind=REPORT_LATE&size=200", onTime).then().statusCode(200)
                .body("items.period", not(hasItem("2026-Q3")));
        api().get("/api/v1/organizations/{id}/alerts?kind=REPORT_LATE&size=200", notDue).then().statusCode(200)
                .body("items.period", not(hasItem("2026-Q3")));
    }

    @Test
    void badParametersAreRefusedWith400NamingThem() {
        Tokens.actAs("canbo.xa", "staff");
        UUID commune = org("LCH-BL");
        for (Map<String, Object> body : List.of(Map.<String, Object>of("kind", "QUARTERLY", "period", "2026"),
                Map.<String, Object>of("kind", "QUARTERLY", "period", "2027-Q1"),
                Map.<String, Object>of("kind", "HALF_YEAR", "period", "2026-H2"))) {
            api().body(body).post("/api/v1/organizations/{id}/periodic-reports", commune).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("period"));
        }
        api().body(Map.of("kind", "MONTHLY", "period", "2026")).post("/api/v1/organizations/{id}/periodic-reports", commune)
                .then().statusCode(400);
        String base = "/api/v1/organizations/{id}/report-submissions";
        api().get(base + "?kind=WEEKLY&period=2026", commune).then().statusCode(400).body("errors.field", hasItem("kind"));
        api().get(base + "?period=2026", commune).then().statusCode(400).body("errors.field", hasItem("kind"));
        api().get(base + "?kind=ANNUAL&period=2030", commune).then().statusCode(400).body("errors.field", hasItem("period"));
        api().get(base + "?kind=ANNUAL&period=2026&status=LOST", commune).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        api().get(base + "?kind=ANNUAL&period=2026&size=201", commune).then().statusCode(400);
        api().get(base + "?kind=ANNUAL&period=2026&colour=red", commune).then().statusCode(400)
                .body("errors.field", hasItem("colour"));
        api().get("/api/v1/organizations/{id}/periodic-reports?kind=SOMETIMES", commune).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        api().get("/api/v1/organizations/{id}/periodic-reports?size=500", commune).then().statusCode(400);
        api().get("/api/v1/periodic-reports/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void callersOutsideTheSubtreeAreRefusedOnEveryEndpoint() {
        Tokens.actAs("canbo.xa", "staff");
        UUID grassroots = TreeFixture.committee(org("LCH-BL"), "DANG_BO_CO_SO", "XA");
        JsonPath draft = create(grassroots, "HALF_YEAR", "2026-H1");
        String id = draft.getString("id");
        Tokens.actAs("bithu.binh", "secretary");
        for (Response r : List.of(
                api().get("/api/v1/organizations/{id}/periodic-reports", grassroots),
                api().body(Map.of("kind", "ANNUAL", "period", "2026")).post("/api/v1/organizations/{id}/periodic-reports", grassroots),
                api().get("/api/v1/organizations/{id}/report-submissions?kind=ANNUAL&period=2026", grassroots),
                api().get("/api/v1/periodic-reports/{id}", id),
                api().body(update(0, "x")).put("/api/v1/periodic-reports/{id}", id),
                api().body(Map.of("version", 0)).post("/api/v1/periodic-reports/{id}/submission", id),
                api().body(Map.of("version", 0, "reason", "x")).post("/api/v1/periodic-reports/{id}/resubmission", id),
                api().get("/api/v1/periodic-reports/{id}/revisions", id),
                api().accept("application/pdf").get("/api/v1/periodic-reports/{id}/report.pdf", id))) {
            r.then().statusCode(403).body("code", equalTo("out-of-scope"));
        }
        Tokens.actAs("canbo.xa", "staff");
        api().get("/api/v1/periodic-reports/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void theUpperCommitteeSeesASubordinatesDraftInItsOverviewAndList() {
        Tokens.actAs("canbo.xa", "staff");
        UUID grassroots = TreeFixture.committee(org("LCH-BL"), "DANG_BO_CO_SO", "XA");
        String id = create(grassroots, "ANNUAL", "2026").getString("id");
        api().get("/api/v1/organizations/{id}/report-submissions?kind=ANNUAL&period=2026", org("LCH-BL")).then()
                .statusCode(200).body("items.organizationId", hasItem(grassroots.toString()));
        api().get("/api/v1/organizations/{id}/periodic-reports", grassroots).then().statusCode(200)
                .body("items[0].id", equalTo(id));
    }
}
