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
        int stored = storedYear(cell, year, kind);
        CellArtefact a = find(cell, stored, kind);
        if (a == null) {
            a = new CellArtefact();
            a.organization = cell;
            a.kind = kind;
            a.year = stored;
        }
        a.adoptedOn = body.adoptedOn();
        a.reference = Strings.blankToNull(body.reference());
        a.recordedAt = time.now();
        a.recordedBy = actor.username();
        if (!a.isPersistent()) a.persist();
        audit.record(ENTITY, a.id, cell, "RECORD", Map.of("kind", kind.name(), "year", stored,
                "adoptedOn", a.adoptedOn.toString()));
        return view(a);
    }

    @Transactional
    public void remove(UUID organizationId, int year, ArtefactKind kind) {
        Organization cell = requireCell(organizationId);
        access.requireChangeMembers(cell);
        CellArtefact a = find(cell, storedYear(cell, year, kind), kind);
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
        List<ArtefactKind> termKinds = policy.termArtefactKinds();
        int termStart = policy.termStartOf(y);
        Counted counted = new Counted(y, expected, termStart, termKinds);
        String path = org.path;
        long total = em.createQuery("select count(o) from Organization o where " + OPEN_CELLS, Long.class)
                .setParameter("p", path + "%").getSingleResult();
        List<Organization> page = em.createQuery("from Organization o where " + OPEN_CELLS + " order by o.name, o.id",
                        Organization.class).setParameter("p", path + "%")
                .setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        Map<UUID, List<CellArtefact>> byCell = new HashMap<>();
        if (!page.isEmpty()) {
            for (CellArtefact a : counted.bind(em.createQuery("from CellArtefact a where a.organization.id in :ids and "
                            + counted.where(), CellArtefact.class).setParameter("ids", page.stream().map(o -> o.id).toList()))
                    .getResultList()) {
                byCell.computeIfAbsent(a.organization.id, k -> new ArrayList<>()).add(a);
            }
        }
        Map<ArtefactKind, Long> perKind = new HashMap<>();
        for (Object[] r : counted.bind(em.createQuery("select a.kind, count(a) from CellArtefact a join a.organization o where "
                        + OPEN_CELLS + " and " + counted.where() + " group by a.kind", Object[].class)
                .setParameter("p", path + "%")).getResultList()) {
            perKind.put((ArtefactKind) r[0], ((Number) r[1]).longValue());
        }
        int kinds = expected.size() + termKinds.size();
        long complete = kinds == 0 ? total : counted.bind(em.createQuery("select o.id from CellArtefact a"
                        + " join a.organization o where " + OPEN_CELLS + " and " + counted.where() + " group by o.id having count(a) = :n", UUID.class)
                .setParameter("p", path + "%").setParameter("n", (long) kinds)).getResultList().size();
        List<ArtefactApi.CellRow> rows = page.stream().map(o -> {
            List<CellArtefact> mine = byCell.getOrDefault(o.id, List.of());
            ArtefactChecklistRule.Verdict v = ArtefactChecklistRule.judge(expected,
                    mine.stream().filter(a -> a.year == y).map(a -> a.kind).toList(), termKinds,
                    mine.stream().filter(a -> a.year == termStart).map(a -> a.kind).toList(), policy.artefactsDue, y,
                    termStart, today);
            return new ArtefactApi.CellRow(o.id, o.name, mine.stream().sorted((a, b) -> a.kind.compareTo(b.kind))
                    .map(ArtefactService::view).toList(), v.missing(), v.level());
        }).toList();
        List<ArtefactApi.KindCount> counts = java.util.stream.Stream.concat(expected.stream(), termKinds.stream())
                .map(k -> new ArtefactApi.KindCount(k, perKind.getOrDefault(k, 0L))).toList();
        ArtefactApi.Term term = new ArtefactApi.Term(termStart, termStart + policy.termYears - 1, termKinds,
                PolicyProfile.dayOfYear(policy.artefactsDue, termStart));
        return new ArtefactApi.Checklist(org.id, y, expected, PolicyProfile.dayOfYear(policy.artefactsDue, y), total,
                complete, counts, rows, paging.page, paging.size, total, term);
    }

    /**
     * Which artefacts count for a year: those of the annual kinds recorded for it, those of the term kinds recorded for
     * its term's first year. A condition on the alias {@code a}; a list of kinds left empty leaves its part out (an
     * empty "in" list is not portable SQL).
     */
    private record Counted(int year, List<ArtefactKind> annual, int termStart, List<ArtefactKind> term) {
        String where() {
            List<String> parts = new ArrayList<>();
            if (!annual.isEmpty()) parts.add("(a.year = :y and a.kind in :annual)");
            if (!term.isEmpty()) parts.add("(a.year = :ts and a.kind in :term)");
            return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
        }

        <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> q) {
            if (!annual.isEmpty()) q.setParameter("y", year).setParameter("annual", annual);
            if (!term.isEmpty()) q.setParameter("ts", termStart).setParameter("term", term);
            return q;
        }
    }

    /** BR-P7: a term artefact is kept under its term's first year, so it counts for every year of the term. */
    private int storedYear(Organization cell, int year, ArtefactKind kind) {
        PolicyProfile policy = policies.inForce(cell, time.today());
        return policy.termArtefactKinds().contains(kind) ? policy.termStartOf(year) : year;
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
