package vn.chibo.notice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.FailureReason;
import vn.chibo.common.RetryBackoff;
import vn.chibo.common.TimeSource;
import vn.chibo.scheduling.ClusterJobs;
import vn.chibo.scheduling.LeaseBudget;

/**
 * Sends the queued e-mails of notices and retries the failed ones when due ({@link RetryBackoff}). Each e-mail
 * is recorded in its own transaction: an SMTP outage leaves the rows FAILED with a next attempt, nothing is lost,
 * and one bad address never holds back the others.
 *
 * <p>With several replicas (issue 14) only the holder of the lease {@value #JOB} runs it ({@link ClusterJobs}), so
 * two replicas never pick up the same queued e-mail and nobody receives a notice twice because two replicas sent
 * it. A run starts no e-mail after half its lease ({@code chibo.notices.mail.lease}): its last SMTP exchange ends
 * long before the lease runs out and another replica could take over.
 */
@ApplicationScoped
public class NoticeMailJob {
    static final String JOB = "notice-mail";

    private static final Logger LOG = Logger.getLogger(NoticeMailJob.class);

    private final MailGateway mail;
    private final TimeSource time;
    private final ChiboConfig.Notices.Mail settings;
    private final RetryBackoff retry;
    private final ClusterJobs cluster;

    public NoticeMailJob(MailGateway mail, TimeSource time, ChiboConfig config, ClusterJobs cluster) {
        this.mail = mail;
        this.cluster = cluster;
        this.time = time;
        this.settings = config.notices().mail();
        this.retry = new RetryBackoff(settings.maxAttempts(), settings.firstRetryDelay(), settings.maxRetryDelay());
    }

    @Scheduled(every = "{chibo.notices.mail.send-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        cluster.runExclusively(JOB, settings.lease(), () -> sendDue(time.now()));
    }

    /** Sends what is due at {@code now}; returns how many were sent. Tests call it with the instant they choose. */
    public int sendDue(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.getEntityManager().createQuery(
                        "select d.id from NoticeDelivery d where d.status = :queued"
                                + " or (d.status = :failed and d.nextAttemptAt is not null and d.nextAttemptAt <= :now)"
                                + " order by d.createdAt, d.id", UUID.class)
                .setParameter("queued", NoticeDelivery.Status.QUEUED).setParameter("failed", NoticeDelivery.Status.FAILED)
                .setParameter("now", now).setMaxResults(settings.batchSize()).getResultList());
        int sent = 0;
        LeaseBudget budget = LeaseBudget.halfOf(settings.lease());
        for (UUID id : due) {
            if (budget.spent()) break; // the next run, under a fresh lease, goes on
            if (QuarkusTransaction.requiringNew().call(() -> attempt(id, now))) sent++;
        }
        if (!due.isEmpty()) LOG.infof("Notice e-mails: %d due, %d sent", due.size(), sent);
        return sent;
    }

    private boolean attempt(UUID id, Instant now) {
        NoticeDelivery d = NoticeDelivery.findById(id);
        Notice n = Notice.findById(d.noticeId);
        d.attempts++;
        try {
            mail.send(d.address, n.title, n.body);
            d.status = NoticeDelivery.Status.SENT;
            d.sentAt = now;
            d.nextAttemptAt = null;
            d.lastError = null;
            return true;
        } catch (RuntimeException e) {
            d.status = NoticeDelivery.Status.FAILED;
            d.nextAttemptAt = retry.nextAttempt(d.attempts, now);
            d.lastError = FailureReason.of(e);
            // The delivery id only: the address is personal data and stays out of the logs.
            LOG.warnf("Notice e-mail %s failed (attempt %d): %s", d.id, d.attempts, d.lastError);
            return false;
        }
    }
}
