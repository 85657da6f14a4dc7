package vn.chibo.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
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
import vn.chibo.security.AccessPolicy;

/**
 * Finds the rule set in force for an organisation on a day: the newest profile issued by the
 * organisation itself or the nearest committee above it, else the central default.
 */
@ApplicationScoped
public class PolicyService implements PanacheRepositoryBase<PolicyProfile, UUID> {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final AuditService audit;
    private final TimeSource time;
    private final Event<PolicyIssued> issued;
    private final LegalReferenceService references;

    public PolicyService(OrganizationRepository organizations, AccessPolicy access, AuditService audit,
                         TimeSource time, Event<PolicyIssued> issued, LegalReferenceService references) {
        this.references = references;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.issued = issued;
    }

    /** The profile in force; callers have already checked they may read the organisation. */
    public PolicyProfile inForce(Organization org, LocalDate day) {
        // The issuers on the chain are the organisations whose path begins the organisation's path: a prefix
        // test instead of a list of ids keeps the query's text fixed, so its plan is reused.
        // (The path is read from the organisation's row, not bound: a bound argument of locate() makes
        // Hibernate translate the query again on every call.)
        // The legal reference comes with it: every view of a policy shows it (one statement, not two).
        List<PolicyProfile> candidates = find("select p from PolicyProfile p left join fetch p.legalReference"
                + " left join p.issuer i, Organization o"
                + " where o.id = ?1 and (i is null or locate(i.path, o.path) = 1)", org.id).list();
        return PolicyChain.pick(candidates, PolicyChain.chainOf(org), day);
    }

    /**
     * BR-D2: the profile a record pinned when it was judged (one statement, with its legal reference, as
     * {@link #inForce}), or, with none pinned yet, the one in force for the organisation on the day.
     */
    public PolicyProfile pinnedOrInForce(UUID pinned, Organization org, LocalDate day) {
        if (pinned == null) return inForce(org, day);
        return find("select p from PolicyProfile p left join fetch p.legalReference where p.id = ?1", pinned).singleResult();
    }

    /** Every profile, for jobs that resolve the policy of many organisations in memory. */
    public List<PolicyProfile> all() {
        return listAll();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyApi.View effective(UUID organizationId, LocalDate day) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        return PolicyApi.View.of(inForce(org, day != null ? day : time.today()));
    }

