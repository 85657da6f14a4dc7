package vn.chibo.planning;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.DomainEvent;
import vn.chibo.common.DomainEventType;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.member.Membership;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;
import vn.chibo.common.Quarters;

/**
 * A cell's annual topical plan from draft to approval: the cell edits and submits it, a committee above it
 * approves it (creating the planned meetings) or returns it with comments. History is kept.
 */
@ApplicationScoped
public class TopicalPlanService {
    /** Planned sessions are put on the 15th of their month in the evening, when working members can come. */
    static final int PLANNED_DAY = 15;
    static final LocalTime PLANNED_TIME = LocalTime.of(19, 30);

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final PolicyService policies;
    private final MeetingService meetings;
    private final PlanViews views;

    private final Event<DomainEvent> events;

    public TopicalPlanService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                              AuditService audit, TimeSource time, PolicyService policies, MeetingService meetings,
                              PlanViews views, Event<DomainEvent> events) {
        this.events = events;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.policies = policies;
        this.meetings = meetings;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanningApi.TopicGroupView> groups() {
        return TopicGroup.<TopicGroup>list("order by position").stream()
                .map(g -> new PlanningApi.TopicGroupView(g.code, g.labelVi, g.labelEn, g.position)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanningApi.PlanView get(UUID cellId, int year, Locale locale) {
        Organization cell = organizations.require(cellId);
        access.requireRead(cell);
        TopicalPlan plan = find(cell, year);
        if (plan == null) throw ApiException.notFound("entity.topical-plan");
        return view(plan, locale);
    }

    @Transactional
    public PlanningApi.PlanView edit(UUID cellId, int year, PlanningApi.PlanEdit edit, Locale locale) {
        Organization cell = organizations.require(cellId);
        access.requireChangeMembers(cell);
        if (!cell.holdsMeetings) throw ApiException.conflict("not-a-cell", cell.name);
        organizations.lockForWrite(cell); // one plan a year: a concurrent first save waits and gets the version
        TopicalPlan plan = find(cell, year);
        if (plan == null) {
            Versions.require(edit.version(), 0);
            plan = open(cell, year, policies.inForce(cell, LocalDate.of(year, 1, 1)));
            event(plan, TopicalPlanEvent.Action.CREATE, null);
        } else {
            Versions.require(edit.version(), plan.version);
            if (!plan.status.isEditable()) throw ApiException.conflict("plan-not-editable", "plan-status." + plan.status);
            TopicalPlan.getEntityManager().lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            event(plan, TopicalPlanEvent.Action.EDIT, null);
        }
        replaceItems(plan, cell, edit.items());
        audit.record("TopicalPlan", plan.id, cell, "EDIT", Map.of("year", year, "items", edit.items().size()));
        TopicalPlan.flush();
        return view(plan, locale);
    }

    @Transactional
    public PlanningApi.PlanView submit(UUID planId, PlanningApi.Decision d, Locale locale) {
        TopicalPlan plan = require(planId);
        access.requireChangeMembers(plan.organization);
        Versions.require(d.version(), plan.version);
        if (!plan.status.isEditable()) throw ApiException.conflict("plan-not-editable", "plan-status." + plan.status);
        if (plan.items.isEmpty()) throw ApiException.conflict("plan-empty");
        PolicyProfile policy = policy(plan);
        List<Integer> empty = PlanViews.emptyQuarters(plan.items, policy);
        if (!empty.isEmpty() && policy.emptyQuarterRule == PolicyProfile.EmptyQuarter.REFUSE) {
            throw ApiException.conflict("plan-quarter-empty",
                    empty.stream().map(q -> "Q" + q).collect(Collectors.joining(", ")), policy.label());
        }
        plan.status = PlanStatus.SUBMITTED;
        plan.submittedAt = time.now();
        return decided(plan, TopicalPlanEvent.Action.SUBMIT, d.comment(), locale);
    }

    @Transactional
    public PlanningApi.PlanView approve(UUID planId, PlanningApi.Decision d, Locale locale) {
        TopicalPlan plan = decidable(planId, d);
        plan.status = PlanStatus.APPROVED;
        for (TopicalPlanItem item : plan.items) scheduleMeeting(plan, item);
        return decided(plan, TopicalPlanEvent.Action.APPROVE, d.comment(), locale);
    }

    @Transactional
    public PlanningApi.PlanView giveBack(UUID planId, PlanningApi.Decision d, Locale locale) {
        if (Strings.blankToNull(d.comment()) == null) throw ApiException.invalidField("comment", "plan-return-comment-required");
        TopicalPlan plan = decidable(planId, d);
        plan.status = PlanStatus.RETURNED;
        return decided(plan, TopicalPlanEvent.Action.RETURN, d.comment(), locale);
    }

    /** Adds a topic a committee pushed down; an approved plan gets its meeting at once. */
    void addPushed(TopicalPlan plan, PushedTopic topic, int month) {
        TopicalPlanItem item = new TopicalPlanItem();
        item.plan = plan;
        item.position = plan.items.size();
        item.kind = PlanItemKind.TOPICAL;
        item.plannedMonth = month;
        item.topicGroupCode = topic.topicGroupCode;
        item.title = topic.title;
        item.purpose = topic.materials;
        item.pushedTopicId = topic.id;
        plan.items.add(item);
        item.persist();
        if (plan.status == PlanStatus.APPROVED) scheduleMeeting(plan, item);
        event(plan, TopicalPlanEvent.Action.PUSH, topic.title);
    }

    TopicalPlan find(Organization cell, int year) {
        return TopicalPlan.<TopicalPlan>find("organization = ?1 and year = ?2", cell, year).firstResult();
    }

    /** A new draft plan following the policy in force on the 1st of January of its year. */
    TopicalPlan open(Organization cell, int year, PolicyProfile policy) {
        TopicalPlan plan = new TopicalPlan();
        plan.organization = cell;
        plan.year = year;
        plan.policyId = policy.id;
        plan.dueDate = PolicyProfile.dayOfYear(policy.topicalPlanDue, year);
        plan.persist();
        return plan;
    }

    PlanningApi.PlanView view(TopicalPlan plan, Locale locale) {
        return views.view(plan, policy(plan), locale);
    }

    private PolicyProfile policy(TopicalPlan plan) {
        return policies.findById(plan.policyId);
    }

    private TopicalPlan require(UUID planId) {
        TopicalPlan plan = TopicalPlan.findById(planId);
        if (plan == null) throw ApiException.notFound("entity.topical-plan");
        access.requireRead(plan.organization);
        return plan;
    }

    /** Only staff of a committee above the cell decide, and never someone appointed in the cell itself. */
    private TopicalPlan decidable(UUID planId, PlanningApi.Decision d) {
        TopicalPlan plan = require(planId);
        Organization cell = plan.organization;
        if (cell.parentId == null) throw ApiException.conflict("plan-no-superior", cell.name);
        boolean ownCell = actor.appointments().stream().anyMatch(a -> a.organization.isWithin(cell));
        if (ownCell && !actor.isAdmin()) throw ApiException.notPermittedAs("plan-own-cell");
        access.requireChangeStructure(organizations.require(cell.parentId));
        Versions.require(d.version(), plan.version);
        if (plan.status != PlanStatus.SUBMITTED) throw ApiException.conflict("plan-not-submitted", "plan-status." + plan.status);
        return plan;
    }

    private PlanningApi.PlanView decided(TopicalPlan plan, TopicalPlanEvent.Action action, String comment, Locale locale) {
        if (action != TopicalPlanEvent.Action.SUBMIT) {
            plan.decidedAt = time.now();
            plan.decidedBy = actor.username();
        }
        event(plan, action, Strings.blankToNull(comment));
        audit.record("TopicalPlan", plan.id, plan.organization, action.name(), Map.of("year", plan.year));
        TopicalPlan.flush();
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("planId", plan.id);
        data.put("organizationId", plan.organization.id);
        data.put("organizationName", plan.organization.name);
        data.put("year", plan.year);
        data.put("status", plan.status.name());
        data.put("items", plan.items.size());
        if (Strings.blankToNull(comment) != null && action == TopicalPlanEvent.Action.RETURN) data.put("comment", comment.trim());
        DomainEventType type = switch (action) {
            case SUBMIT -> DomainEventType.PLAN_SUBMITTED;
            case APPROVE -> DomainEventType.PLAN_APPROVED;
            case RETURN -> DomainEventType.PLAN_RETURNED;
            default -> null;
        };
        if (type != null) {
            events.fire(new DomainEvent(type, plan.organization.id, plan.organization.path, plan.id, time.now(), data));
        }
        return view(plan, locale);
    }

    private void replaceItems(TopicalPlan plan, Organization cell, List<PlanningApi.ItemInput> inputs) {
        Map<UUID, TopicalPlanItem> existing = new HashMap<>();
        plan.items.forEach(i -> existing.put(i.id, i));
        Set<String> groupCodes = PlanViews.groups().keySet();
        List<TopicalPlanItem> kept = new ArrayList<>();
        for (int n = 0; n < inputs.size(); n++) {
            PlanningApi.ItemInput in = inputs.get(n);
            String field = "items[" + n + "]";
            TopicalPlanItem item = in.id() == null ? null : existing.remove(in.id());
            if (!groupCodes.contains(in.topicGroupCode())) throw ApiException.invalidField(field + ".topicGroupCode", "plan-unknown-topic-group", in.topicGroupCode());
            int quarter = Quarters.ofMonth(in.plannedMonth());
            boolean moved = item == null || item.plannedMonth != in.plannedMonth();
            if (moved && Quarters.hasEnded(plan.year, quarter, time.today())) {
                throw ApiException.invalidField(field + ".plannedMonth", "plan-item-past-quarter", "Q" + quarter);
            }
            if (item == null) {
                item = new TopicalPlanItem();
                item.plan = plan;
            } else if (item.pushedTopicId != null && quarter != item.quarter()) {
                throw ApiException.invalidField(field + ".plannedMonth", "plan-pushed-quarter", "Q" + item.quarter());
            }
            if (in.presenterId() != null && Membership.count("member.id = ?1 and organization = ?2", in.presenterId(), cell) == 0) {
                throw ApiException.invalidField(field + ".presenterId", "not-a-member-of-cell");
            }
            item.position = n;
            item.kind = in.kind();
            item.plannedMonth = in.plannedMonth();
            item.topicGroupCode = in.topicGroupCode();
            item.title = in.title().strip();
            item.purpose = Strings.blankToNull(in.purpose());
            item.presenterId = in.presenterId();
            kept.add(item);
        }
        existing.values().stream().filter(i -> i.pushedTopicId != null).findFirst().ifPresent(i -> {
            throw ApiException.conflict("plan-pushed-item-required", i.title);
        });
        plan.items.removeIf(i -> !kept.contains(i));
        for (TopicalPlanItem item : kept) {
            if (!plan.items.contains(item)) plan.items.add(item);
        }
        plan.items.sort(Comparator.comparingInt(i -> i.position));
    }

    private void scheduleMeeting(TopicalPlan plan, TopicalPlanItem item) {
        if (item.meetingId != null) return;
        YearMonth month = YearMonth.of(plan.year, item.plannedMonth);
        LocalDate today = time.today();
        LocalDate day = month.atDay(PLANNED_DAY);
        if (!day.isAfter(today)) day = today.plusDays(1);
        if (!YearMonth.from(day).equals(month)) return;
        Meeting m = meetings.scheduleFromPlan(plan.organization, item.kind.meetingType,
                day.atTime(PLANNED_TIME).atZone(time.zone()).toInstant(), item.title, item.presenterId);
        item.meetingId = m.id;
    }

    private void event(TopicalPlan plan, TopicalPlanEvent.Action action, String comment) {
        TopicalPlanEvent e = new TopicalPlanEvent();
        e.planId = plan.id;
        e.action = action;
        e.actor = actor.username();
        e.at = time.now();
        e.comment = comment;
        e.persist();
    }
}
