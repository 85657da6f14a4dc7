package vn.chibo.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.alert.AlertService;
import vn.chibo.organization.Organization;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * Alerts reach the people who must act: the daily run's new alerts of a cell go to its secretary, once, as one
 * notice listing them; a cell not visited goes to its supervisor too; nobody outside hears of them.
 */
@QuarkusTest
class AlertNoticeTest extends ApiTest {
    @Inject
    AlertService alerts;

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private static String noticeAbout(UUID cell) {
        return "items.find { it.kind == 'ALERTS_RAISED' && it.objectId == '" + cell + "' }";
    }

    private void appoint(String username, String role, UUID org) {
        api().body(Map.of("username", username, "organizationId", org.toString(), "role", role,
                "validFrom", time.today().minusMonths(1).toString())).post("/api/v1/appointments").then().statusCode(201);
    }

    @Test
    void aRunsNewAlertsReachTheSecretaryOnceAndTheSupervisorOfTheCellNotVisited() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        CellFixture otherCell = CellFixture.create(committee);
        String suffix = cell.cellId.toString().substring(0, 6);
        String secretary = "bithu.alert." + suffix;
        String supervisor = "giamsat.alert." + suffix;
        String otherSecretary = "bithu.other." + suffix;
        appoint(secretary, "SECRETARY", cell.cellId);
        appoint(otherSecretary, "SECRETARY", otherCell.cellId);
        LocalDate day = time.today();
        api().body(Map.of("supervisorUsername", supervisor, "cellId", cell.cellId.toString(),
                "validFrom", day.minusMonths(1).toString())).post("/api/v1/supervision-assignments").then().statusCode(201);
        String path = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(committee).path);

        // December is the last month of the quarter: a cell without a visit this quarter is alerted (CELL_NOT_VISITED).
        alerts.compute(path, day);

        Tokens.actAs(secretary, "secretary");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body(noticeAbout(cell.cellId) + ".title", containsString("cảnh báo mới"))
                .body(noticeAbout(cell.cellId) + ".body", containsString("chưa có cấp ủy viên cấp trên dự sinh hoạt"))
                .body(noticeAbout(cell.cellId) + ".link",
                        equalTo("http://localhost:3000/organizations/" + cell.cellId + "/alerts"))
                .body(noticeAbout(cell.cellId) + ".readAt", nullValue())
                .body(noticeAbout(otherCell.cellId), nullValue());
        Tokens.actAs(supervisor, "member");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body(noticeAbout(cell.cellId) + ".kind", equalTo("ALERTS_RAISED"));
        // The other cell's secretary hears of their own cell only.
        Tokens.actAs(otherSecretary, "secretary");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body("items.objectId", hasItem(otherCell.cellId.toString()))
                .body("items.objectId", not(hasItem(cell.cellId.toString())));

        // The same alerts the next run: nothing new, nothing sent again.
        alerts.compute(path, day);
        Tokens.actAs(secretary, "secretary");
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body("items.findAll { it.kind == 'ALERTS_RAISED' }.size()", equalTo(1));
    }
}
