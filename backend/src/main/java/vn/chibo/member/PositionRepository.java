package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.chibo.organization.Organization;

@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<PositionHeld, UUID> {

    public List<PositionHeld> of(Member member) {
        return find("select p from PositionHeld p join fetch p.organization where p.member = ?1 order by p.validFrom",
                member).list();
    }

    public List<PositionHeld> activeFor(Collection<UUID> memberIds, LocalDate day) {
        if (memberIds.isEmpty()) return List.of();
        return find("select p from PositionHeld p where p.member.id in :ids"
                        + " and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)",
                Parameters.with("ids", memberIds).and("day", day)).list();
    }

    public List<PositionHeld> heldIn(Organization org, Position position) {
        return list("organization = ?1 and position = ?2", org, position);
    }

    public List<PositionHeld> activeIn(Organization org, LocalDate day) {
        return find("select p from PositionHeld p where p.organization = :org"
                        + " and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)",
                Parameters.with("org", org).and("day", day)).list();
    }

    /** Whether the cell had only its secretary on the day: its positions of that day, as CellLeadership decides. */
    public boolean secretaryOnly(Organization cell, LocalDate day) {
        return CellLeadership.secretaryOnly(activeIn(cell, day), day);
    }
}
