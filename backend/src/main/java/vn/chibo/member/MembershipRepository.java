package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TextFolding;
import vn.chibo.organization.Organization;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {
    private static final String ACTIVE = " ms.validFrom <= :day and (ms.validTo is null or ms.validTo >= :day)";

    /** Filters for the member list of an organisation. */
    public record Filter(Organization organization, boolean includeSubtree, String text, MemberStatus status,
                         ExternalIds externalIds, LocalDate day, String sort) {}

    public PageResult<Membership> list(Filter filter, PageRequest paging) {
        return list(filter, paging, true);
    }

    /** One page without counting the whole list (total -1): an export walks every page and needs no total. */
    public PageResult<Membership> pageWithoutTotal(Filter filter, PageRequest paging) {
        return list(filter, paging, false);
    }

    private PageResult<Membership> list(Filter filter, PageRequest paging, boolean withTotal) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("day", filter.day());
        where.add(ACTIVE);
        if (filter.includeSubtree()) {
            where.add("o.path like :path");
            params.and("path", filter.organization().path + "%");
        } else {
            where.add("o.id = :org");
            params.and("org", filter.organization().id);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("m.nameSearchKey like :text escape '\\'");
            params.and("text", TextFolding.likeWordStart(filter.text()));
        }
        filter.externalIds().addConditions("m", where, params);
        String exempt = "exists (select 1 from Exemption e where e.member = m and e.validFrom <= :day"
                + " and (e.validTo is null or e.validTo >= :day))";
        if (filter.status() != null) {
            switch (filter.status()) {
                case EXEMPT -> where.add(exempt);
                case OFFICIAL -> where.add("not " + exempt + " and m.officialDate is not null and m.officialDate <= :day");
                case PROBATIONARY -> where.add("not " + exempt + " and (m.officialDate is null or m.officialDate > :day)");
            }
        }
        String from = " from Membership ms join ms.member m join ms.organization o where " + String.join(" and ", where);
        String order = switch (filter.sort() == null ? "name" : filter.sort()) {
            case "-name" -> " order by m.nameSortKey desc, m.id";
            case "admissionDate" -> " order by m.admissionDate, m.id";
            case "-admissionDate" -> " order by m.admissionDate desc, m.id";
            default -> " order by m.nameSortKey, m.id";
        };
        if (!withTotal) {
            return new PageResult<>(fetch(where, order, params, paging), paging.page, paging.size, -1);
        }
        long total = find("select count(ms)" + from, params).project(Long.class).singleResult();
        return new PageResult<>(fetch(where, order, params, paging), paging.page, paging.size, total);
    }

    private List<Membership> fetch(List<String> where, String order, Parameters params, PageRequest paging) {
        return find("select ms from Membership ms join fetch ms.member m join fetch ms.organization o where "
                + String.join(" and ", where) + order, params).page(paging.page, paging.size).list();
    }

    public List<Membership> activeIn(Organization org, LocalDate day) {
        return find("select ms from Membership ms join fetch ms.member where ms.organization = :org and" + ACTIVE,
                Parameters.with("org", org).and("day", day)).list();
    }

    /**
     * A member's standing in an organisation on a day, for a meeting roster: the active membership,
     * whether the member is exempt that day, and whether they hold a temporary attachment that day
     * (here or elsewhere).
     */
    public record Standing(Membership membership, boolean exempt, boolean temporarilyAttached) {}

    /** The standings of everyone active in the organisation on the day, in one query. */
    public List<Standing> standingsIn(Organization org, LocalDate day) {
        return getEntityManager().createQuery("select ms,"
                        + " (select count(e) from Exemption e where e.member = ms.member and e.validFrom <= :day"
                        + " and (e.validTo is null or e.validTo >= :day)),"
                        + " (select count(t) from Membership t where t.member = ms.member and t.kind = :temporary"
                        + " and t.validFrom <= :day and (t.validTo is null or t.validTo >= :day))"
                        + " from Membership ms join fetch ms.member where ms.organization = :org and" + ACTIVE,
                        Object[].class)
                .setParameter("org", org)
                .setParameter("day", day)
                .setParameter("temporary", MembershipKind.TEMPORARY)
                .getResultStream()
                .map(r -> new Standing((Membership) r[0], ((Number) r[1]).longValue() > 0, ((Number) r[2]).longValue() > 0))
                .toList();
    }

    public long countActiveIn(Organization org, LocalDate day) {
        return find("select count(ms) from Membership ms where ms.organization = :org and" + ACTIVE,
                Parameters.with("org", org).and("day", day)).project(Long.class).singleResult();
    }

    public Optional<Membership> activePrimary(Member member, LocalDate day) {
        return find("select ms from Membership ms join fetch ms.organization where ms.member = :member"
                        + " and ms.kind = :kind and" + ACTIVE,
                Parameters.with("member", member).and("kind", MembershipKind.PRIMARY).and("day", day))
                .firstResultOptional();
    }

    public List<Membership> activeOf(Member member, LocalDate day) {
        return find("select ms from Membership ms join fetch ms.organization where ms.member = :member and" + ACTIVE,
                Parameters.with("member", member).and("day", day)).list();
    }

    public List<Membership> historyOf(Member member) {
        return find("select ms from Membership ms join fetch ms.organization where ms.member = ?1"
                + " order by ms.validFrom, ms.kind", member).list();
    }

    /** Members, among those given, attached temporarily to some cell on the day. */
    public Set<UUID> temporarilyAway(Collection<UUID> memberIds, LocalDate day) {
        if (memberIds.isEmpty()) return Set.of();
        return new HashSet<>(find("select ms.member.id from Membership ms where ms.member.id in :ids"
                        + " and ms.kind = :kind and" + ACTIVE,
                Parameters.with("ids", memberIds).and("kind", MembershipKind.TEMPORARY).and("day", day))
                .project(UUID.class).list());
    }
}
