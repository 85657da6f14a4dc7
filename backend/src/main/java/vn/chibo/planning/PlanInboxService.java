package vn.chibo.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Deadlines;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.common.TextFolding;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.evaluation.Evaluation;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;
import vn.chibo.common.Quarters;

/**
 * The committee's side of topical planning: which cells have submitted, been approved or are late,
 * topics by group, and topics pushed down to every cell with their results rolled back up.
 */
@ApplicationScoped
public class PlanInboxService {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final PolicyService policies;
    private final TopicalPlanService plans;

    public PlanInboxService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                            AuditService audit, TimeSource time, PolicyService policies, TopicalPlanService plans) {
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.policies = policies;
        this.plans = plans;
    }

    /** Statuses a cell's row can have in the inbox: NONE when it has no plan for the year. */
    public static final List<String> INBOX_STATUSES = List.of("NONE", "DRAFT", "SUBMITTED", "APPROVED", "RETURNED");

    /**
     * Filters of the inbox rows: any of the statuses (none: all), late or not, a text in the cell name. Several
     * statuses come as repeated {@code status=} parameters, as the contract says; a comma-joined value is refused
     * rather than read as a second way of saying the same.
     */
    public record InboxFilter(List<String> statuses, Boolean late, String text) {
        public InboxFilter {
            statuses = statuses == null ? List.of() : statuses.stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).toList();
            for (String status : statuses) {
                if (status.contains(",")) throw ApiException.invalidField("status", "field.one-value-each", "status");
                if (!INBOX_STATUSES.contains(status)) {
                    throw ApiException.invalidField("status", "field.unknown-value", String.join(", ", INBOX_STATUSES));
                }
            }
        }
    }

    /**
     * The counts and topics by group over every open cell of the subtree; the cells' rows filtered, submitted plans
     * (waiting for the committee) first, then late ones, then by name, a page at a time. The cells and their plans'
     * states are read as plain columns (a province has thousands), the topics counted in SQL, and only the page's
     * plans have their items counted.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanningApi.Inbox inbox(UUID committeeId, int year, InboxFilter filter, SubtreePageRequest paging,
                                   Locale locale) {
        Organization committee = organizations.require(committeeId);
        access.requireRead(committee);
        List<PolicyProfile> allPolicies = policies.all();
        LocalDate today = time.today();
        int[] counts = new int[6];
        List<Row> rows = new ArrayList<>();
        // Sorted here rather than in SQL: PostgreSQL took about as long to sort a province's 3,000 rows by name as to
        // read them.
        for (Object[] r : TopicalPlan.getEntityManager().createQuery("select o.id, o.name, o.path, p.id, p.status,"
                        + " p.dueDate, p.submittedAt, o.nameFolded from Organization o left join TopicalPlan p"
                        + " on p.organization.id = o.id and p.year = :year where " + OPEN_CELLS, Object[].class)
                .setParameter("path", committee.path + "%").setParameter("year", year).getResultList()) {
            PlanStatus status = (PlanStatus) r[4];
            boolean late = status == null
                    ? today.isAfter(dueDate(allPolicies, PolicyChain.chainOf((String) r[2]), year))
                    : Deadlines.late((LocalDate) r[5], status.isHandedIn() && r[6] != null ? time.dateOf((Instant) r[6]) : null,
                            today);
            counts[status == null ? 0 : status.ordinal() + 1]++;
            if (late) counts[5]++;
            rows.add(new Row((UUID) r[0], (String) r[1], (String) r[7], (String) r[2], (UUID) r[3],
                    status == null ? "NONE" : status.name(), late, (Instant) r[6]));
        }
        Predicate<String> named = TextFolding.matches(filter.text());
        PageResult<Row> page = paging.slice(rows.stream()
                .filter(r -> filter.statuses().isEmpty() || filter.statuses().contains(r.status()))
                .filter(r -> filter.late() == null || filter.late() == r.late())
                .filter(r -> named.test(r.name()))
                .sorted(Comparator.comparingInt(Row::rank).thenComparing(Row::nameFolded).thenComparing(Row::path))
                .toList());
        Map<UUID, int[]> items = itemCounts(page.items().stream().map(Row::planId).filter(Objects::nonNull).toList());
        Map<String, Integer> groupCounts = topicsByGroup(committee, year);
        Map<String, TopicGroup> groups = PlanViews.groups();
        List<PlanningApi.GroupCount> byGroup = groups.values().stream().sorted(Comparator.comparingInt(g -> g.position))
                .map(g -> new PlanningApi.GroupCount(g.code, g.label(locale), groupCounts.getOrDefault(g.code, 0))).toList();
        return new PlanningApi.Inbox(year, dueDate(allPolicies, PolicyChain.chainOf(committee), year),
                new PlanningApi.InboxCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]),
                page.items().stream().map(r -> r.view(items, time)).toList(), page.page(), page.size(), page.total(),
                byGroup);
    }

    /** The open cells of a subtree (bound as :path), as {@link OrganizationRepository#openCellsIn} selects them. */
    private static final String OPEN_CELLS = "o.path like :path and o.holdsMeetings = true and o.validTo is null";

    /** A cell of the inbox before its page is chosen: the item and held counts are only read for the rows shown. */
    private record Row(UUID cellId, String name, String nameFolded, String path, UUID planId, String status, boolean late,
                       Instant submittedAt) {
        int rank() {
            return "SUBMITTED".equals(status) ? 0 : late ? 1 : 2;
        }

        PlanningApi.InboxCell view(Map<UUID, int[]> items, TimeSource time) {
            if (planId == null) return new PlanningApi.InboxCell(cellId, name, null, status, late, null, 0, 0);
            int[] n = items.getOrDefault(planId, new int[2]);
            return new PlanningApi.InboxCell(cellId, name, planId, status, late, time.local(submittedAt), n[0], n[1]);
        }
    }

    /** Per plan: its items, and of them those whose meeting was held. */
    private static Map<UUID, int[]> itemCounts(List<UUID> planIds) {
        Map<UUID, int[]> out = new HashMap<>();
        if (planIds.isEmpty()) return out;
        for (Object[] r : TopicalPlan.getEntityManager().createQuery("select i.plan.id, count(i), sum(case when m.status"
                        + " in :held then 1 else 0 end) from TopicalPlanItem i left join Meeting m on m.id = i.meetingId"
                        + " where i.plan.id in :plans group by i.plan.id", Object[].class)
                .setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.APPROVED)).setParameter("plans", planIds)
                .getResultList()) {
            out.put((UUID) r[0], new int[] {((Number) r[1]).intValue(), r[2] == null ? 0 : ((Number) r[2]).intValue()});
        }
        return out;
    }

    @Transactional
    public PlanningApi.PushedView push(UUID committeeId, PlanningApi.PushCreate c) {
        Organization committee = organizations.require(committeeId);
        access.requireChangeStructure(committee);
        if (TopicGroup.findById(c.topicGroupCode()) == null) {
            throw ApiException.invalidField("topicGroupCode", "plan-unknown-topic-group", c.topicGroupCode());
        }
        LocalDate today = time.today();
        if (Quarters.hasEnded(c.year(), c.quarter(), today)) {
            throw ApiException.invalidField("quarter", "plan-item-past-quarter", "Q" + c.quarter());
        }
        PushedTopic topic = new PushedTopic();
        topic.organizationId = committee.id;
        topic.year = c.year();
        topic.quarter = c.quarter();
        topic.topicGroupCode = c.topicGroupCode();
        topic.title = c.title().strip();
        topic.materials = Strings.blankToNull(c.materials());
        topic.createdBy = actor.username();
        topic.createdAt = time.now();
        topic.persist();
        int month = firstOpenMonth(c.year(), c.quarter(), today);
        List<Organization> cells = organizations.openCellsIn(committee);
        Map<UUID, TopicalPlan> byCell = plansByCell(committee, c.year());
        List<PolicyProfile> allPolicies = policies.all();
        LocalDate newYear = LocalDate.of(c.year(), 1, 1);
        for (Organization cell : cells) {
            TopicalPlan plan = byCell.get(cell.id);
            if (plan == null) plan = plans.open(cell, c.year(), PolicyChain.pick(allPolicies, cell, newYear));
            plans.addPushed(plan, topic, month);
        }
        audit.record("PushedTopic", topic.id, committee, "PUSH", Map.of("title", topic.title, "cells", cells.size()));
        TopicalPlan.flush();
        return results(List.of(topic)).get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PlanningApi.PushedView> pushed(UUID committeeId, int year, PageRequest paging) {
        Organization committee = organizations.require(committeeId);
        access.requireRead(committee);
        String where = "organizationId = ?1 and year = ?2";
        // id breaks ties of topics pushed at the same instant so pages never overlap
        List<PushedTopic> topics = PushedTopic.<PushedTopic>find(where + " order by quarter, createdAt, id", committee.id, year)
                .page(paging.page, paging.size).list();
        return new PageResult<>(results(topics), paging.page, paging.size, PushedTopic.count(where, committee.id, year));
    }

    /** Each pushed topic with what became of it in the cells: scheduled, held, and the ratings given. */
    private List<PlanningApi.PushedView> results(List<PushedTopic> topics) {
        if (topics.isEmpty()) return List.of();
        List<TopicalPlanItem> items = TopicalPlanItem.list("pushedTopicId in ?1", topics.stream().map(t -> t.id).toList());
        Map<UUID, Meeting> meetings = PlanViews.meetingsOf(items.stream().map(i -> i.meetingId).toList());
        Map<UUID, Evaluation> evaluations = new HashMap<>();
        if (!meetings.isEmpty()) {
            Evaluation.<Evaluation>list("meetingId in ?1", meetings.keySet()).forEach(e -> evaluations.put(e.meetingId, e));
        }
        Map<UUID, List<TopicalPlanItem>> byTopic = items.stream().collect(Collectors.groupingBy(i -> i.pushedTopicId));
        List<PlanningApi.PushedView> out = new ArrayList<>();
        for (PushedTopic t : topics) {
            List<TopicalPlanItem> mine = byTopic.getOrDefault(t.id, List.of());
            int scheduled = 0;
            int held = 0;
            Map<String, Integer> ratings = new TreeMap<>();
            for (TopicalPlanItem i : mine) {
                Meeting m = meetings.get(i.meetingId);
                if (m != null && m.status.isUpcoming()) scheduled++;
                if (PlanViews.held(m)) {
                    held++;
                    Evaluation e = evaluations.get(m.id);
                    if (e != null) ratings.merge((e.verifiedRating != null ? e.verifiedRating : e.selfRating).name(), 1, Integer::sum);
                }
            }
            out.add(new PlanningApi.PushedView(t.id, t.organizationId, t.year, t.quarter, t.topicGroupCode, t.title,
                    t.materials, mine.size(), scheduled, held, new LinkedHashMap<>(ratings)));
        }
        return out;
    }

    /** Planned topics by group over the plans of the subtree's open cells, counted in SQL. */
    private static Map<String, Integer> topicsByGroup(Organization committee, int year) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] r : TopicalPlan.getEntityManager().createQuery("select i.topicGroupCode, count(i)"
                        + " from TopicalPlanItem i join i.plan p join Organization o on o.id = p.organization.id"
                        + " where " + OPEN_CELLS + " and p.year = :year group by i.topicGroupCode", Object[].class)
                .setParameter("path", committee.path + "%").setParameter("year", year).getResultList()) {
            counts.put((String) r[0], ((Number) r[1]).intValue());
        }
        return counts;
    }

    private static Map<UUID, TopicalPlan> plansByCell(Organization committee, int year) {
        return TopicalPlan.<TopicalPlan>list("organization.path like ?1 and year = ?2", committee.path + "%", year).stream()
                .collect(Collectors.toMap(p -> p.organization.id, Function.identity()));
    }

    /**
     * The plan deadline for an organisation (its ancestors then itself), resolved in memory: a province inbox has
     * thousands of cells.
     */
    private static LocalDate dueDate(List<PolicyProfile> all, List<UUID> chain, int year) {
        return PolicyProfile.dayOfYear(PolicyChain.pick(all, chain, LocalDate.of(year, 1, 1)).topicalPlanDue, year);
    }

    /** The quarter's first month, or the current month when the quarter has already begun. */
    private static int firstOpenMonth(int year, int quarter, LocalDate today) {
        int first = (quarter - 1) * 3 + 1;
        if (today.getYear() == year && today.getMonthValue() > first) return today.getMonthValue();
        return first;
    }
}
