package vn.chibo.rating;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.TextFolding;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Membership;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * Opens a committee's rating cycle for a year: one rating, waiting for its self-assessment, for each cell
 * of the subtree open during the year and each member who belonged to one of them (in the cell of their
 * latest membership that year). Subjects already rated for the year by another cycle are left to it.
 */
@ApplicationScoped
public class RatingCycleService implements PanacheRepositoryBase<RatingCycle, UUID> {
    private final EntityManager em;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final RegulationCatalog regulations;

    public RatingCycleService(EntityManager em, OrganizationRepository organizations, AccessPolicy access,
                              CurrentActor actor, AuditService audit, TimeSource time, RegulationCatalog regulations) {
        this.em = em;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.regulations = regulations;
    }

    @Transactional
    public RatingApi.CycleView open(UUID organizationId, RatingApi.CycleCreate body) {
        Organization org = organizations.require(organizationId);
        access.requireChangeStructure(org);
        int year = body.year();
        if (year > time.today().getYear()) throw ApiException.invalidField("year", "rating-year-future", String.valueOf(year));
        Regulation regulation = regulations.forYear(year)
                .orElseThrow(() -> ApiException.invalidField("year", "rating-no-regulation", String.valueOf(year)));
        organizations.lockForWrite(org); // two cycles opened at once for the same year: the second sees the first
        if (count("organization.id = ?1 and year = ?2", org.id, year) > 0) {
            throw ApiException.conflict("rating-cycle-exists", String.valueOf(year));
        }
        Opened opened = create(org, year, regulation, time.now(), actor.username());
        RatingCycle cycle = opened.cycle();
        int cellCount = opened.count(SubjectType.ORGANIZATION);
        int memberCount = opened.count(SubjectType.MEMBER);
        audit.record("RatingCycle", cycle.id, org, "OPEN", Map.of("year", year, "regulation", regulation.code(),
                "organizations", cellCount, "members", memberCount));
        return new RatingApi.CycleView(cycle.id, org.id, org.name, year, regulation.code(), regulation.title(),
                time.local(cycle.openedAt), cycle.openedBy, cellCount, memberCount);
    }

    /** A cycle just opened and the ratings it created, waiting for their self-assessments. */
    public record Opened(RatingCycle cycle, List<AnnualRating> ratings) {
        int count(SubjectType type) {
            return (int) ratings.stream().filter(r -> r.subjectType == type).count();
        }
    }

    /**
     * Opens the cycle without the caller's checks (the demo opens past years' cycles as their committees did):
     * a rating for each cell open during the year and each member of one of them, unless another cycle rates it.
     */
    public Opened create(Organization org, int year, Regulation regulation, Instant openedAt, String openedBy) {
        RatingCycle cycle = new RatingCycle();
        cycle.organization = org;
        cycle.year = year;
        cycle.regulationCode = regulation.code();
        cycle.openedAt = openedAt;
        cycle.openedBy = openedBy;
        persist(cycle);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<String> rated = new HashSet<>();
        for (Object[] r : em.createQuery("select r.subjectType, r.subjectId from AnnualRating r"
                + " where r.orgPath like :p and r.year = :y", Object[].class)
                .setParameter("p", org.path + "%").setParameter("y", year).getResultList()) {
            rated.add(r[0] + "|" + r[1]);
        }
        List<Organization> cells = em.createQuery("select o from Organization o where o.path like :p and o.holdsMeetings = true"
                        + " and o.validFrom <= :end and (o.validTo is null or o.validTo >= :start) order by o.path",
                        Organization.class)
                .setParameter("p", org.path + "%").setParameter("start", start).setParameter("end", end).getResultList();
        List<AnnualRating> created = new ArrayList<>();
        for (Organization cell : cells) {
            if (rated.contains(SubjectType.ORGANIZATION + "|" + cell.id)) continue;
            created.add(rating(cycle, SubjectType.ORGANIZATION, cell.id, cell.name, cell, regulation));
        }
        Map<UUID, Membership> latest = new LinkedHashMap<>();
        for (Membership ms : em.createQuery("select ms from Membership ms join fetch ms.member join fetch ms.organization o"
                        + " where o.path like :p and o.holdsMeetings = true and ms.validFrom <= :end"
                        + " and (ms.validTo is null or ms.validTo >= :start) order by ms.validFrom", Membership.class)
                .setParameter("p", org.path + "%").setParameter("start", start).setParameter("end", end).getResultList()) {
            latest.put(ms.member.id, ms);
        }
        for (Membership ms : latest.values()) {
            if (rated.contains(SubjectType.MEMBER + "|" + ms.member.id)) continue;
            created.add(rating(cycle, SubjectType.MEMBER, ms.member.id, ms.member.fullName, ms.organization, regulation));
        }
        created.forEach(em::persist);
        return new Opened(cycle, created);
    }

    private static AnnualRating rating(RatingCycle cycle, SubjectType type, UUID subjectId, String name, Organization unit,
                                       Regulation regulation) {
        AnnualRating r = new AnnualRating();
        r.cycle = cycle;
        r.subjectType = type;
        r.subjectId = subjectId;
        r.subjectName = name;
        r.subjectNameFolded = TextFolding.fold(name);
        r.unit = unit;
        r.unitName = unit.name;
        r.orgPath = unit.path;
        r.year = cycle.year;
        r.regulationCode = regulation.code();
        return r;
    }
}
