package vn.chibo.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.ChiboConfig;
import vn.chibo.scheduling.ClusterJobs;
import vn.chibo.testing.CellFixture;

/**
 * The sender job delivers queued notice e-mails; while the SMTP server is down it records each failure with its
 * reason and a next attempt (backoff from the configuration), loses nothing, and gives up after the configured
 * attempts. The job is called with the instant the test chooses ({@code send-every} is off in tests).
 */
@QuarkusTest
class NoticeMailJobTest extends NoticeApiTest {
    private static final String MEMBER_ADDRESS = "dangvien_an@chibo.example";

    @Inject
    NoticeMailJob job;

    @Inject
    MockMailbox mailbox;

    @Inject
    ChiboConfig config;

    @Inject
    Mailer mailer;

    @Inject
    ApiMetrics metrics;

    /** An SMTP server that refuses every connection. */
    static final class Outage extends MailGateway {
        Outage() {
            super(null);
        }

        @Override
        public void send(String to, String subject, String text) {
            throw new IllegalStateException("SMTP down", new java.net.ConnectException("Connection refused"));
        }
    }

    @BeforeEach
    void drainEarlierNotices() {
        while (job.sendDue(time.now()) > 0) {
            // the other tests' queued e-mails go first, so that this test's fit in one batch
        }
        mailbox.clear();
    }

    @AfterEach
    void clearMailbox() {
        mailbox.clear();
    }

    private UUID notify(int hoursAhead) {
        return notifiedMeeting("REGULAR", CellFixture.hoursAgo(-hoursAhead), "Hội trường bản");
    }

    private static NoticeDelivery deliveryTo(UUID meeting, String address) {
        return QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.getEntityManager().createQuery(
                        "select d from NoticeDelivery d, Notice n where d.noticeId = n.id and n.objectId = :m"
                                + " and d.address = :a", NoticeDelivery.class)
                .setParameter("m", meeting).setParameter("a", address).getSingleResult());
    }

    @Test
    void aQueuedNoticeIsEMailedWithItsTitleAndBodyAndRecordedAsSent() {
        UUID meeting = notify(60);
        assertEquals(NoticeDelivery.Status.QUEUED, deliveryTo(meeting, MEMBER_ADDRESS).status);
        Instant now = time.now().truncatedTo(ChronoUnit.MILLIS); // as the database keeps it
        assertTrue(job.sendDue(now) >= 2);

        List<Mail> mails = mailbox.getMailsSentTo(MEMBER_ADDRESS);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("Chi bộ bản Nà Khoang"), mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("Hội trường bản"), mails.get(0).getText());
        assertTrue(mails.get(0).getText().contains("/meetings/" + meeting), mails.get(0).getText());
        NoticeDelivery d = deliveryTo(meeting, MEMBER_ADDRESS);
        assertEquals(NoticeDelivery.Status.SENT, d.status);
        assertEquals(1, d.attempts);
        assertEquals(now, d.sentAt);
        assertEquals(0, job.sendDue(now.plus(Duration.ofDays(1))), "a sent e-mail is not sent again");
    }

    @Test
    void duringAnOutageNothingIsLostAndTheEMailGoesOutWhenTheRetryIsDue() {
        QuarkusMock.installMockForType(new Outage(), MailGateway.class);
        Instant failedAt = time.now().truncatedTo(ChronoUnit.MILLIS);
        UUID meeting = notify(62);
        assertEquals(0, job.sendDue(failedAt));
        NoticeDelivery failed = deliveryTo(meeting, MEMBER_ADDRESS);
        assertEquals(NoticeDelivery.Status.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertTrue(failed.lastError.contains("Connection refused"), failed.lastError);
        Duration firstRetry = config.notices().mail().firstRetryDelay();
        assertEquals(failedAt.plus(firstRetry), failed.nextAttemptAt);

        // The server is back, but the retry is not due yet: nothing is sent before its time.
        QuarkusMock.installMockForType(new MailGateway(mailer), MailGateway.class);
        job.sendDue(failedAt.plus(firstRetry).minusSeconds(1));
        assertEquals(NoticeDelivery.Status.FAILED, deliveryTo(meeting, MEMBER_ADDRESS).status);
        assertTrue(mailbox.getMailsSentTo(MEMBER_ADDRESS).isEmpty());

        job.sendDue(failedAt.plus(firstRetry));
        NoticeDelivery sent = deliveryTo(meeting, MEMBER_ADDRESS);
        assertEquals(NoticeDelivery.Status.SENT, sent.status);
        assertEquals(2, sent.attempts);
        assertEquals(1, mailbox.getMailsSentTo(MEMBER_ADDRESS).size());
    }

    @Test
    void afterTheConfiguredAttemptsAFailedEMailStaysFailedWithItsReason() {
        QuarkusMock.installMockForType(new Outage(), MailGateway.class);
        UUID meeting = notify(64);
        int max = config.notices().mail().maxAttempts();
        Instant at = time.now();
        for (int i = 0; i < max; i++) {
            job.sendDue(at);
            NoticeDelivery d = deliveryTo(meeting, MEMBER_ADDRESS);
            assertEquals(i + 1, d.attempts);
            if (d.nextAttemptAt != null) at = d.nextAttemptAt;
        }
        NoticeDelivery given = deliveryTo(meeting, MEMBER_ADDRESS);
        assertEquals(NoticeDelivery.Status.FAILED, given.status);
        assertNull(given.nextAttemptAt, "no attempt after the last");
        assertNotNull(given.lastError);
        job.sendDue(at.plus(Duration.ofDays(30)));
        assertEquals(max, deliveryTo(meeting, MEMBER_ADDRESS).attempts);
    }

    @Test
    void whileOneReplicaSendsTheOtherReplicasFiringSkipsSoNoEMailGoesOutTwice() throws Exception {
        UUID meeting = notify(66);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch otherFired = new CountDownLatch(1);
        MailGateway slowFirstSend = new MailGateway(mailer) {
            @Override
            public void send(String to, String subject, String text) {
                sending.countDown();
                try {
                    otherFired.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.send(to, subject, text);
            }
        };
        Clock clock = Clock.fixed(time.now(), ZoneOffset.UTC);
        NoticeMailJob a = new NoticeMailJob(slowFirstSend, time, config, new ClusterJobs("replica-a", clock, metrics));
        NoticeMailJob b = new NoticeMailJob(new MailGateway(mailer), time, config, new ClusterJobs("replica-b", clock, metrics));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> aRun = pool.submit(a::scheduled);
            assertTrue(sending.await(30, TimeUnit.SECONDS), "replica A is sending");
            b.scheduled(); // B's scheduler fires meanwhile: A holds the lease
            otherFired.countDown();
            aRun.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, mailbox.getMailsSentTo(MEMBER_ADDRESS).size(), "sent once, by A");
        NoticeDelivery d = deliveryTo(meeting, MEMBER_ADDRESS);
        assertEquals(NoticeDelivery.Status.SENT, d.status);
        assertEquals(1, d.attempts);
    }
}
