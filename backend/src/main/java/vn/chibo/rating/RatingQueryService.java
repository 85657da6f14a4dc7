package vn.chibo.rating;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.PageRequest;
import vn.chibo.common.TextFolding;
import vn.chibo.export.RowSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;

/** The ratings of a subtree and year as the list, its export and the dashboard's targets read them. */
@ApplicationScoped
public class RatingQueryService {
    private static final int EXPORT_PAGE = 500;

    /** Filters of the list: the year, and optionally the kind of subject, the level, the step and a name. */
    public record Filter(int year, SubjectType subjectType, AnnualLevel level, RatingState state, String text) {}

    private final EntityManager em;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final RatingViews views;

    public RatingQueryService(EntityManager em, OrganizationRepository organizations, AccessPolicy access,
                              RatingViews views) {
        this.em = em;
        this.organizations = organizations;
        this.access = access;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingApi.RowPage list(UUID organizationId, Filter filter, PageRequest paging) {
        Organization org = readable(organizationId);
        Query q = query(org, filter);
        long total = q.count();
        List<RatingApi.Row> rows = q.page(paging.page * paging.size, paging.size).stream().map(r -> views.row(r, true)).toList();
        return new RatingApi.RowPage(rows, paging.page, paging.size, total);
    }

    /** The list for an export: the organisation's name and a source reading its rows page by page. */
    public record Listing(String organizationName, RowSource<RatingApi.Row> rows) {}

    /**
     * Checks the caller's scope now, while the request is handled, and returns a source that reads the
     * filtered list page by page, each page in its own short transaction, while the file is written.
     * Export rows carry no actions (they are the caller's buttons on the screen).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing listAll(UUID organizationId, Filter filter) {
        Organization org = readable(organizationId);
        Query q = query(org, filter);
        RowSource<RatingApi.Row> rows = sink -> {
            for (int offset = 0; ; offset += EXPORT_PAGE) {
                int from = offset;
                List<RatingApi.Row> items = QuarkusTransaction.requiringNew()
                        .call(() -> q.page(from, EXPORT_PAGE).stream().map(r -> views.row(r, false)).toList());
                items.forEach(sink);
                if (items.size() < EXPORT_PAGE) return;
            }
        };
        return new Listing(org.name, rows);
    }

    /** Decided current ratings of the year under the organisation, by subject type and final level (BR-S5). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<SubjectType, Map<AnnualLevel, Integer>> decidedLevels(String path, int year) {
        Map<SubjectType, Map<AnnualLevel, Integer>> out = new EnumMap<>(SubjectType.class);
        for (SubjectType t : SubjectType.values()) out.put(t, new EnumMap<>(AnnualLevel.class));
        for (Object[] row : em.createQuery("select r.subjectType, r.finalLevel, count(r) from AnnualRating r"
                        + " where r.orgPath like :p and r.year = :y and r.current = true and r.state = :decided"
                        + " group by r.subjectType, r.finalLevel", Object[].class)
                .setParameter("p", path + "%").setParameter("y", year).setParameter("decided", RatingState.DECIDED)
                .getResultList()) {
            out.get((SubjectType) row[0]).put((AnnualLevel) row[1], ((Number) row[2]).intValue());
        }
        return out;
    }

    private Organization readable(UUID organizationId) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        return org;
    }

    private Query query(Organization org, Filter f) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("p", org.path + "%").and("y", f.year());
        where.add("r.orgPath like :p and r.year = :y and r.current = true");
        if (f.subjectType() != null) {
            where.add("r.subjectType = :t");
            params.and("t", f.subjectType());
        }
        if (f.level() != null) {
            where.add("r.currentLevel = :l");
            params.and("l", f.level());
        }
        if (f.state() != null) {
            where.add("r.state = :s");
            params.and("s", f.state());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("r.subjectNameFolded like :q escape '\\'");
            params.and("q", TextFolding.likeContains(f.text()));
        }
        return new Query(em, String.join(" and ", where), params.map());
    }

    private record Query(EntityManager em, String where, Map<String, Object> params) {
        long count() {
            var q = em.createQuery("select count(r) from AnnualRating r where " + where, Long.class);
            params.forEach(q::setParameter);
            return q.getSingleResult();
        }

        List<AnnualRating> page(int offset, int size) {
            // The unit and the cycle's committee decide the caller's actions on each row: fetched with it.
            var q = em.createQuery("select r from AnnualRating r join fetch r.unit join fetch r.cycle c"
                    + " join fetch c.organization where " + where
                    + " order by r.subjectType desc, r.unitName, r.subjectNameFolded, r.id", AnnualRating.class);
            params.forEach(q::setParameter);
            return q.setFirstResult(offset).setMaxResults(size).getResultList();
        }
    }
}
