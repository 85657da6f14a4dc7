package vn.chibo.integration;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.INTEGRATION;
import static vn.chibo.security.Role.STAFF;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.DomainEventType;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;
import vn.chibo.common.ConditionalGet;

/** The change feed of a subtree, and its webhook subscriptions, their secrets and delivery log (issue 13). */
@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class IntegrationResource {
    private final WebhookService webhooks;
    private final ChangeFeed feed;

    public IntegrationResource(WebhookService webhooks, ChangeFeed feed) {
        this.webhooks = webhooks;
        this.feed = feed;
    }

    @ConditionalGet
    @GET
    @Path("/organizations/{id}/events")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public ChangeFeed.Page events(@PathParam("id") UUID id,
                                  @QueryParam("after") @DefaultValue("0") String after,
                                  @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size,
                                  @QueryParam("type") DomainEventType type) {
        return feed.after(id, ChangeFeed.cursor(after), size, type);
    }

    @POST
    @Path("/organizations/{id}/webhook-subscriptions")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public WebhookApi.WithSecret create(@PathParam("id") UUID id, @Valid @NotNull WebhookApi.Create body) {
        return webhooks.create(id, body);
    }

    @GET
    @Path("/organizations/{id}/webhook-subscriptions")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public PageResult<WebhookApi.View> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return webhooks.list(id, paging);
    }

    @GET
    @Path("/webhook-subscriptions/{id}")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public WebhookApi.View get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/webhook-subscriptions/{id}")
    @ResponseStatus(204)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public void deactivate(@PathParam("id") UUID id) {
        webhooks.deactivate(id);
    }

    @POST
    @Path("/webhook-subscriptions/{id}/secret")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public WebhookApi.WithSecret rotateSecret(@PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }

    @GET
    @Path("/webhook-subscriptions/{id}/deliveries")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public PageResult<WebhookApi.Delivery> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return webhooks.deliveries(id, paging);
    }

    @POST
    @Path("/webhook-deliveries/{id}/redeliver")
    @ResponseStatus(202)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public WebhookApi.Delivery redeliver(@PathParam("id") UUID id) {
        return webhooks.redeliver(id);
    }
}
