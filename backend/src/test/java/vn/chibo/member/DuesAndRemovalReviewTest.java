package vn.chibo.member;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.alert.AlertService;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** Party dues recorded by the cell, and BR-H6's alert from skipped meetings and unpaid dues (today 2026-12-06). */
@QuarkusTest
class DuesAndRemovalReviewTest extends ApiTest {
    @Inject
    AlertService alerts;

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private UUID committee() {
        return TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
    }

    private static Map<String, Object> line(UUID member, String status, String reason) {
        Map<String, Object> line = new HashMap<>();
        line.put("memberId", member.toString());
        line.put("status", status);
        if (reason != null) line.put("reason", reason);
        return line;
    }

    private static Map<String, Object> sheet(long version, List<Map<String, Object>> lines) {
        return Map.of("version", version, "lines", lines);
    }

    private void dues(UUID cell, String month, UUID member, String status) {
        long version = ((Number) api().get("/api/v1/organizations/{id}/dues/{month}", cell, month).then().statusCode(200)
                .extract().path("version")).longValue();
        api().body(sheet(version, List.of(line(member, status, null))))
                .put("/api/v1/organizations/{id}/dues/{month}", cell, month).then().statusCode(200);
    }

    @Test
    void aCellRecordsAMonthsDuesInOneCallAndAStaleCopyIsRefused() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(committee());
        api().get("/api/v1/organizations/{id}/dues/2026-11", c.cellId).then().statusCode(200)
                .body("version", equalTo(0)).body("lines.memberId", hasItem(c.an.toString()))
                .body("lines.find { it.memberId == '" + c.an + "' }.status", nullValue());

