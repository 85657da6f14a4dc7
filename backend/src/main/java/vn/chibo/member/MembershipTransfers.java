package vn.chibo.member;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * Moves memberships from one organisation to another on a date without rewriting history: the old
 * membership ends the day before, a new one starts on the date. Used by transfers, merges and splits.
 */
@ApplicationScoped
public class MembershipTransfers {
    private final MembershipRepository memberships;
    private final PositionRepository positions;
    private final Event<RosterChanged> rosters;

    public MembershipTransfers(MembershipRepository memberships, PositionRepository positions,
                               Event<RosterChanged> rosters) {
        this.memberships = memberships;
        this.positions = positions;
        this.rosters = rosters;
    }

    /** Memberships of the organisation still running on the date or starting later. */
    public List<Membership> currentOrLater(Organization org, LocalDate day) {
        return memberships.find("select ms from Membership ms join fetch ms.member where ms.organization = :org"
                        + " and (ms.validTo is null or ms.validTo >= :day)",
                Parameters.with("org", org).and("day", day)).list();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Collection<Membership> moving, Organization target, LocalDate day, String decisionRef) {
        Set<UUID> cells = new HashSet<>(Set.of(target.id));
        for (Membership ms : moving) {
            cells.add(ms.organization.id);
            endPositions(ms, day);
            if (!ms.validFrom.isBefore(day)) {
                ms.organization = target;
                continue;
            }
            LocalDate originalEnd = ms.validTo;
            ms.validTo = day.minusDays(1);
            memberships.persist(Membership.of(ms.member, target, ms.kind, day, originalEnd, decisionRef));
        }
        rosters.fire(RosterChanged.ofCells(cells, day));
    }

    /** Positions held in the organisation being left end the day before. */
    private void endPositions(Membership ms, LocalDate day) {
        for (PositionHeld held : positions.of(ms.member)) {
            if (held.organization.isWithin(ms.organization) && (held.validTo == null || !held.validTo.isBefore(day))) {
                if (held.validFrom.isBefore(day)) {
                    held.validTo = day.minusDays(1);
                } else {
                    positions.delete(held);
                }
            }
        }
    }
}