    @Transactional
    public PolicyApi.View issue(PolicyApi.Create command) {
        Organization issuer = organizations.require(command.issuerOrganizationId());
        access.requireChangeStructure(issuer);
        if (command.combinedMinDurationMinutes() < command.minDurationMinutes()) {
            throw ApiException.invalidField("combinedMinDurationMinutes", "policy-combined-shorter", command.minDurationMinutes());
        }
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw ApiException.invalidField("validTo", "policy-ends-before-start", command.validFrom());
        }
        organizations.lockForWrite(issuer); // two overlapping profiles issued at once: the second sees the first
        for (PolicyProfile other : list("issuer.id", issuer.id)) {
            if (overlaps(other, command.validFrom(), command.validTo())) {
                throw ApiException.conflict("policy-overlap", other.label());
            }
        }
        PolicyProfile p = new PolicyProfile();
        p.issuer = issuer;
        p.issuerName = issuer.name;
        p.legalBasis = command.legalBasis();
        // BR-D6: the reference chosen, else the one the free text mainly cites (parsed, added to the catalogue if new)
        p.legalReference = command.legalReferenceId() != null
                ? references.require("legalReferenceId", command.legalReferenceId())
                : references.resolve("legalBasis", command.legalBasis());
        p.validFrom = command.validFrom();
        p.attendanceTargetPercent = command.attendanceTargetPercent();
        p.maxConsecutiveExcusedAbsences = command.maxConsecutiveExcusedAbsences();
        p.speakingTargetPercent = command.speakingTargetPercent();
        p.minDurationMinutes = command.minDurationMinutes();
        p.combinedMinDurationMinutes = command.combinedMinDurationMinutes();
        p.documentLeadDays = command.documentLeadDays();
        p.maxDocumentBytes = command.maxDocumentBytes();
        p.voteRule = command.voteRule();
        p.secondRegularInMonth = command.secondRegularInMonth();
        p.validTo = command.validTo();
        if (command.verificationDueDays() != null) p.verificationDueDays = command.verificationDueDays();
        if (command.selfScoreDueDays() != null) p.selfScoreDueDays = command.selfScoreDueDays();
        applyPlanningRules(p, command);
        applyVoteRules(p, command.voteRules());
        if (command.onlineAttendanceCounts() != null) p.onlineAttendanceCounts = command.onlineAttendanceCounts();
        p.createdAt = time.now();
        persist(p);
        issued.fire(new PolicyIssued(issuer.path, p.validFrom));
        audit.record("Policy", p.id, issuer, "ISSUE", Map.of("validFrom", p.validFrom.toString(),
                "voteRule", p.voteRule.name(), "secondRegularInMonth", p.secondRegularInMonth.name(),
                "annualTargets", PolicyApi.AnnualTargets.of(p), "excellentQuotaEnabled", p.excellentQuotaEnabled,
                "reportDeadlines", PolicyApi.ReportDeadlines.of(p), "voteRules", PolicyApi.KindRule.of(p),
                "onlineAttendanceCounts", p.onlineAttendanceCounts));
        return PolicyApi.View.of(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PolicyApi.View> issuedBy(UUID organizationId, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        // id breaks ties of rule sets valid from the same day so pages never overlap
        List<PolicyApi.View> items = find("issuer.id = ?1 order by validFrom desc, id", org.id)
                .page(paging.page, paging.size).list().stream().map(PolicyApi.View::of).toList();
        return new PageResult<>(items, paging.page, paging.size, count("issuer.id", org.id));
    }

    private static boolean overlaps(PolicyProfile p, LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = p.validTo == null || !from.isAfter(p.validTo);
        boolean endsAfterOtherStarts = to == null || !to.isBefore(p.validFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /**
     * BR-H8: the pass rules by kind of decision. ORDINARY is the profile's voteRule, so listing it again with another
     * rule would leave two answers; a kind listed twice likewise.
     */
    private static void applyVoteRules(PolicyProfile p, List<PolicyApi.KindRule> rules) {
        if (rules == null) return;
        for (PolicyApi.KindRule r : rules) {
            boolean ordinaryDiffers = r.decisionKind() == DecisionKind.ORDINARY && r.rule() != p.voteRule;
            boolean twice = r.decisionKind() != DecisionKind.ORDINARY && p.voteRules.put(r.decisionKind(), r.rule()) != null;
            if (ordinaryDiffers || twice) throw ApiException.invalidField("voteRules", "policy-vote-rule-twice", r.decisionKind());
        }
    }

    private static void applyPlanningRules(PolicyProfile p, PolicyApi.Create c) {
        if (c.topicalPerQuarter() != null) p.topicalPerQuarter = c.topicalPerQuarter();
        if (c.forumsPerYearMin() != null) p.forumsPerYearMin = c.forumsPerYearMin();
        if (c.forumsPerYearMax() != null) p.forumsPerYearMax = c.forumsPerYearMax();
        if (p.forumsPerYearMax < p.forumsPerYearMin) {
            throw ApiException.invalidField("forumsPerYearMax", "policy-forums-range", p.forumsPerYearMin);
        }
        if (c.modelCellThreshold() != null) p.modelCellThreshold = c.modelCellThreshold();
        if (c.modelMeetingsBelowThreshold() != null) p.modelMeetingsBelowThreshold = c.modelMeetingsBelowThreshold();
        if (c.modelMeetingsAtOrAboveThreshold() != null) p.modelMeetingsAtOrAboveThreshold = c.modelMeetingsAtOrAboveThreshold();
        if (c.modelMeetingQuarter() != null) p.modelMeetingQuarter = c.modelMeetingQuarter();
        if (c.topicalPlanDue() != null) p.topicalPlanDue = validMonthDay("topicalPlanDue", c.topicalPlanDue());
        if (c.monthlyScheduleDueDay() != null) p.monthlyScheduleDueDay = c.monthlyScheduleDueDay();
        if (c.regularMeetingWarnDay() != null) p.regularMeetingWarnDay = c.regularMeetingWarnDay();
        if (c.supervisorHalfYearReportDue() != null) {
            p.supervisorHalfYearReportDue = validMonthDay("supervisorHalfYearReportDue", c.supervisorHalfYearReportDue());
        }
        if (c.supervisorAnnualReportDue() != null) {
            p.supervisorAnnualReportDue = validMonthDay("supervisorAnnualReportDue", c.supervisorAnnualReportDue());
        }
        if (c.visitsPerCellPerQuarter() != null) p.visitsPerCellPerQuarter = c.visitsPerCellPerQuarter();
        if (c.emptyQuarterRule() != null) p.emptyQuarterRule = c.emptyQuarterRule();
        if (c.annualTargets() != null) {
            if (c.annualTargets().memberExcellentMaxPercent() < c.annualTargets().memberExcellentMinPercent()) {
                throw ApiException.invalidField("annualTargets.memberExcellentMaxPercent", "policy-target-range",
                        c.annualTargets().memberExcellentMinPercent());
            }
            c.annualTargets().applyTo(p);
        }
        if (c.excellentQuotaEnabled() != null) p.excellentQuotaEnabled = c.excellentQuotaEnabled();
        if (c.excellentQuotaPercent() != null) p.excellentQuotaPercent = c.excellentQuotaPercent();
        if (c.reportDeadlines() != null) {
            p.reportQuarterDueDays = c.reportDeadlines().quarterlyDueDays();
            p.reportHalfYearDue = validMonthDay("reportDeadlines.halfYearDue", c.reportDeadlines().halfYearDue());
            p.reportAnnualDue = validMonthDay("reportDeadlines.annualDue", c.reportDeadlines().annualDue());
            p.reportModelDueDays = c.reportDeadlines().modelMeetingDueDays();
        }
        if (c.largeCellRule() != null) {
            p.largeCellMembers = c.largeCellRule().members();
            p.largeCellMinDurationMinutes = c.largeCellRule().minDurationMinutes();
        }
        if (c.forumWarnMonth() != null) p.forumWarnMonth = c.forumWarnMonth();
        if (c.meetingRecords() != null) c.meetingRecords().applyTo(p);
        if (c.removalReviewMonths() != null) p.removalReviewMonths = c.removalReviewMonths();
        if (c.artefactChecklist() != null) {
            p.expectedArtefacts = String.join(",", new java.util.TreeSet<>(c.artefactChecklist().kinds()).stream()
                    .map(Enum::name).toList());
            p.artefactsDue = validMonthDay("artefactChecklist.due", c.artefactChecklist().due());
            applyTerm(p, c.artefactChecklist());
        }
        if (c.orientationAgendaItems() != null) {
            p.orientationAgendaItems = String.join(",", new java.util.TreeSet<>(c.orientationAgendaItems()).stream()
                    .map(Enum::name).toList());
        }
    }

    /** BR-P7: the kinds expected once per term, and the term; a kind is expected either each year or once per term. */
    private static void applyTerm(PolicyProfile p, PolicyApi.ArtefactChecklist c) {
        if (c.termKinds() != null) {
            for (ArtefactKind k : c.termKinds()) {
                if (c.kinds().contains(k)) throw ApiException.invalidField("artefactChecklist.termKinds", "policy-artefact-twice", k);
            }
            p.termArtefacts = String.join(",", new java.util.TreeSet<>(c.termKinds()).stream().map(Enum::name).toList());
        }
        if (c.termStartYear() != null) p.termStartYear = c.termStartYear();
        if (c.termYears() != null) p.termYears = c.termYears();
    }

    /** 31-02 passes the pattern but is no day of any year. */
    private static String validMonthDay(String field, String value) {
        try {
            PolicyProfile.dayOfYear(value, 2024);
            return value;
        } catch (DateTimeException e) {
            throw ApiException.invalidField(field, "policy-month-day", value);
        }
    }
}
