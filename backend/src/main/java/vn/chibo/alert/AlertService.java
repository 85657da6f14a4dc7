package vn.chibo.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.common.ApiException;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.export.RowSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * Computes the alerts of a subtree for a day and keeps one row per organisation, kind and period: raised,
 * reopened, or resolved when the cause is gone. Committees see their whole subtree's alerts (roll-up).
 */
@ApplicationScoped
public class AlertService {
    private static final int EXPORT_PAGE_SIZE = 500;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final TimeSource time;
    private final PolicyService policies;
    private final AlertFactsLoader loader;
    private final AlertCounts counts;
    private final Instance<AlertContributor> contributors;
    private final ApiMetrics metrics;
    private final AlertNotices notices;
    private final AlertEvents events;

    public AlertService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor, TimeSource time,
                        PolicyService policies, AlertFactsLoader loader, AlertCounts counts,
                        Instance<AlertContributor> contributors, ApiMetrics metrics, AlertNotices notices,
                        AlertEvents events) {
        this.events = events;
        this.metrics = metrics;
        this.notices = notices;
        this.counts = counts;
        this.contributors = contributors;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.time = time;
        this.policies = policies;
        this.loader = loader;
    }

    /** The "run now" button of committee staff: the same computation as the daily job, for their subtree. */
    @Transactional
    public AlertApi.RunResult runFor(UUID organizationId) {
        Organization org = organizations.require(organizationId);
        access.requireChangeStructure(org);
        return metrics.alertRun("manual", () -> compute(org.path, time.today()));
    }

    /**
     * The daily computation for the whole tree (the job, its catch-up, a first demo load), recorded with the
     * day so that a start after the job's hour knows whether today's run is missing ({@link AlertJob}).
     */
    @Transactional
    public AlertApi.RunResult computeDaily(LocalDate day) {
        AlertApi.RunResult result = compute("", day);
        AlertDailyRun found = AlertDailyRun.findById(day);
        AlertDailyRun run = found != null ? found : new AlertDailyRun();
        run.day = day;
        run.finishedAt = time.now();
        run.organizations = result.organizations();
        run.raised = result.raised();
        run.resolved = result.resolved();
        run.open = result.open();
        if (found == null) run.persist();
        return result;
    }

    /** Whether the whole tree's alerts were computed for the day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean computedDaily(LocalDate day) {
        return AlertDailyRun.doneOn(day);
    }

    /** Whether a run of the whole tree for the day finished at or after {@code since} (a cron firing served). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean computedDailySince(LocalDate day, Instant since) {
        AlertDailyRun run = AlertDailyRun.findById(day);
        return run != null && !run.finishedAt.isBefore(since);
    }

    /** Every open organisation under the path (all of them for ""), judged as of the given day. */
    @Transactional
    public AlertApi.RunResult compute(String path, LocalDate today) {
        long started = System.nanoTime();
        List<Organization> orgs = organizations.list("path like ?1 and validTo is null", path + "%");
        List<PolicyProfile> allPolicies = policies.all();
        Map<UUID, PolicyProfile> policyOf = new HashMap<>();
        for (Organization o : orgs) {
            policyOf.put(o.id, PolicyChain.pick(allPolicies, o, today));
        }
        AlertFactsLoader.Facts facts = loader.load(path, orgs, policyOf, today);
        Map<UUID, List<AlertRules.Check>> contributed = new HashMap<>();
        for (AlertContributor c : contributors) {
            c.checks(path, orgs, today).forEach((org, list) -> contributed.computeIfAbsent(org, k -> new ArrayList<>()).addAll(list));
        }
        // Unresolved alerts, and resolved ones of the periods the rules look at today (they may reopen);
        // the history of older periods stays in the table unread.
        Map<String, Alert> existing = Alert.<Alert>list("orgPath like ?1 and (state <> ?2 or period in ?3)", path + "%",
                        Alert.State.RESOLVED, Periods.evaluatedOn(today)).stream()
                .collect(Collectors.toMap(AlertService::key, Function.identity()));
        Instant now = time.now();
        List<Alert> raised = new ArrayList<>();
        int resolved = 0;
        for (Organization o : orgs) {
            PolicyProfile policy = policyOf.get(o.id);
            List<AlertRules.Check> checks = new ArrayList<>();
            AlertRules.CellFacts cell = facts.cells().get(o.id);
            if (cell != null) checks.addAll(AlertRules.forCell(cell, policy, today));
            AlertRules.CommitteeFacts committee = facts.committees().get(o.id);
            if (committee != null) checks.addAll(AlertRules.forCommittee(committee, policy, today));
            checks.addAll(contributed.getOrDefault(o.id, List.of()));
            for (AlertRules.Check c : checks) {
                Alert a = existing.get(key(o.id, c.kind(), c.period()));
                if (c.raised()) {
                    if (a == null) {
                        a = new Alert();
                        a.organization = o;
                        a.kind = c.kind();
                        a.period = c.period();
                        a.raisedAt = now;
                        existing.put(key(a), a);
                        raised.add(a);
                    } else if (a.state == Alert.State.RESOLVED) {
                        raised.add(a);
                    }
                    a.raise(c.severity(), now);
                    a.detail = c.detail();
                    a.policyId = policy.id;
                    a.orgPath = o.path;
                    if (!a.isPersistent()) a.persist();
                } else if (a != null && a.state != Alert.State.RESOLVED) {
                    a.resolve(now);
                    resolved++;
                }
            }
        }
        notices.raised(raised, today);
        events.raised(raised, now);
        counts.changed();
        int open = (int) existing.values().stream().filter(a -> a.state != Alert.State.RESOLVED).count();
        return new AlertApi.RunResult(orgs.size(), raised.size(), resolved, open, (System.nanoTime() - started) / 1_000_000);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AlertApi.View> list(UUID organizationId, AlertApi.State state, AlertKind kind, PageRequest paging,
                                          Locale locale) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        return listUnder(List.of(org.path), state, kind, paging, locale);
    }

    /** Every alert of the list (all pages) for an export, with the organisation's name for the file. */
    public record Listing(String organizationName, RowSource<AlertApi.View> rows) {}

    /**
     * Checks the caller's scope now and returns a source that reads the list page by page, each page in
     * its own short transaction, while the file is written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing listAll(UUID organizationId, AlertApi.State state, AlertKind kind, Locale locale) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        RowSource<AlertApi.View> rows = sink -> {
            for (int page = 0; ; page++) {
                PageRequest paging = PageRequest.of(page, EXPORT_PAGE_SIZE);
                List<AlertApi.View> items = QuarkusTransaction.requiringNew()
                        .call(() -> listUnder(List.of(org.path), state, kind, paging, locale).items());
                items.forEach(sink);
                if (items.size() < EXPORT_PAGE_SIZE) return;
            }
        };
        return new Listing(org.name, rows);
    }

    /** What reaches the caller: the alerts of every organisation their appointments cover. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AlertApi.View> mine(AlertApi.State state, AlertKind kind, PageRequest paging, Locale locale) {
        List<String> paths = access.readablePaths();
        if (paths != null && paths.isEmpty()) return new PageResult<>(List.of(), paging.page, paging.size, 0);
        return listUnder(paths == null ? List.of("") : paths, state, kind, paging, locale);
    }

    private PageResult<AlertApi.View> listUnder(List<String> paths, AlertApi.State state, AlertKind kind,
                                                PageRequest paging, Locale locale) {
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            any.add("a.orgPath like :path" + i);
            params.put("path" + i, paths.get(i) + "%");
        }
        StringBuilder where = new StringBuilder("(" + String.join(" or ", any) + ")");
        AlertApi.State wanted = state == null ? AlertApi.State.OPEN : state;
        if (wanted != AlertApi.State.ALL) {
            where.append(" and a.state = :state");
            params.put("state", Alert.State.valueOf(wanted.name()));
        }
        if (kind != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", kind);
        }
        long total = counts.get(where + " " + params, () -> Alert.find("from Alert a where " + where, params).count());
        // Leading with the state lets the database read the page straight from ix_alert_state_order.
        String order = (wanted == AlertApi.State.ALL ? "" : "a.state, ") + "a.severityRank desc, a.raisedAt desc, a.id desc";
        List<Alert> page = Alert.<Alert>find("from Alert a where " + where + " order by " + order, params)
                .page(paging.page, paging.size).list();
        Map<UUID, PolicyProfile> policyById = policies.all().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return new PageResult<>(page.stream().map(a -> view(a, policyById.get(a.policyId), locale)).toList(),
                paging.page, paging.size, total);
    }

    @Transactional
    public AlertApi.View acknowledge(UUID alertId, Locale locale) {
        Alert a = Alert.findById(alertId);
        if (a == null) throw ApiException.notFound("entity.alert");
        access.requireChangeMembers(a.organization);
        a.acknowledge(actor.username(), time.now());
        counts.changed();
        return view(a, policies.findById(a.policyId), locale);
    }

    private AlertApi.View view(Alert a, PolicyProfile policy, Locale locale) {
        return new AlertApi.View(a.id, a.organization.id, a.organization.name, a.kind, a.severity, a.period,
                a.message(locale),
                a.policyId, policy == null ? null : policy.label(), time.local(a.raisedAt), time.local(a.resolvedAt),
                time.local(a.acknowledgedAt), a.acknowledgedBy);
    }

    private static String key(Alert a) {
        return key(a.organization.id, a.kind, a.period);
    }

    private static String key(UUID org, AlertKind kind, String period) {
        return org + "|" + kind + "|" + period;
    }
}
