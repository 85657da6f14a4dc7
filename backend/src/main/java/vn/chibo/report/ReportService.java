package vn.chibo.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.planning.ModelProgramme;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** Opens periodic reports and reads them: one organisation's list, one report, its submitted revisions. */
@ApplicationScoped
public class ReportService implements PanacheRepositoryBase<PeriodicReport, UUID> {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final PolicyService policies;
    private final ReportFiguresSource figures;
    private final ReportSignatures signatures;
    private final TimeSource time;

    public ReportService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                         AuditService audit, PolicyService policies, ReportFiguresSource figures,
                         ReportSignatures signatures, TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.policies = policies;
        this.figures = figures;
        this.signatures = signatures;
        this.time = time;
    }

    @Transactional
    public ReportApi.View create(UUID organizationId, ReportApi.Create body) {
        Organization org = organizations.require(organizationId);
        access.requireChangeMembers(org);
        ReportPeriod period = ReportPeriod.parse(body.kind(), body.period(), time.today());
        PeriodicReport r = open(org, period, actor.username(), time.now());
        flush();
        return view(r);
    }

    /**
     * Opens a DRAFT for the organisation's committee above, without the caller's checks (the demo opens its past
     * year's reports on their days): one per organisation, kind and period; a model-meeting report from a committee.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PeriodicReport open(Organization org, ReportPeriod period, String by, Instant at) {
        if (org.parentId == null) throw ApiException.conflict("report-no-recipient", org.name);
        if (period.kind() == ReportKind.MODEL_MEETING && org.holdsMeetings) {
            throw ApiException.conflict("not-a-committee", org.name);
        }
        if (count("organization.id = ?1 and kind = ?2 and period = ?3", org.id, period.kind(), period.key()) > 0) {
            throw ApiException.conflict("report-exists");
        }
        PeriodicReport r = new PeriodicReport();
        r.organization = org;
        r.recipientId = org.parentId;
        r.orgPath = org.path;
        r.kind = period.kind();
        r.period = period.key();
        r.dueDate = dueDate(org, period);
        r.createdAt = r.updatedAt = at;
        r.createdBy = r.updatedBy = by;
        persist(r);
        audit.record(at, by, "PeriodicReport", r.id, org, "CREATE", Map.of("kind", r.kind.name(), "period", r.period,
                "dueDate", r.dueDate.toString()));
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportApi.RowPage list(UUID organizationId, ReportKind kind, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        String where = kind == null ? "organization.id = ?1" : "organization.id = ?1 and kind = ?2";
        Object[] params = kind == null ? new Object[] {org.id} : new Object[] {org.id, kind};
        List<ReportApi.Row> rows = find(where + " order by period desc, kind, id", params).page(paging.page, paging.size)
                .list().stream().map(r -> new ReportApi.Row(r.id, r.kind, r.period, r.dueDate, r.status, r.late,
                        r.revision, time.local(r.submittedAt), time.local(r.updatedAt))).toList();
        return new ReportApi.RowPage(rows, paging.page, paging.size, count(where, params));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportApi.View get(UUID id) {
        PeriodicReport r = requireReadable(id);
        return view(r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ReportApi.RevisionView> revisions(UUID id, PageRequest paging) {
        PeriodicReport r = requireReadable(id);
        // a revision number is unique within its report (uq_periodic_report_revision): the order is total
        List<ReportApi.RevisionView> items = ReportRevision.<ReportRevision>find("reportId = ?1 order by revision", r.id)
                .page(paging.page, paging.size).list().stream()
                .map(v -> new ReportApi.RevisionView(v.revision, v.reason, v.dueDate, v.late,
                        ReportApi.Sections.of(v.narrative), figures.read(v.figures), time.local(v.submittedAt),
                        v.submittedBy, ReportApi.Signature.of(signatures.sent(r.organization, v.signature,
                        v.submittedBy, v.submittedAt)))).toList();
        return new PageResult<>(items, paging.page, paging.size, ReportRevision.count("reportId", r.id));
    }

    /** The report, after checking the caller may read its organisation (the committees above may). */
    PeriodicReport requireReadable(UUID id) {
        PeriodicReport r = require(id);
        access.requireRead(r.organization);
        return r;
    }

    /** The report, after checking the caller may write for its organisation (its own staff or those above). */
    PeriodicReport requireWritable(UUID id) {
        PeriodicReport r = require(id);
        access.requireChangeMembers(r.organization);
        return r;
    }

    private PeriodicReport require(UUID id) {
        PeriodicReport r = findById(id);
        if (r == null) throw ApiException.notFound("entity.periodic-report");
        return r;
    }

    /** BR-S2 by the policy in force for the organisation when the period begins. */
    LocalDate dueDate(Organization org, ReportPeriod period) {
        Integer programmeQuarter = null;
        if (period.kind() == ReportKind.MODEL_MEETING) {
            ModelProgramme p = ModelProgramme.find("committee.id = ?1 and year = ?2", org.id, period.year()).firstResult();
            if (p != null) programmeQuarter = p.quarter;
        }
        return ReportDueDates.due(period, policies.inForce(org, period.from()), programmeQuarter);
    }

    /** A stored report's period; it was checked when the report was opened, so no day counts as too early. */
    ReportPeriod periodOf(PeriodicReport r) {
        return ReportPeriod.parse(r.kind, r.period, LocalDate.MAX);
    }

    ReportApi.View view(PeriodicReport r) {
        ReportPeriod period = periodOf(r);
        ReportFigures shown = r.figures != null ? figures.read(r.figures) : figures.compute(r.organization, period);
        Organization recipient = organizations.findById(r.recipientId);
        return new ReportApi.View(r.id, r.organization.id, r.organization.name, r.recipientId,
                recipient == null ? null : recipient.name, r.kind, r.period, period.from(), period.to(), r.dueDate,
                r.status, r.late, r.revision, ReportApi.Sections.of(r.narrative), shown, time.local(r.submittedAt),
                r.submittedBy, ReportApi.Signature.of(signatures.sent(r.organization, r.signature, r.submittedBy,
                r.submittedAt)), time.local(r.updatedAt), r.updatedBy, r.version);
    }
}
