package vn.chibo.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
}
