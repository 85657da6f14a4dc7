package vn.chibo.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.chibo.common.InList;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.organization.Organization;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    /**
     * The user's appointments in force on the day, in organisations open that day: the one way of reading them
     * (scope checks, calendars, the secretary who signs a report). An organisation's closing day is its first day
     * closed ({@link Organization#openOn}); closings are never dated in the future, so for today this is "not closed".
     */
    public List<Appointment> activeFor(String username, LocalDate day) {
        return find("select a from Appointment a join fetch a.organization o"
                        + " where a.username = ?1 and a.validFrom <= ?2 and (a.validTo is null or a.validTo >= ?2)"
                        + " and (o.validTo is null or o.validTo > ?2)",
                username, day).list();
    }

    public PageResult<Appointment> inSubtree(String pathPrefix, PageRequest paging) {
        var query = find("select a from Appointment a join fetch a.organization o where o.path like ?1"
                + " order by o.path, a.username", pathPrefix + "%");
        long total = count("organization.path like ?1", pathPrefix + "%");
        return new PageResult<>(query.page(paging.page, paging.size).list(), paging.page, paging.size, total);
    }

    /**
     * The committee staff of the organisation at some time in the period (from and to included), by login: the
     * people an organisation's "upper committee" means when something is sent to it (a monthly schedule, a cell's
     * published records).
     */
    public List<String> staffOf(UUID organizationId, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select distinct a.username from Appointment a"
                        + " where a.organization.id = :org and a.role = :staff and a.validFrom <= :to"
                        + " and (a.validTo is null or a.validTo >= :from) order by a.username", String.class)
                .setParameter("org", organizationId).setParameter("staff", Role.STAFF).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /**
     * For each organisation, the logins appointed on the day to keep it: its secretary (a cell) or its committee
     * staff (a committee), appointed at that organisation itself, not above it.
     */
    public Map<UUID, Set<String>> keepersOn(Collection<UUID> organizationIds, LocalDate day) {
        Map<UUID, Set<String>> out = new HashMap<>();
        if (organizationIds.isEmpty()) return out;
        InList orgs = InList.of("org", organizationIds);
        orgs.bindTo(getEntityManager().createQuery("select a.organization.id, a.username from Appointment a"
                        + " where a.organization.id in " + orgs + " and (a.role = :secretary or a.role = :staff)"
                        + " and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)", Object[].class))
                .setParameter("secretary", Role.SECRETARY).setParameter("staff", Role.STAFF).setParameter("day", day)
                .getResultList()
                .forEach(r -> out.computeIfAbsent((UUID) r[0], k -> new TreeSet<>()).add((String) r[1]));
        return out;
    }
}
