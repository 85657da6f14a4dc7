package vn.chibo.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Strings;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.ArtefactKind;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * BR-P7: the term-start and annual artefacts a cell records (the secretary ticks them) and the checklist of a
 * subtree, read in a fixed number of set-based queries whatever its size (a province has 3,000 cells).
 */
@ApplicationScoped
public class ArtefactService {
    static final String ENTITY = "CellArtefact";
    private static final String OPEN_CELLS = "o.path like :p and o.holdsMeetings = true and o.validTo is null";

    private final EntityManager em;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final PolicyService policies;

    public ArtefactService(EntityManager em, OrganizationRepository organizations, AccessPolicy access,
                           CurrentActor actor, AuditService audit, TimeSource time, PolicyService policies) {
        this.em = em;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.policies = policies;
    }

    @Transactional
    public ArtefactApi.View record(UUID organizationId, int year, ArtefactKind kind, ArtefactApi.Record body) {
        Organization cell = requireCell(organizationId);
        access.requireChangeMembers(cell);
        requireYear(year);
        if (body.adoptedOn().isAfter(time.today())) throw ApiException.invalidField("adoptedOn", "date-in-future");
        CellArtefact a = find(cell, year, kind);
        if (a == null) {
            a = new CellArtefact();
            a.organization = cell;
            a.kind = kind;
            a.year = year;
        }
        a.adoptedOn = body.adoptedOn();
        a.reference = Strings.blankToNull(body.reference());
        a.recordedAt = time.now();
        a.recordedBy = actor.username();
        if (!a.isPersistent()) a.persist();
        audit.record(ENTITY, a.id, cell, "RECORD", Map.of("kind", kind.name(), "year", year,
                "adoptedOn", a.adoptedOn.toString()));
        return view(a);
    }

    @Transactional
    public void remove(UUID organizationId, int year, ArtefactKind kind) {
        Organization cell = requireCell(organizationId);
        access.requireChangeMembers(cell);
        CellArtefact a = find(cell, year, kind);
        if (a == null) throw ApiException.notFound("entity.artefact");
        a.delete();
        audit.record(ENTITY, a.id, cell, "DELETE", Map.of("kind", kind.name(), "year", year));
    }

    /** The cells of the subtree (the cell itself for a cell) with their artefacts of the year, by name, paged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArtefactApi.Checklist checklist(UUID organizationId, Integer year, SubtreePageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        LocalDate today = time.today();
        int y = year == null ? today.getYear() : year;
        requireYear(y);
        PolicyProfile policy = policies.inForce(org, today);
        List<ArtefactKind> expected = policy.expectedArtefactKinds();
        String path = org.path;
        long total = em.createQuery("select count(o) from Organization o where " + OPEN_CELLS, Long.class)
                .setParameter("p", path + "%").getSingleResult();
        List<Organization> page = em.createQuery("from Organization o where " + OPEN_CELLS + " order by o.name, o.id",
                        Organization.class).setParameter("p", path + "%")
                .setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        Map<UUID, List<CellArtefact>> byCell = new HashMap<>();
        if (!page.isEmpty()) {
            for (CellArtefact a : em.createQuery("from CellArtefact a where a.organization.id in :ids and a.year = :y",
                            CellArtefact.class).setParameter("ids", page.stream().map(o -> o.id).toList())
                    .setParameter("y", y).getResultList()) {
                byCell.computeIfAbsent(a.organization.id, k -> new ArrayList<>()).add(a);
            }
        }
        Map<ArtefactKind, Long> perKind = new HashMap<>();
        for (Object[] r : em.createQuery("select a.kind, count(a) from CellArtefact a join a.organization o where "
                        + OPEN_CELLS + " and a.year = :y group by a.kind", Object[].class)
                .setParameter("p", path + "%").setParameter("y", y).getResultList()) {
            perKind.put((ArtefactKind) r[0], ((Number) r[1]).longValue());
        }
        long complete = expected.isEmpty() ? total : em.createQuery("select o.id from CellArtefact a join a.organization o where "
                        + OPEN_CELLS + " and a.year = :y and a.kind in :kinds group by o.id having count(a) = :n", UUID.class)
                .setParameter("p", path + "%").setParameter("y", y).setParameter("kinds", expected)
                .setParameter("n", (long) expected.size()).getResultList().size();
        List<ArtefactApi.CellRow> rows = page.stream().map(o -> {
            List<CellArtefact> mine = byCell.getOrDefault(o.id, List.of());
            ArtefactChecklistRule.Verdict v = ArtefactChecklistRule.judge(expected, mine.stream().map(a -> a.kind).toList(),
                    policy.artefactsDue, y, today);
            return new ArtefactApi.CellRow(o.id, o.name, mine.stream().sorted((a, b) -> a.kind.compareTo(b.kind))
                    .map(ArtefactService::view).toList(), v.missing(), v.level());
        }).toList();
        List<ArtefactApi.KindCount> counts = expected.stream()
                .map(k -> new ArtefactApi.KindCount(k, perKind.getOrDefault(k, 0L))).toList();
        return new ArtefactApi.Checklist(org.id, y, expected, PolicyProfile.dayOfYear(policy.artefactsDue, y), total,
                complete, counts, rows, paging.page, paging.size, total);
    }

    private Organization requireCell(UUID organizationId) {
        Organization org = organizations.require(organizationId);
        if (!org.holdsMeetings) throw ApiException.badRequest("artefact-not-a-cell");
        return org;
    }

    private void requireYear(int year) {
        int now = time.today().getYear();
        if (year < 2000 || year > now + 1) throw ApiException.invalidField("year", "artefact-year", String.valueOf(now + 1));
    }

    private static CellArtefact find(Organization cell, int year, ArtefactKind kind) {
        return CellArtefact.find("organization = ?1 and year = ?2 and kind = ?3", cell, year, kind).firstResult();
    }

    private static ArtefactApi.View view(CellArtefact a) {
        return new ArtefactApi.View(a.kind, a.year, a.adoptedOn, a.reference);
    }
}
