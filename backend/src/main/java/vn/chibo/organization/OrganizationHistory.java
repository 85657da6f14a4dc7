package vn.chibo.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * BR-D1: the names a record dated on a day shows: the organisation's and its upper committee's as they were that
 * day ({@link AsOfDay}), read with the lineage in one statement.
 */
@ApplicationScoped
public class OrganizationHistory {
    /** The organisation's name and its upper committee's on a day (the upper one null for a root). */
    public record OnDay(String name, String upperName) {}

    private static final List<LineageEventType> NAMING = List.of(LineageEventType.RENAMED, LineageEventType.MOVED);

    private final EntityManager em;

    public OrganizationHistory(EntityManager em) {
        this.em = em;
    }

    public OnDay on(Organization org, LocalDate day) {
        if (org.parentId == null) {
            List<AsOfDay.Change> changes = new ArrayList<>();
            for (Object[] r : em.createQuery("select l.from.id, l.event, l.effectiveDate, l.note, l.previousParentId"
                    + " from LineageRecord l where l.from.id = :org and l.event in :events", Object[].class)
                    .setParameter("org", org.id).setParameter("events", NAMING).getResultList()) {
                changes.add(change(r, 0));
            }
            return new OnDay(AsOfDay.name(org.id, org.name, changes, day), null);
        }
        // The current parent's name, with the renames and moves of the organisation, of its current parent and of
        // every parent it left: one row per change, or one row without a change.
        List<Object[]> rows = em.createQuery("select o.name, l.from.id, l.event, l.effectiveDate, l.note, l.previousParentId"
                        + " from Organization o left join LineageRecord l on l.event in :events and (l.from.id = :org"
                        + " or l.from.id = o.id or l.from.id in (select p.previousParentId from LineageRecord p"
                        + " where p.from.id = :org and p.event = :moved)) where o.id = :parent", Object[].class)
                .setParameter("events", NAMING).setParameter("org", org.id).setParameter("parent", org.parentId)
                .setParameter("moved", LineageEventType.MOVED).getResultList();
        String parentName = rows.isEmpty() ? null : (String) rows.get(0)[0];
        List<AsOfDay.Change> changes = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[1] != null) changes.add(change(r, 1));
        }
        AsOfDay.Parent parent = AsOfDay.parent(org.id, org.parentId, changes, day);
        String currentIfStill = org.parentId.equals(parent.id()) ? parentName : null;
        return new OnDay(AsOfDay.name(org.id, org.name, changes, day),
                AsOfDay.parentName(parent, currentIfStill, changes, day));
    }

    private static AsOfDay.Change change(Object[] r, int from) {
        return new AsOfDay.Change((UUID) r[from], (LineageEventType) r[from + 1], (LocalDate) r[from + 2],
                (String) r[from + 3], (UUID) r[from + 4]);
    }
}
