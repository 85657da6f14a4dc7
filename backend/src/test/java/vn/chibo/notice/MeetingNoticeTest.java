package vn.chibo.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/** BR-M3: a notified meeting reaches each expected member and the cell's supervisor, in their own inbox only. */
@QuarkusTest
class MeetingNoticeTest extends NoticeApiTest {

    /** Bí thư An schedules a topical meeting of Nà Khoang and notifies it; returns its id. */
    private UUID notifiedMeeting(OffsetDateTime start) {
        return notifiedMeeting("TOPICAL", start, "Nhà văn hóa bản Nà Khoang");
    }

    private static String noticeOf(UUID meeting) {
        return "items.find { it.objectId == '" + meeting + "' }";
    }

    @Test
    void brM3_aNotifiedMeetingIsInTheMemberAndSupervisorInboxesWithDateTimePlaceAndLink() {
        OffsetDateTime start = CellFixture.hoursAgo(-50);
        UUID meeting = notifiedMeeting(start);
        String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(start);
        String hour = DateTimeFormatter.ofPattern("HH:mm").format(start);

        for (String reader : List.of("dangvien.an", "giamsat")) {
            Tokens.actAs(reader, "member");
            api().queryParam("unread", true).queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                    .body(noticeOf(meeting) + ".kind", equalTo("MEETING_NOTICE"))
                    .body(noticeOf(meeting) + ".objectType", equalTo("MEETING"))
                    .body(noticeOf(meeting) + ".title", containsString("Chi bộ bản Nà Khoang"))
                    .body(noticeOf(meeting) + ".title", containsString(day))
                    .body(noticeOf(meeting) + ".body", containsString(hour + " ngày " + day))
                    .body(noticeOf(meeting) + ".body", containsString("Nhà văn hóa bản Nà Khoang"))
                    .body(noticeOf(meeting) + ".body", containsString("sinh hoạt chuyên đề"))
                    .body(noticeOf(meeting) + ".link", equalTo("http://localhost:3000/meetings/" + meeting))
                    .body(noticeOf(meeting) + ".readAt", nullValue());
        }
    }

    @Test
    void readingANoticeLowersTheUnreadCountAndOnlyItsRecipientMayReadIt() {
        UUID meeting = notifiedMeeting(CellFixture.hoursAgo(-52));
        Tokens.actAs("dangvien.an", "member");
        String id = api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .extract().path(noticeOf(meeting) + ".id");
        long unread = ((Number) api().get("/api/v1/me/notices/unread-count").then().statusCode(200)
                .extract().path("unread")).longValue();

        // Another person, even a secretary of the same commune, cannot see or mark it: as if it did not exist.
        Tokens.actAs("bithu.binh", "secretary");
        api().post("/api/v1/me/notices/{id}/read", id).then().statusCode(404).body("code", equalTo("not-found"));
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        Tokens.actAs("dangvien.an", "member");
        api().post("/api/v1/me/notices/{id}/read", id).then().statusCode(200).body("readAt", notNullValue());
        String readAt = api().post("/api/v1/me/notices/{id}/read", id).then().statusCode(200).extract().path("readAt");
        api().get("/api/v1/me/notices/unread-count").then().statusCode(200).body("unread", equalTo((int) unread - 1));
        api().queryParam("unread", true).queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.readAt", equalTo(readAt));
    }