        api().body(sheet(0, List.of(line(c.an, "PAID", null), line(c.binh, "UNPAID", null),
                        line(c.exempt, "EXEMPT", "Hoàn cảnh khó khăn"))))
                .put("/api/v1/organizations/{id}/dues/2026-11", c.cellId).then().statusCode(200)
                .body("version", equalTo(1)).body("recordedBy", equalTo("canbo.xa"))
                .body("lines.find { it.memberId == '" + c.binh + "' }.status", equalTo("UNPAID"))
                .body("lines.find { it.memberId == '" + c.exempt + "' }.reason", equalTo("Hoàn cảnh khó khăn"));
        // Based on version 0 again: someone saved in between.
        api().body(sheet(0, List.of(line(c.binh, "PAID", null))))
                .put("/api/v1/organizations/{id}/dues/2026-11", c.cellId).then().statusCode(409)
                .body("code", equalTo("version-conflict"));
        api().body(sheet(1, List.of(line(c.binh, "PAID", null))))
                .put("/api/v1/organizations/{id}/dues/2026-11", c.cellId).then().statusCode(200)
                .body("version", equalTo(2)).body("lines.find { it.memberId == '" + c.binh + "' }.status", equalTo("PAID"))
                .body("lines.find { it.memberId == '" + c.an + "' }.status", equalTo("PAID"));
        api().get("/api/v1/audit?organizationId={id}&size=50", c.cellId).then().statusCode(200)
                .body("items.entityType", hasItem("DuesMonth"));
    }

    @Test
    void badDuesGetAProblemNamingTheField() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        CellFixture c = CellFixture.create(committee);
        api().body(sheet(0, List.of(line(c.an, "PAID", null)))).put("/api/v1/organizations/{id}/dues/2027-01", c.cellId)
                .then().statusCode(400).body("errors[0].field", equalTo("month"))
                .body("errors[0].message", equalTo("Tháng 2027-01 chưa đến, chưa thể ghi đảng phí."));
        api().body(sheet(0, List.of(line(c.an, "EXEMPT", " ")))).put("/api/v1/organizations/{id}/dues/2026-11", c.cellId)
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].reason"))
                .body("errors[0].message", equalTo("Miễn đóng đảng phí phải ghi lý do."));
        api().body(sheet(0, List.of(line(c.an, "PAID", null), line(c.an, "UNPAID", null))))
                .put("/api/v1/organizations/{id}/dues/2026-11", c.cellId).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[1].memberId"));
        UUID stranger = CellFixture.create(committee).an;
        api().body(sheet(0, List.of(line(stranger, "PAID", null)))).put("/api/v1/organizations/{id}/dues/2026-11", c.cellId)
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].memberId"))
                .body("errors[0].message", equalTo("Người này không sinh hoạt tại chi bộ trong tháng 2026-11."));
        api().body(sheet(0, List.of(Map.of("memberId", c.an.toString(), "status", "SOMETIMES"))))
                .put("/api/v1/organizations/{id}/dues/2026-11", c.cellId).then().statusCode(400);
        api().get("/api/v1/organizations/{id}/dues/2026-13", c.cellId).then().statusCode(400)
                .body("code", equalTo("malformed-month"));
        api().get("/api/v1/organizations/{id}/dues/2026-11", committee).then().statusCode(400)
                .body("code", equalTo("dues-not-a-cell"));
    }

    @Test
    void aSecretaryOfAnotherCellCannotReadOrRecordDues() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(committee());
        Tokens.actAs("bithu.binh", "secretary");
        api().get("/api/v1/organizations/{id}/dues/2026-11", c.cellId).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().body(sheet(0, List.of(line(c.an, "PAID", null)))).put("/api/v1/organizations/{id}/dues/2026-11", c.cellId)
                .then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @DisplayName("BR-H6 two months of skipped meetings or unpaid dues raise nothing, the third raises a warning naming the member and the months")
    void brH6_theThirdMonthOfSkippedMeetingsOrUnpaidDuesIsAlertedToTheCell() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = committee();
        Map<String, Object> rules = PolicyBodies.basic(committee, "2020-01-01");
        rules.put("removalReviewMonths", 3);
        api().body(rules).post("/api/v1/policies").then().statusCode(201).body("removalReviewMonths", equalTo(3));
        CellFixture c = CellFixture.create(committee);
        String path = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(committee).path);
        String name = api().get("/api/v1/members/{id}", c.an).then().extract().path("fullName");

        // September: skipped without reason, and dues unpaid too (one month); October: dues unpaid;
        // November: absent with reason (a good reason does not count).
        UUID september = c.schedule("REGULAR", OffsetDateTime.of(2026, 9, 15, 19, 30, 0, 0, ZoneOffset.ofHours(7)));
        CellFixture.attend(september, c.an, "ABSENT_UNEXCUSED");
        dues(c.cellId, "2026-09", c.an, "UNPAID");
        dues(c.cellId, "2026-10", c.an, "UNPAID");
        UUID november = c.schedule("REGULAR", OffsetDateTime.of(2026, 11, 15, 19, 30, 0, 0, ZoneOffset.ofHours(7)));
        CellFixture.attend(november, c.an, "ABSENT_EXCUSED");
        alerts.compute(path, time.today());
        api().get("/api/v1/organizations/{id}/alerts?kind=MEMBER_REMOVAL_REVIEW", c.cellId).then().statusCode(200)
                .body("total", equalTo(0));

        dues(c.cellId, "2026-11", c.an, "UNPAID");
        alerts.compute(path, time.today());
        api().get("/api/v1/organizations/{id}/alerts?kind=MEMBER_REMOVAL_REVIEW", c.cellId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].severity", equalTo("WARNING"))
                .body("items[0].period", equalTo("2026"))
                .body("items[0].message", containsString(name + ": 09, 10, 11/2026"))
                .body("items[0].message", containsString("đề nghị xóa tên"));
        // The cell's secretary sees it among the cell's alerts; a paid month resolves it.
        dues(c.cellId, "2026-10", c.an, "PAID");
        alerts.compute(path, time.today());
        api().get("/api/v1/organizations/{id}/alerts?kind=MEMBER_REMOVAL_REVIEW", c.cellId).then().body("total", equalTo(0));
    }
}
