package vn.chibo.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
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

    public PolicyService(OrganizationRepository organizations, AccessPolicy access, AuditService audit,
                         TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /** The profile in force; callers have already checked they may read the organisation. */
    public PolicyProfile inForce(Organization org, LocalDate day) {
        List<UUID> chain = new ArrayList<>(org.ancestorIds());
        chain.add(org.id);
        List<PolicyProfile> candidates = find("(issuer.id in ?1 or issuer is null) and validFrom <= ?2", chain, day).list();
        PolicyProfile best = null;
        int bestDepth = -2;
        for (PolicyProfile p : candidates) {
            int depth = p.issuer == null ? -1 : chain.indexOf(p.issuer.id);
            if (depth > bestDepth || (depth == bestDepth && p.validFrom.isAfter(best.validFrom))) {
                best = p;
                bestDepth = depth;
            }
        }
        if (best == null) throw new IllegalStateException("No central default policy: migration V3 missing");
        return best;
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
        PolicyProfile p = new PolicyProfile();
        p.issuer = issuer;
        p.issuerName = issuer.name;
        p.legalBasis = command.legalBasis();
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
        if (command.verificationDueDays() != null) p.verificationDueDays = command.verificationDueDays();
        p.createdAt = time.now();
        persist(p);
        audit.record("Policy", p.id, issuer, "ISSUE", Map.of("validFrom", p.validFrom.toString(),
                "voteRule", p.voteRule.name(), "secondRegularInMonth", p.secondRegularInMonth.name()));
        return PolicyApi.View.of(p);
    }
}
