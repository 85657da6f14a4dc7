package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ExemptionRepository implements PanacheRepositoryBase<Exemption, UUID> {

    public List<Exemption> of(Member member) {
        return list("member = ?1 order by validFrom", member);
    }

    public Set<UUID> exemptOn(Collection<UUID> memberIds, LocalDate day) {
        if (memberIds.isEmpty()) return Set.of();
        return new HashSet<>(find("select e.member.id from Exemption e where e.member.id in :ids"
                        + " and e.validFrom <= :day and (e.validTo is null or e.validTo >= :day)",
                Parameters.with("ids", memberIds).and("day", day)).project(UUID.class).list());
    }
}
