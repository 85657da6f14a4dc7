package vn.chibo.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;

/**
 * BR-E8: gathers, in three queries whatever the size of the subtree, the cells open during the year, their regular
 * meetings with the evaluations' ratings and their current annual ratings; {@link RatingDistribution} sums them by
 * cell type for the upper committee.
 */
@ApplicationScoped
public class RatingDistributionService {
    private final EntityManager em;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final RatingViews views;

    public RatingDistributionService(EntityManager em, OrganizationRepository organizations, AccessPolicy access,
                                     RatingViews views) {
        this.em = em;
        this.organizations = organizations;
        this.access = access;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingApi.Distribution distribution(UUID organizationId, int year, Locale locale) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        Map<UUID, List<MonthlyFeed.RegularMeeting>> meetings = views.regularMeetings(org.path, year);
        Map<UUID, AnnualLevel> levels = new HashMap<>();
        for (Object[] r : em.createQuery("select r.subjectId, r.currentLevel from AnnualRating r where r.orgPath like :p"
                        + " and r.year = :y and r.current = true and r.subjectType = :t", Object[].class)
                .setParameter("p", org.path + "%").setParameter("y", year).setParameter("t", SubjectType.ORGANIZATION)
                .getResultList()) {
            if (r[1] != null) levels.put((UUID) r[0], (AnnualLevel) r[1]);
        }
        List<RatingDistribution.CellYear> cells = new ArrayList<>();
        for (Object[] c : em.createQuery("select o.id, o.categoryCode from Organization o where o.path like :p"
                        + " and o.holdsMeetings = true and o.validFrom <= :end and (o.validTo is null or o.validTo >= :start)",
                        Object[].class)
                .setParameter("p", org.path + "%").setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultList()) {
            UUID id = (UUID) c[0];
            cells.add(new RatingDistribution.CellYear((String) c[1],
                    MonthlyFeed.months(meetings.getOrDefault(id, List.of())), levels.get(id)));
        }
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        boolean english = "en".equals(locale.getLanguage());
        for (OrganizationCategory c : OrganizationCategory.<OrganizationCategory>listAll()) {
            order.put(c.code, c.sortOrder);
            labels.put(c.code, english ? c.labelEn : c.labelVi);
        }
        return new RatingApi.Distribution(org.id, year,
                RatingDistribution.byCategory(cells, order, code -> labels.getOrDefault(code, code)));
    }
}
