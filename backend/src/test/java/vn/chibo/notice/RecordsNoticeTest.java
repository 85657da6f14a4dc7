package vn.chibo.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/** BR-R5: publishing a meeting's final records sends them to the committee above and tells the cell. */
@QuarkusTest
class RecordsNoticeTest extends NoticeApiTest {

    private static String about(UUID meeting) {
        return "items.find { it.objectId == '" + meeting + "' && it.kind == 'MEETING_RECORDS' }";
    }

    @Test
    @DisplayName("BR-R5 publishing the records sends them to the upper committee's staff, the supervisors and the members, once")
    void brR5_publishingTheRecordsReachesTheUpperCommitteeTheSupervisorsAndTheMembers() {
        Tokens.actAs("canbo.xa", "staff");
        CellFixture c = CellFixture.create(org("LCH-BL"));
        String suffix = c.cellId.toString().substring(0, 6);
        String cellName = QuarkusTransaction.requiringNew().call(() -> organizations.findById(c.cellId).name);
        String supervisor = "giamsat.r5." + suffix;
        api().body(Map.of("supervisorUsername", supervisor, "cellId", c.cellId.toString(), "validFrom", "2025-01-01"))
                .post("/api/v1/supervision-assignments").then().statusCode(201);
        String memberLogin = "dangvien.r5." + suffix;
        String memberAddress = "dangvien.r5." + suffix + "@chibo.example";
        api().body(Map.of("fullName", "Lường Văn Năm " + suffix, "gender", "MALE", "admissionDate", "2000-01-01",
                        "officialDate", "2001-01-02", "organizationId", c.cellId.toString(), "joinedOn", "2020-01-01",
                        "username", memberLogin, "email", memberAddress))
                .post("/api/v1/members").then().statusCode(201);
        OffsetDateTime start = CellFixture.hoursAgo(5);
        UUID meeting = c.schedule("REGULAR", start);
        for (UUID member : List.of(c.an, c.binh, c.cuong, c.probationary)) CellFixture.attend(meeting, member, "PRESENT");
        CellFixture.hold(meeting, start, 120);

        // Held but not yet published: nobody is told.
        api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200).body(about(meeting), nullValue());

        for (int i = 0; i < 2; i++) { // published once; the second call changes nothing and sends nothing
            api().body(Map.of("version", CellFixture.version(meeting))).post("/api/v1/meetings/{id}/publication", meeting)
                    .then().statusCode(200);
        }

        // The commune's staff are the cell's upper committee; the supervisor and the member read it in their inbox.
        for (String recipient : List.of("canbo.xa", supervisor, memberLogin)) {
            Tokens.actAs(recipient, "member");
            api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                    .body(about(meeting) + ".title", containsString(cellName + ": biên bản, nghị quyết"))
                    .body(about(meeting) + ".body", containsString("gửi cấp ủy cấp trên"))
                    .body(about(meeting) + ".link", equalTo("http://localhost:3000/meetings/" + meeting + "/minutes"))
                    .body("items.findAll { it.objectId == '" + meeting + "' && it.kind == 'MEETING_RECORDS' }.size()",
                            equalTo(1));
        }
        // The member is e-mailed too, at the member record's address.
        assertEquals(NoticeDelivery.Status.QUEUED, QuarkusTransaction.requiringNew().call(() ->
                NoticeDelivery.getEntityManager().createQuery("select d.status from NoticeDelivery d, Notice n"
                                + " where d.noticeId = n.id and n.objectId = :m and n.kind = :kind and d.address = :a",
                                NoticeDelivery.Status.class)
                        .setParameter("m", meeting).setParameter("kind", NoticeKind.MEETING_RECORDS)
                        .setParameter("a", memberAddress).getSingleResult()));
        // Another cell's secretary and the province (not the cell's upper committee) are not told.
        for (String outsider : List.of("bithu.binh", "canbo.tinh")) {
            Tokens.actAs(outsider, "member");
            api().queryParam("size", 200).get("/api/v1/me/notices").then().statusCode(200)
                    .body(about(meeting), nullValue());
        }
    }
}
