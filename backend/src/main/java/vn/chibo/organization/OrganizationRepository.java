package vn.chibo.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.ApiException;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.InList;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TextFolding;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** Filters for listing organisations; null means "any". */
    public record Filter(UUID parentId, boolean rootsOnly, List<String> pathPrefixes, String text, Boolean holdsMeetings,
                         ExternalIds externalIds, boolean includeClosed, String sort) {}

    public Organization require(UUID id) {
        Organization org = id == null ? null : findById(id);
        if (org == null) throw ApiException.notFound("entity.organization");
        return org;
    }

    /**
     * Serialises the writes that count or compare rows owned by this organisation (one regular meeting
     * a month, one plan a year, policies that must not overlap): the organisation's row is locked until
     * the transaction ends, so a concurrent writer waits and then sees what the first one wrote.
     */
    /** BR-D4: the organisation holding an identifier of a national system. */
    public java.util.Optional<Organization> byExternalId(ExternalIds.ExternalSystem system, String value) {
        return find(system.field, value).firstResultOptional();
    }

    public Organization lockForWrite(Organization org) {
        getEntityManager().refresh(org, LockModeType.PESSIMISTIC_WRITE);
        return org;
    }

    public PageResult<Organization> list(Filter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.parentId() != null) {
            where.add("o.parentId = :parent");
            params.and("parent", filter.parentId());
        }
        if (filter.rootsOnly()) {
            where.add("o.parentId is null");
        }
        if (filter.pathPrefixes() != null) {
            if (filter.pathPrefixes().isEmpty()) return new PageResult<>(List.of(), paging.page, paging.size, 0);
            List<String> any = new ArrayList<>();
            for (int i = 0; i < filter.pathPrefixes().size(); i++) {
                any.add("o.path like :p" + i);
                params.and("p" + i, filter.pathPrefixes().get(i) + "%");
            }
            where.add("(" + String.join(" or ", any) + ")");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("o.nameFolded like :text escape '\\'");
            params.and("text", TextFolding.likeContains(filter.text()));
        }
        if (filter.holdsMeetings() != null) {
            where.add("o.holdsMeetings = :cell");
            params.and("cell", filter.holdsMeetings());
        }
        filter.externalIds().addConditions("o", where, params);
        if (!filter.includeClosed()) {
            where.add("o.validTo is null");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = switch (filter.sort() == null ? "path" : filter.sort()) {
            case "name" -> " order by o.nameFolded, o.id";
            case "-name" -> " order by o.nameFolded desc, o.id";
            case "-path" -> " order by o.path desc";
            default -> " order by o.depth, o.nameFolded, o.id";
        };
        long total = find("select count(o) from Organization o" + condition, params).project(Long.class).singleResult();
        List<Organization> items = find("select o from Organization o" + condition + order, params)
                .page(paging.page, paging.size).list();
        return new PageResult<>(items, paging.page, paging.size, total);
    }

    /** The open cells (organisations that hold meetings) below a committee, or the cell itself. */
    public List<Organization> openCellsIn(Organization org) {
        return list("path like ?1 and holdsMeetings = true and validTo is null order by nameFolded, path", org.path + "%");
    }

    public List<Organization> openChildren(Organization parent) {
        return list("parentId = ?1 and validTo is null", parent.id);
    }

    /** Open direct children per organisation, for the child counts of a page of results. */
    public Map<UUID, Integer> openChildCounts(Collection<UUID> ids) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) return counts;
        InList parents = InList.of("parent", ids);
        List<Object[]> rows = parents.bindTo(getEntityManager().createQuery(
                        "select o.parentId, count(o) from Organization o where o.parentId in " + parents
                                + " and o.validTo is null group by o.parentId", Object[].class)).getResultList();
        for (Object[] row : rows) counts.put((UUID) row[0], ((Number) row[1]).intValue());
        return counts;
    }

    public List<Organization> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Re-roots every descendant after a move: one statement, however large the subtree. */
    public void rebaseDescendants(String oldPath, String newPath, int depthDelta) {
        getEntityManager().createQuery(
                        "update Organization o set o.path = concat(:newPath, substring(o.path, :cut)),"
                                + " o.depth = o.depth + :delta, o.version = o.version + 1"
                                + " where o.path like :old and o.path <> :oldPath")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("delta", depthDelta)
                .setParameter("old", oldPath + "%")
                .setParameter("oldPath", oldPath)
                .executeUpdate();
    }

    public List<LineageRecord> lineageOf(Organization org) {
        return getEntityManager().createQuery(
                        "select l from LineageRecord l join fetch l.from join fetch l.to"
                                + " where l.from = :org or l.to = :org order by l.effectiveDate, l.event", LineageRecord.class)
                .setParameter("org", org).getResultList();
    }
}
