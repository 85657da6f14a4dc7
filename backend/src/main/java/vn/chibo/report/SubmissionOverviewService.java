package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageResult;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.organization.OrganizationType;
import vn.chibo.planning.ModelProgramme;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;

/**
 * What the receiving committee sees for a kind and period: each direct subordinate expected to report (its node
 * type says so) or that did report, on time, late, missing after its due day, or not yet due.
 */
@ApplicationScoped
public class SubmissionOverviewService {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final PolicyService policies;
    private final TimeSource time;

    public SubmissionOverviewService(OrganizationRepository organizations, AccessPolicy access, PolicyService policies,
                                     TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.policies = policies;
        this.time = time;
    }

    public record Query(ReportKind kind, String period, ReportApi.SubmissionStatus status) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportApi.SubmissionPage overview(UUID organizationId, Query query, SubtreePageRequest paging) {
        Organization recipient = organizations.require(organizationId);
        access.requireRead(recipient);
        if (query.kind() == null) throw ApiException.invalidField("kind", "field.required");
        LocalDate today = time.today();
        ReportPeriod period = ReportPeriod.parse(query.kind(), query.period(), today);
        Map<UUID, PeriodicReport> reports = PeriodicReport.<PeriodicReport>list(
                        "recipientId = ?1 and kind = ?2 and period = ?3", recipient.id, period.kind(), period.key())
                .stream().collect(Collectors.toMap(r -> r.organization.id, Function.identity()));
        Set<String> reportingTypes = OrganizationType.<OrganizationType>list("reportsUpward", true).stream()
                .map(t -> t.code).collect(Collectors.toSet());
        List<Organization> children = organizations.list("parentId", recipient.id).stream()
                .filter(o -> reports.containsKey(o.id) || (reportingTypes.contains(o.typeCode) && o.openOn(period.from())
                        && !(period.kind() == ReportKind.MODEL_MEETING && o.holdsMeetings)))
                .sorted(Comparator.comparing((Organization o) -> o.nameFolded).thenComparing(o -> o.path)).toList();
        Map<UUID, Integer> programmeQuarters = programmeQuarters(period, children);
        List<PolicyProfile> all = policies.all();
        List<ReportApi.SubmissionRow> rows = new ArrayList<>();
        int[] counts = new int[ReportApi.SubmissionStatus.values().length];
        for (Organization o : children) {
            PeriodicReport r = reports.get(o.id);
            LocalDate due = r != null && r.status == ReportStatus.SUBMITTED ? r.dueDate
                    : ReportDueDates.due(period, PolicyChain.pick(all, o, period.from()), programmeQuarters.get(o.id));
            ReportApi.SubmissionStatus status = statusOf(r, due, today);
            counts[status.ordinal()]++;
            if (query.status() != null && query.status() != status) continue;
            rows.add(new ReportApi.SubmissionRow(o.id, o.name, status, due, r == null ? null : r.id,
                    r == null ? null : r.status, r == null ? 0 : r.revision, r == null ? null : time.local(r.submittedAt)));
        }
        PageResult<ReportApi.SubmissionRow> page = paging.slice(rows);
        return new ReportApi.SubmissionPage(period.kind(), period.key(), new ReportApi.SubmissionCounts(counts[0],
                counts[1], counts[2], counts[3]), page.items(), page.page(), page.size(), page.total());
    }

    static ReportApi.SubmissionStatus statusOf(PeriodicReport r, LocalDate due, LocalDate today) {
        if (r != null && r.status == ReportStatus.SUBMITTED) {
            return r.late ? ReportApi.SubmissionStatus.LATE : ReportApi.SubmissionStatus.SUBMITTED;
        }
        return today.isAfter(due) ? ReportApi.SubmissionStatus.MISSING : ReportApi.SubmissionStatus.NOT_DUE;
    }

    private static Map<UUID, Integer> programmeQuarters(ReportPeriod period, List<Organization> children) {
        Map<UUID, Integer> out = new HashMap<>();
        if (period.kind() != ReportKind.MODEL_MEETING || children.isEmpty()) return out;
        for (ModelProgramme p : ModelProgramme.<ModelProgramme>list("year = ?1 and committee.id in ?2", period.year(),
                children.stream().map(o -> o.id).toList())) {
            out.put(p.committee.id, p.quarter);
        }
        return out;
    }
}
