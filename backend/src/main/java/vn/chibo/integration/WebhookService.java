package vn.chibo.integration;

import vn.chibo.common.DomainEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** Subscriptions of a subtree (who may change its structure manages them), their secrets and delivery log. */
@ApplicationScoped
public class WebhookService {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final ChiboConfig.Webhooks settings;
    private final WebhookTargets targets;

    public WebhookService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                          AuditService audit, TimeSource time, ChiboConfig config) {
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.settings = config.webhooks();
        this.targets = WebhookTargets.of(settings);
    }

    @Transactional
    public WebhookApi.WithSecret create(UUID organizationId, WebhookApi.Create command) {
        Organization org = organizations.require(organizationId);
        access.requireChangeStructure(org);
        String refused = targets.refusal(command.url().trim());
        if (refused != null) throw ApiException.invalidField("url", refused);
        WebhookSubscription s = new WebhookSubscription();
        s.organization = org;
        s.url = command.url().trim();
        s.eventTypes(command.eventTypes());
        s.description = command.description();
        s.secret = WebhookSignature.newSecret();
        s.active = true;
        s.createdBy = actor.username();
        s.createdAt = time.now();
        s.persist();
        audit.record("WebhookSubscription", s.id, org, "CREATE", Map.of("url", s.url, "eventTypes", s.eventTypes()));
        return new WebhookApi.WithSecret(view(s), s.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<WebhookApi.View> list(UUID organizationId, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireChangeStructure(org);
        var query = WebhookSubscription.<WebhookSubscription>find(
                "select s from WebhookSubscription s join fetch s.organization where s.organization.id = ?1"
                        + " order by s.createdAt desc, s.id", org.id);
        long total = WebhookSubscription.count("organization.id", org.id);
        return new PageResult<>(query.page(paging.page, paging.size).list().stream().map(this::view).toList(),
                paging.page, paging.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookApi.View get(UUID id) {
        return view(managed(id));
    }

    /** Stops deliveries; the subscription and its log stay for the record. */
    @Transactional
    public void deactivate(UUID id) {
        WebhookSubscription s = managed(id);
        if (!s.active) return;
        s.active = false;
        WebhookDelivery.update("status = ?1, nextAttemptAt = null, lastError = ?2 where subscriptionId = ?3 and status = ?4",
                WebhookDelivery.Status.FAILED, "subscription deactivated", s.id, WebhookDelivery.Status.PENDING);
        audit.record("WebhookSubscription", s.id, s.organization, "DEACTIVATE", Map.of());
    }

    /** A new secret; the previous one keeps signing beside it for the configured overlap. */
    @Transactional
    public WebhookApi.WithSecret rotateSecret(UUID id) {
        WebhookSubscription s = managed(id);
        if (!s.active) throw ApiException.conflict("webhook-inactive");
        s.previousSecret = s.secret;
        s.previousSecretUntil = time.now().plus(settings.secretOverlap());
        s.secret = WebhookSignature.newSecret();
        audit.record("WebhookSubscription", s.id, s.organization, "ROTATE_SECRET",
                Map.of("previousSecretUntil", s.previousSecretUntil.toString()));
        WebhookSubscription.flush();
        return new WebhookApi.WithSecret(view(s), s.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<WebhookApi.Delivery> deliveries(UUID id, PageRequest paging) {
        WebhookSubscription s = managed(id);
        List<Object[]> rows = WebhookDelivery.getEntityManager().createQuery("select d, e.type, e.subjectId"
                        + " from WebhookDelivery d, RecordedEvent e where e.id = d.eventId and d.subscriptionId = :s"
                        + " order by d.createdAt desc, d.eventSeq desc, d.id", Object[].class)
                .setParameter("s", s.id).setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList();
        long total = WebhookDelivery.count("subscriptionId", s.id);
        return new PageResult<>(rows.stream().map(r -> delivery((WebhookDelivery) r[0], (DomainEventType) r[1],
                (UUID) r[2])).toList(), paging.page, paging.size, total);
    }

    /** Sends the event again as a new delivery (the log keeps the earlier one). */
    @Transactional
    public WebhookApi.Delivery redeliver(UUID deliveryId) {
        WebhookDelivery earlier = WebhookDelivery.findById(deliveryId);
        if (earlier == null) throw ApiException.notFound("entity.webhook-delivery");
        WebhookSubscription s = managed(earlier.subscriptionId);
        if (!s.active) throw ApiException.conflict("webhook-inactive");
        RecordedEvent e = RecordedEvent.findById(earlier.eventId);
        WebhookDelivery d = new WebhookDelivery();
        d.subscriptionId = s.id;
        d.eventId = e.id;
        d.eventSeq = e.seq;
        d.status = WebhookDelivery.Status.PENDING;
        d.createdAt = time.now();
        d.nextAttemptAt = d.createdAt;
        d.persist();
        audit.record("WebhookDelivery", d.id, s.organization, "REDELIVER", Map.of("eventId", e.id.toString()));
        return delivery(d, e.type, e.subjectId);
    }

    private WebhookSubscription managed(UUID id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null) throw ApiException.notFound("entity.webhook-subscription");
        access.requireChangeStructure(s.organization);
        return s;
    }

    private WebhookApi.View view(WebhookSubscription s) {
        return new WebhookApi.View(s.id, s.organization.id, s.organization.name, s.url, s.eventTypes(), s.description,
                s.active, s.createdBy, time.local(s.createdAt), time.local(s.previousSecretUntil), s.version);
    }

    private WebhookApi.Delivery delivery(WebhookDelivery d, DomainEventType type, UUID subject) {
        return new WebhookApi.Delivery(d.id, d.subscriptionId, d.eventId, type, subject, d.status, d.attempts,
                d.lastStatusCode, d.lastError, d.lastLatencyMs, time.local(d.createdAt), time.local(d.nextAttemptAt),
                time.local(d.deliveredAt));
    }
}
