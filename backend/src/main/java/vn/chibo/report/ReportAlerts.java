package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.alert.AlertContributor;
import vn.chibo.alert.AlertKind;
import vn.chibo.alert.AlertRules;
import vn.chibo.alert.Severity;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationType;
import vn.chibo.planning.ModelProgramme;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;

/**
 * BR-S2 for the daily alert job: an organisation that reports upward and whose recent report is past its due
 * day without being submitted gets a warning; one submitted late keeps a notice. The model-meeting report is
 * expected from a committee with a programme for the year.
 */
@ApplicationScoped
public class ReportAlerts implements AlertContributor {
    private static final List<ReportKind> PERIODIC = List.of(ReportKind.QUARTERLY, ReportKind.HALF_YEAR, ReportKind.ANNUAL);

    private final PolicyService policies;

    public ReportAlerts(PolicyService policies) {
        this.policies = policies;
    }

    @Override
    public Map<UUID, List<AlertRules.Check>> checks(String path, List<Organization> orgs, LocalDate today) {
        Set<String> reportingTypes = OrganizationType.<OrganizationType>list("reportsUpward", true).stream()
                .map(t -> t.code).collect(Collectors.toSet());
        Set<String> recentKeys = Arrays.stream(ReportKind.values())
                .flatMap(k -> ReportDueDates.recent(k, today).stream()).map(ReportPeriod::key).collect(Collectors.toSet());
        Map<String, Boolean> submittedLate = new HashMap<>();
        for (PeriodicReport r : PeriodicReport.<PeriodicReport>list("orgPath like ?1 and status = ?2 and period in ?3",
                path + "%", ReportStatus.SUBMITTED, recentKeys)) {
            submittedLate.put(key(r.organization.id, r.kind, r.period), r.late);
        }
        Map<String, Integer> programmes = new HashMap<>();
        for (ModelProgramme p : ModelProgramme.<ModelProgramme>list("committee.path like ?1 and year >= ?2", path + "%",
                today.getYear() - 1)) {
            programmes.put(p.committee.id + "|" + p.year, p.quarter);
        }
        List<PolicyProfile> all = policies.all();
        Map<UUID, List<AlertRules.Check>> out = new HashMap<>();
        for (Organization o : orgs) {
            if (o.parentId == null) continue;
            List<AlertRules.Check> checks = new ArrayList<>();
            if (reportingTypes.contains(o.typeCode)) {
                for (ReportKind kind : PERIODIC) {
                    for (ReportPeriod period : ReportDueDates.recent(kind, today)) {
                        check(o, period, null, AlertKind.REPORT_LATE, all, submittedLate, today).ifPresent(checks::add);
                    }
                }
            }
            for (ReportPeriod period : ReportDueDates.recent(ReportKind.MODEL_MEETING, today)) {
                Integer quarter = programmes.get(o.id + "|" + period.year());
                if (quarter == null) continue;
                check(o, period, quarter, AlertKind.MODEL_REPORT_LATE, all, submittedLate, today).ifPresent(checks::add);
            }
            if (!checks.isEmpty()) out.put(o.id, checks);
        }
        return out;
    }

    /** Judged once the due day has passed, for a period the organisation existed at the start of. */
    private static Optional<AlertRules.Check> check(Organization o, ReportPeriod period, Integer quarter,
                                                              AlertKind kind, List<PolicyProfile> all,
                                                              Map<String, Boolean> submittedLate, LocalDate today) {
        if (o.validFrom.isAfter(period.from())) return Optional.empty();
        LocalDate due = ReportDueDates.due(period, PolicyChain.pick(all, o, period.from()), quarter);
        if (!today.isAfter(due)) return Optional.empty();
        Boolean late = submittedLate.get(key(o.id, period.kind(), period.key()));
        boolean raised = late == null || late;
        Severity severity = late == null ? Severity.WARNING : Severity.INFO;
        return Optional.of(new AlertRules.Check(kind, period.key(), raised, severity, due.toString()));
    }

    private static String key(UUID org, ReportKind kind, String period) {
        return org + "|" + kind + "|" + period;
    }
}
