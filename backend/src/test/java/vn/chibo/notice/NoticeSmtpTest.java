package vn.chibo.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.chibo.testing.CellFixture;

/**
 * "Sent" against a real SMTP server: the notice e-mail reaches MailDev (its REST API lists it) and the delivery
 * is recorded SENT. Runs only when a MailDev is given: -Dnotice-test.smtp-port=1025
 * -Dnotice-test.maildev-url=http://127.0.0.1:1080 (scripts/lib.sh start_maildev starts one).
 */
@QuarkusTest
@TestProfile(NoticeSmtpTest.RealSmtp.class)
@EnabledIfSystemProperty(named = "notice-test.smtp-port", matches = "\\d+")
class NoticeSmtpTest extends NoticeApiTest {

    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", System.getProperty("notice-test.smtp-port", "1025"));
        }
    }

    @Inject
    NoticeMailJob job;

    @Test
    void theNoticeEMailArrivesAtTheSmtpServer() {
        String place = "Nhà văn hóa " + UUID.randomUUID().toString().substring(0, 8);
        UUID meeting = notifiedMeeting("TOPICAL", CellFixture.hoursAgo(-80), place);
        job.sendDue(time.now());

        String status = QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.getEntityManager().createQuery(
                        "select d.status from NoticeDelivery d, Notice n where d.noticeId = n.id and n.objectId = :m"
                                + " and d.address = 'dangvien_an@chibo.example'", NoticeDelivery.Status.class)
                .setParameter("m", meeting).getSingleResult()).name();
        assertEquals("SENT", status);
        List<Map<String, Object>> mails = RestAssured.given().baseUri(System.getProperty("notice-test.maildev-url",
                "http://127.0.0.1:1080")).get("/api/email").then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(mails.stream().anyMatch(m -> String.valueOf(m.get("text")).contains(place)
                && String.valueOf(m.get("to")).contains("dangvien_an@chibo.example")
                && String.valueOf(m.get("subject")).contains("Chi bộ bản Nà Khoang")), "caught: " + mails.size());
    }
}
