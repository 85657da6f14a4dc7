package vn.chibo.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Who leads a cell on a day, read from its appointments (positions held). The one answer to "does the cell have only
 * its secretary" (no deputy, no committee member): then there is no one to hold a committee meeting with, so the
 * pre-meeting is not applicable (BR-M1): no warning, and full marks where the template says so (BR-E4).
 */
public final class CellLeadership {
    /** The positions that help the secretary: with none of them held, the cell has only its secretary. */
    private static final List<Position> ASSISTING = List.of(Position.DEPUTY_SECRETARY, Position.COMMITTEE_MEMBER);

    private CellLeadership() {}

    /**
     * @param positionsOfCell positions held in the cell (any period: those not covering the day are ignored)
     * @param day             the meeting's day: the appointments of that day count, not today's
     */
    public static boolean secretaryOnly(Collection<PositionHeld> positionsOfCell, LocalDate day) {
        return positionsOfCell.stream().noneMatch(p -> ASSISTING.contains(p.position) && !p.validFrom.isAfter(day)
                && (p.validTo == null || !p.validTo.isBefore(day)));
    }

    /**
     * The post a member signs a cell's records in on a day (HD 36-HD/VPTW): secretary before deputy secretary, null
     * without either (the chair then signs in their own name).
     *
     * @param positionsOfCell positions held in the cell (any member, any period)
     */
    public static Position signingPost(Collection<PositionHeld> positionsOfCell, java.util.UUID memberId, LocalDate day) {
        return positionsOfCell.stream().filter(p -> memberId.equals(p.member.id) && p.activeOn(day)).map(p -> p.position)
                .filter(p -> p == Position.SECRETARY || p == Position.DEPUTY_SECRETARY).sorted().findFirst().orElse(null);
    }
}
