package vn.chibo.planning;

import static vn.chibo.security.Role.ADMIN;
import static vn.chibo.security.Role.STAFF;
import static vn.chibo.security.Role.SUPERVISOR;
import static vn.chibo.security.Role.SECRETARY;
import static vn.chibo.security.Role.MEMBER;
import static vn.chibo.security.Role.INTEGRATION;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.security.AcceptedRoles;
import vn.chibo.idempotency.IdempotentPosts;

/** Annual topical plans, pushed topics, topic groups and monthly schedules. */
@Path("/api/v1")
@Authenticated
@IdempotentPosts
public class PlanningResource {

    private final TopicalPlanService plans;
    private final PlanInboxService inbox;
    private final MonthlyScheduleService schedules;

    public PlanningResource(TopicalPlanService plans, PlanInboxService inbox, MonthlyScheduleService schedules) {
        this.plans = plans;
        this.inbox = inbox;
        this.schedules = schedules;
    }


    @GET
    @Path("/topic-groups")
    @AcceptedRoles(signedIn = "reference data")
    public List<PlanningApi.TopicGroupView> topicGroups() {
        return plans.groups();
    }

    @GET
    @Path("/organizations/{id}/topical-plans")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PlanningApi.Inbox inbox(@PathParam("id") UUID id, @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                   @QueryParam("status") List<String> status, @QueryParam("late") Boolean late,
                                   @QueryParam("q") String text, @Valid @BeanParam SubtreePageRequest paging, HttpHeaders headers) {
        return inbox.inbox(id, year, new PlanInboxService.InboxFilter(status, late, text), paging, Messages.of(headers));
    }

    @GET
    @Path("/organizations/{id}/topical-plans/{year}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PlanningApi.PlanView plan(@PathParam("id") UUID id, @PathParam("year") @Min(2000) @Max(2100) int year,
                                     HttpHeaders headers) {
        return plans.get(id, year, Messages.of(headers));
    }

    @PUT
    @Path("/organizations/{id}/topical-plans/{year}")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public PlanningApi.PlanView edit(@PathParam("id") UUID id, @PathParam("year") @Min(2000) @Max(2100) int year,
                                     @Valid @NotNull PlanningApi.PlanEdit body, HttpHeaders headers) {
        return plans.edit(id, year, body, Messages.of(headers));
    }

    @POST
    @Path("/topical-plans/{id}/submission")
    @AcceptedRoles({ADMIN, STAFF, SECRETARY, INTEGRATION})
    public PlanningApi.PlanView submit(@PathParam("id") UUID id, @Valid @NotNull PlanningApi.Decision body,
                                       HttpHeaders headers) {
        return plans.submit(id, body, Messages.of(headers));
    }

    @POST
    @Path("/topical-plans/{id}/approval")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public PlanningApi.PlanView approve(@PathParam("id") UUID id, @Valid @NotNull PlanningApi.Decision body,
                                        HttpHeaders headers) {
        return plans.approve(id, body, Messages.of(headers));
    }

    @POST
    @Path("/topical-plans/{id}/return")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public PlanningApi.PlanView giveBack(@PathParam("id") UUID id, @Valid @NotNull PlanningApi.Decision body,
                                         HttpHeaders headers) {
        return plans.giveBack(id, body, Messages.of(headers));
    }

    @GET
    @Path("/organizations/{id}/pushed-topics")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public PageResult<PlanningApi.PushedView> pushed(@PathParam("id") UUID id,
                                                     @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                                     @Valid @BeanParam PageRequest paging) {
        return inbox.pushed(id, year, paging);
    }

    @POST
    @Path("/organizations/{id}/pushed-topics")
    @ResponseStatus(201)
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public PlanningApi.PushedView push(@PathParam("id") UUID id, @Valid @NotNull PlanningApi.PushCreate body) {
        return inbox.push(id, body);
    }

    @GET
    @Path("/organizations/{id}/monthly-schedules/{month}")
    @AcceptedRoles({ADMIN, STAFF, SUPERVISOR, SECRETARY, MEMBER, INTEGRATION})
    public ScheduleApi.View schedule(@PathParam("id") UUID id, @PathParam("month") YearMonth month,
                                     @Valid @BeanParam SubtreePageRequest paging) {
        return schedules.get(id, month, paging);
    }

    @POST
    @Path("/organizations/{id}/monthly-schedules/{month}/sending")
    @AcceptedRoles({ADMIN, STAFF, INTEGRATION})
    public ScheduleApi.View send(@PathParam("id") UUID id, @PathParam("month") YearMonth month,
                                 @Valid @BeanParam SubtreePageRequest paging) {
        return schedules.send(id, month, paging);
    }
}
