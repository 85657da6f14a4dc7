package vn.chibo.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/**
 * BR-P4: a sent monthly schedule reaches the cells' supervisors and the committee above, in their inbox, and they can
 * open it and the meetings in it; a supervisor elsewhere still cannot.
 */
@QuarkusTest
class ScheduleNoticeTest extends NoticeApiTest {
    private static final String MONTH = "2027-03";
    /** The other test's month: each sends its own, so neither depends on which runs first. */
    private static final String OTHER_MONTH = "2027-05";
    /** The month of the e-mail test. */
    private static final String MAIL_MONTH = "2027-11";

    @Test
    void brP4_theSupervisorsAndTheUpperCommitteeReceiveAndReadTheSentScheduleAndItsMeetings() {
        UUID commune = org("LCH-BL");
        Tokens.actAs("canbo.xa", "staff");
        CellFixture cell = CellFixture.create(commune);
        UUID meeting = cell.schedule("REGULAR", OffsetDateTime.of(2027, 3, 10, 19, 30, 0, 0, ZoneOffset.ofHours(7)));

        // Before it is sent, the supervisor of two other cells of the commune reads neither.
        Tokens.actAs("giamsat", "supervisor");
        api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", commune, MONTH).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(403).body("code", equalTo("out-of-scope"));

        Tokens.actAs("canbo.xa", "staff");
        api().post("/api/v1/organizations/{id}/monthly-schedules/{m}/sending", commune, MONTH).then().statusCode(200)
                .body("recipients.find { it.username == 'giamsat' }.reason", equalTo("SUPERVISOR"))
                .body("recipients.find { it.username == 'canbo.tinh' }.reason", equalTo("UPPER_COMMITTEE"));

        String notice = "items.find { it.kind == 'MONTHLY_SCHEDULE' && it.link.endsWith('" + commune + "/monthly-schedule?month="
                + MONTH + "') }";
        for (String recipient : List.of("giamsat", "canbo.tinh")) {
            Tokens.actAs(recipient, "member");
            api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                    .body(notice + ".title", containsString("Đảng bộ xã Bình Lư"))
                    .body(notice + ".title", containsString("03/2027"))
                    .body(notice + ".objectType", equalTo("MONTHLY_SCHEDULE"));
        }

        Tokens.actAs("giamsat", "supervisor");
        api().queryParam("size", 200).get("/api/v1/organizations/{id}/monthly-schedules/{m}", commune, MONTH).then()
                .statusCode(200).body("entries.meetingId", hasItem(meeting.toString()));
        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200).body("id", equalTo(meeting.toString()));
        // Only what was sent: another month, or another commune's schedule, stays closed.
        api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", commune, "2027-04").then().statusCode(403);
        api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", org("LCH-TP"), MONTH).then().statusCode(403);
    }

    @Test
    void aSupervisorOfAnotherCommuneCannotReadTheSentScheduleOrItsMeetings() {
        UUID commune = org("LCH-BL");
        String elsewhere = "giamsat.tp." + UUID.randomUUID().toString().substring(0, 6);
        Tokens.actAs("canbo.tinh", "staff");
        api().body(Map.of("supervisorUsername", elsewhere, "cellId", org("LCH-TP-TDP1").toString(), "validFrom", "2025-01-01"))
                .post("/api/v1/supervision-assignments").then().statusCode(201);
        Tokens.actAs("canbo.xa", "staff");
        CellFixture cell = CellFixture.create(commune);
        UUID meeting = cell.schedule("REGULAR", OffsetDateTime.of(2027, 5, 12, 19, 30, 0, 0, ZoneOffset.ofHours(7)));
        api().post("/api/v1/organizations/{id}/monthly-schedules/{m}/sending", commune, OTHER_MONTH).then().statusCode(200);

        Tokens.actAs(elsewhere, "supervisor");
        api().get("/api/v1/organizations/{id}/monthly-schedules/{m}", commune, OTHER_MONTH).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body("items.findAll { it.kind == 'MONTHLY_SCHEDULE' }.size()", equalTo(0));
    }

    @Test
    void staffWithoutAMemberRecordAreEmailedAtTheAddressTheySignInWith() {
        UUID commune = org("LCH-BL");
        UUID province = QuarkusTransaction.requiringNew().call(() -> organizations.findById(commune).parentId);
        String staff = "canbo.tinh.mail." + UUID.randomUUID().toString().substring(0, 6);
        Tokens.actAs("admin", "admin");
        api().body(Map.of("username", staff, "organizationId", province.toString(), "role", "STAFF",
                "validFrom", "2025-01-01")).post("/api/v1/appointments").then().statusCode(201);

        // Signing in (the app reads /me) keeps the token's verified address; the login has no member record.
        Tokens.actAsWithEmail(staff, staff + "@chibo.example", "staff");
        api().get("/api/v1/me").then().statusCode(200).body("memberId", org.hamcrest.Matchers.nullValue());
        api().get("/api/v1/me/notice-preferences").then().statusCode(200)
                .body("email", equalTo(true)).body("emailAddress", equalTo(staff + "@chibo.example"));

        Tokens.actAs("canbo.xa", "staff");
        api().post("/api/v1/organizations/{id}/monthly-schedules/{m}/sending", commune, MAIL_MONTH).then()
                .statusCode(200).body("recipients.find { it.username == '" + staff + "' }.reason",
                        equalTo("UPPER_COMMITTEE"));
        assertEquals(List.of(NoticeDelivery.Status.QUEUED), deliveries(staff, staff + "@chibo.example"));

        // A changed address at the next sign-in is the one the next notice goes to.
        Tokens.actAsWithEmail(staff, staff + ".moi@chibo.example", "staff");
        api().get("/api/v1/me").then().statusCode(200);
        Tokens.actAs("canbo.xa", "staff");
        api().post("/api/v1/organizations/{id}/monthly-schedules/{m}/sending", commune, MAIL_MONTH).then().statusCode(200);
        assertEquals(List.of(NoticeDelivery.Status.QUEUED), deliveries(staff, staff + ".moi@chibo.example"));
    }

    private static List<NoticeDelivery.Status> deliveries(String username, String address) {
        return QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.getEntityManager().createQuery(
                        "select d.status from NoticeDelivery d, Notice n where d.noticeId = n.id and n.username = :u"
                                + " and n.kind = :kind and d.address = :a", NoticeDelivery.Status.class)
                .setParameter("u", username).setParameter("kind", NoticeKind.MONTHLY_SCHEDULE)
                .setParameter("a", address).getResultList());
    }
}
