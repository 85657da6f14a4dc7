package vn.chibo.meeting.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.chibo.member.Position;
import vn.chibo.policy.PolicyProfile.PreparerRule;

/**
 * BR-M2: who may prepare a meeting. Under HD 12 the secretary or the deputy; under HD 42 a person the secretary
 * assigns (the secretary may also prepare it). Positions are those held on the meeting's day, the assigner's on the
 * day of the assignment. A plain function: the service reads the positions.
 */
public final class PreparerCheck {
    private PreparerCheck() {}

    /**
     * @param preparerName      null when no preparer is recorded
     * @param preparerPositions positions the preparer holds in the cell on the meeting's day
     * @param assignedOn        day the preparer was assigned; null when no assignment is recorded
     * @param assignerPositions positions the assigner held in the cell on that day
     */
    public record Facts(String preparerName, Set<Position> preparerPositions, LocalDate meetingDay,
                        LocalDate assignedOn, Set<Position> assignerPositions) {}

    public static Optional<Finding> check(PreparerRule rule, Facts f) {
        if (f.preparerName() == null) return Optional.of(Finding.of("preparer-missing"));
        Set<Position> held = f.preparerPositions();
        return switch (rule) {
            case SECRETARY_OR_DEPUTY -> held.contains(Position.SECRETARY) || held.contains(Position.DEPUTY_SECRETARY)
                    ? Optional.empty() : Optional.of(Finding.of("preparer-not-secretary-or-deputy", f.preparerName()));
            case ASSIGNED_BY_SECRETARY -> held.contains(Position.SECRETARY) || assignedBySecretary(f)
                    ? Optional.empty() : Optional.of(Finding.of("preparer-not-assigned-by-secretary", f.preparerName()));
        };
    }

    private static boolean assignedBySecretary(Facts f) {
        return f.assignedOn() != null && !f.assignedOn().isAfter(f.meetingDay())
                && f.assignerPositions().contains(Position.SECRETARY);
    }
}
