package vn.chibo.meeting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.member.Position;
import vn.chibo.policy.PolicyProfile.PreparerRule;

/** BR-M2: who may prepare a meeting, under the HD 12 and the HD 42 profile. */
class PreparerCheckTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    private static PreparerCheck.Facts preparer(Set<Position> held) {
        return new PreparerCheck.Facts("Lò Văn Minh", held, DAY, null, Set.of());
    }

    private static PreparerCheck.Facts assigned(Set<Position> held, LocalDate on, Set<Position> assigner) {
        return new PreparerCheck.Facts("Lò Văn Minh", held, DAY, on, assigner);
    }

    @Test
    @DisplayName("BR-M2 HD 12: the secretary or the deputy may prepare, a committee member may not")
    void brM2_secretaryOrDeputy() {
        assertTrue(PreparerCheck.check(PreparerRule.SECRETARY_OR_DEPUTY, preparer(Set.of(Position.SECRETARY))).isEmpty());
        assertTrue(PreparerCheck.check(PreparerRule.SECRETARY_OR_DEPUTY,
                preparer(Set.of(Position.DEPUTY_SECRETARY))).isEmpty());
        Optional<Finding> member = PreparerCheck.check(PreparerRule.SECRETARY_OR_DEPUTY,
                preparer(Set.of(Position.COMMITTEE_MEMBER)));
        assertEquals(Optional.of(Finding.of("preparer-not-secretary-or-deputy", "Lò Văn Minh")), member);
    }

    @Test
    @DisplayName("BR-M2 HD 12: a member assigned by the secretary is still not allowed")
    void brM2_secretaryOrDeputyIgnoresAssignment() {
        assertEquals("preparer-not-secretary-or-deputy", PreparerCheck.check(PreparerRule.SECRETARY_OR_DEPUTY,
                assigned(Set.of(), DAY, Set.of(Position.SECRETARY))).orElseThrow().code());
    }

    @Test
    @DisplayName("BR-M2 HD 42: a member assigned by the secretary up to the meeting day may prepare")
    void brM2_assignedBySecretary() {
        assertTrue(PreparerCheck.check(PreparerRule.ASSIGNED_BY_SECRETARY,
                assigned(Set.of(), DAY, Set.of(Position.SECRETARY))).isEmpty(), "assigned on the day itself");
        assertEquals(Optional.of(Finding.of("preparer-not-assigned-by-secretary", "Lò Văn Minh")),
                PreparerCheck.check(PreparerRule.ASSIGNED_BY_SECRETARY,
                        assigned(Set.of(), DAY.plusDays(1), Set.of(Position.SECRETARY))), "assigned after the meeting");
    }

    @Test
    @DisplayName("BR-M2 HD 42: an assignment by the deputy, or none, is flagged; the secretary may prepare")
    void brM2_assignedByOtherThanSecretary() {
        assertEquals("preparer-not-assigned-by-secretary", PreparerCheck.check(PreparerRule.ASSIGNED_BY_SECRETARY,
                assigned(Set.of(), DAY, Set.of(Position.DEPUTY_SECRETARY))).orElseThrow().code());
        assertEquals("preparer-not-assigned-by-secretary", PreparerCheck.check(PreparerRule.ASSIGNED_BY_SECRETARY,
                preparer(Set.of(Position.DEPUTY_SECRETARY))).orElseThrow().code(), "HD 42: the deputy needs assigning");
        assertTrue(PreparerCheck.check(PreparerRule.ASSIGNED_BY_SECRETARY, preparer(Set.of(Position.SECRETARY))).isEmpty());
    }

    @Test
    @DisplayName("BR-M2: no preparer recorded is flagged under both profiles")
    void brM2_missingPreparer() {
        PreparerCheck.Facts none = new PreparerCheck.Facts(null, Set.of(), DAY, null, Set.of());
        for (PreparerRule rule : PreparerRule.values()) {
            assertEquals(new Finding("preparer-missing", List.of()), PreparerCheck.check(rule, none).orElseThrow());
        }
    }
}
