package vn.chibo.integration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.FailureReason;
import vn.chibo.common.RetryBackoff;
import vn.chibo.common.TimeSource;
import vn.chibo.scheduling.ClusterJobs;
import vn.chibo.scheduling.LeaseBudget;

/**
 * Sends the pending deliveries that are due, each subscription's in event order: a delivery that fails holds back
 * the later ones of its subscription until it succeeds or its attempts are used up, so a receiver sees the events
 * of an object in the order they happened. Each attempt is recorded in its own transaction (status code, latency,
 * error); a slow or dead receiver costs this job its timeout, never a user's request.
 *
 * <p>With several replicas (issue 14) only the holder of the lease {@value #JOB} runs it ({@link ClusterJobs}), so
 * two replicas never pick up the same pending delivery and a receiver never gets a delivery twice because two
 * replicas sent it. A run starts no attempt after half its lease ({@code chibo.webhooks.lease}): its last attempt
 * ends long before the lease runs out and another replica could take over.
 */
@ApplicationScoped
public class WebhookDeliveryJob {
    static final String JOB = "webhook-delivery";

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryJob.class);

    private final TimeSource time;
    private final ChiboConfig.Webhooks settings;
    private final RetryBackoff retry;
    private final HttpClient http;
    private final WebhookTargets targets;
    private final ClusterJobs cluster;

    public WebhookDeliveryJob(TimeSource time, ChiboConfig config, ClusterJobs cluster) {
        this.time = time;
        this.cluster = cluster;
        this.settings = config.webhooks();
        this.retry = new RetryBackoff(settings.maxAttempts(), settings.firstRetryDelay(), settings.maxRetryDelay());
        this.targets = WebhookTargets.of(settings);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "{chibo.webhooks.deliver-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        cluster.runExclusively(JOB, settings.lease(), () -> deliverDue(time.now()));
    }

    /** Sends what is due at {@code now}; returns how many were delivered. Tests call it with the instant they choose. */
    public int deliverDue(Instant now) {
        List<Object[]> pending = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.getEntityManager()
                .createQuery("select d.id, d.subscriptionId, d.nextAttemptAt from WebhookDelivery d"
                        + " where d.status = :pending order by d.subscriptionId, d.eventSeq, d.createdAt", Object[].class)
                .setParameter("pending", WebhookDelivery.Status.PENDING).setMaxResults(settings.batchSize())
                .getResultList());
        Map<UUID, List<Object[]>> bySubscription = new LinkedHashMap<>();
        for (Object[] row : pending) bySubscription.computeIfAbsent((UUID) row[1], k -> new java.util.ArrayList<>()).add(row);
        int delivered = 0;
        LeaseBudget budget = LeaseBudget.halfOf(settings.lease());
        for (List<Object[]> queue : bySubscription.values()) {
            for (Object[] row : queue) {
                if (budget.spent()) return delivered; // the next run, under a fresh lease, goes on
                Instant due = (Instant) row[2];
                if (due != null && due.isAfter(now)) break; // an earlier event still waits: the later ones wait too
                if (!attempt((UUID) row[0], now)) break;
                delivered++;
            }
        }
        return delivered;
    }

    /** One attempt; true when the receiver acknowledged it with a 2xx. */
    private boolean attempt(UUID deliveryId, Instant now) {
        record Target(String url, List<String> secrets, String body) {}
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            RecordedEvent e = RecordedEvent.findById(d.eventId);
            return new Target(s.url, s.signingSecrets(now), e.body);
        });
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            // Checked again at each attempt: the name may resolve elsewhere now than when the subscription was made.
            String refused = targets.refusal(target.url());
            if (refused != null) throw new IllegalStateException("the receiver's address is not allowed (" + refused + ")");
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .header(WebhookSignature.HEADER, WebhookSignature.header(target.secrets(), now.getEpochSecond(),
                            target.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(target.body(), StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = FailureReason.of(e);
        }
        int latency = (int) ((System.nanoTime() - started) / 1_000_000);
        boolean ok = error == null;
        Integer code = status;
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            d.attempts++;
            d.lastStatusCode = code;
            d.lastLatencyMs = latency;
            d.lastError = failure;
            if (ok) {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = now;
                d.nextAttemptAt = null;
            } else {
                d.nextAttemptAt = retry.nextAttempt(d.attempts, now);
                if (d.nextAttemptAt == null) d.status = WebhookDelivery.Status.FAILED;
            }
        });
        if (!ok) LOG.warnf("Webhook delivery %s failed: %s", deliveryId, failure);
        return ok;
    }
}