    @Test
    void theNoticeIsQueuedForEMailToTheMemberAddressInTheSameTransaction() {
        UUID meeting = notifiedMeeting(CellFixture.hoursAgo(-54));
        List<String> addresses = QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.getEntityManager()
                // The demo members' addresses: other tests add members with addresses of their own to the same cell.
                .createQuery("select d.address from NoticeDelivery d, Notice n where d.noticeId = n.id and n.objectId = :m"
                        + " and d.status = :queued and d.address like '%@chibo.example' order by d.address", String.class)
                .setParameter("m", meeting).setParameter("queued", NoticeDelivery.Status.QUEUED).getResultList());
        assertEquals(List.of("bithu_an@chibo.example", "dangvien_an@chibo.example"), addresses);
    }

    @Test
    void aMemberWhoChoosesTheInboxOnlyGetsNoEMail() {
        Tokens.actAs("dangvien.an", "member");
        long version = ((Number) api().get("/api/v1/me/notice-preferences").then().statusCode(200)
                .body("emailAddress", equalTo("dangvien_an@chibo.example")).extract().path("version")).longValue();
        api().body(Map.of("version", version + 5, "email", false)).put("/api/v1/me/notice-preferences").then()
                .statusCode(409).body("code", equalTo("version-conflict"));
        api().body(Map.of("version", version, "email", "yes")).put("/api/v1/me/notice-preferences").then().statusCode(400);
        api().body(Map.of("version", version, "email", false)).put("/api/v1/me/notice-preferences").then()
                .statusCode(200).body("email", equalTo(false));
        try {
            UUID meeting = notifiedMeeting(CellFixture.hoursAgo(-56));
            long mailed = QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.getEntityManager().createQuery(
                            "select count(d) from NoticeDelivery d, Notice n where d.noticeId = n.id and n.objectId = :m"
                                    + " and n.username = 'dangvien.an'", Long.class)
                    .setParameter("m", meeting).getSingleResult());
            assertEquals(0, mailed, "no e-mail for a member who chose the inbox only");
            Tokens.actAs("dangvien.an", "member");
            api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                    .body(noticeOf(meeting) + ".kind", equalTo("MEETING_NOTICE"));
        } finally {
            Tokens.actAs("dangvien.an", "member");
            long current = ((Number) api().get("/api/v1/me/notice-preferences").then().extract().path("version")).longValue();
            api().body(Map.of("version", current, "email", true)).put("/api/v1/me/notice-preferences").then()
                    .statusCode(200).body("email", equalTo(true));
        }
    }

    @Test
    void aMemberWithoutALoginIsReachedByEMailAtTheAddressOfTheMemberRecord() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture cell = CellFixture.create(org("LCH-BL"));
        String address = "khongtaikhoan." + cell.cellId.toString().substring(0, 6) + "@example.vn";
        long version = ((Number) api().get("/api/v1/members/{id}", cell.binh).then().statusCode(200)
                .extract().path("version")).longValue();
        api().body(Map.of("version", version, "email", "not an address")).patch("/api/v1/members/{id}", cell.binh)
                .then().statusCode(400).body("errors[0].field", containsString("email"));
        api().body(Map.of("version", version, "email", address)).patch("/api/v1/members/{id}", cell.binh).then()
                .statusCode(200).body("email", equalTo(address));
        UUID meeting = cell.schedule("TOPICAL", CellFixture.hoursAgo(-58));
        api().body(Map.of("version", CellFixture.version(meeting))).post("/api/v1/meetings/{id}/notify", meeting)
                .then().statusCode(200);

        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.getEntityManager().createQuery(
                        "select n.username, n.email, d.status from Notice n, NoticeDelivery d where d.noticeId = n.id"
                                + " and n.objectId = :m", Object[].class)
                .setParameter("m", meeting).getResultList());
        assertEquals(1, rows.size(), "the only member with an address; the others have neither login nor address");
        assertEquals(null, rows.get(0)[0]);
        assertEquals(address, rows.get(0)[1]);
        assertEquals(NoticeDelivery.Status.QUEUED, rows.get(0)[2]);
    }

    @Test
    void withoutASignInTheInboxIsRefused() {
        Tokens.reset();
        api().get("/api/v1/me/notices").then().statusCode(401);
        api().get("/api/v1/me/notices/unread-count").then().statusCode(401);
        api().get("/api/v1/me/notice-preferences").then().statusCode(401);
    }
}
