package vn.chibo.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BR-M1, BR-E4: "the cell has only its secretary", from the positions held on the meeting's day. */
class CellLeadershipTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    private static PositionHeld held(Position position, LocalDate from, LocalDate to) {
        PositionHeld p = new PositionHeld();
        p.position = position;
        p.validFrom = from;
        p.validTo = to;
        return p;
    }

    @Test
    void brM1_aCellWhoseDeputyServesOnTheMeetingsDayHasMoreThanItsSecretary() {
        PositionHeld secretary = held(Position.SECRETARY, LocalDate.of(2025, 1, 1), null);
        assertTrue(CellLeadership.secretaryOnly(List.of(secretary), DAY));
        assertFalse(CellLeadership.secretaryOnly(List.of(secretary, held(Position.DEPUTY_SECRETARY, DAY, null)), DAY));
        assertFalse(CellLeadership.secretaryOnly(List.of(secretary, held(Position.COMMITTEE_MEMBER, DAY.minusYears(1), DAY)), DAY));
    }

    @Test
    void brM1_aDeputyAppointedTheDayAfterOrGoneTheDayBeforeDoesNotCount() {
        PositionHeld secretary = held(Position.SECRETARY, LocalDate.of(2025, 1, 1), null);
        assertTrue(CellLeadership.secretaryOnly(List.of(secretary, held(Position.DEPUTY_SECRETARY, DAY.plusDays(1), null)), DAY));
        assertTrue(CellLeadership.secretaryOnly(List.of(secretary,
                held(Position.DEPUTY_SECRETARY, DAY.minusYears(1), DAY.minusDays(1))), DAY));
        assertTrue(CellLeadership.secretaryOnly(List.of(secretary, held(Position.GROUP_LEADER, DAY, null)), DAY));
    }

    /** The chair's printed post on the records (HD 36): the one held on the meeting's day, secretary before deputy. */
    @Test
    void theChairSignsInThePostHeldOnTheMeetingsDay() {
        Member chair = new Member();
        chair.id = java.util.UUID.randomUUID();
        Member other = new Member();
        other.id = java.util.UUID.randomUUID();
        PositionHeld deputy = held(Position.DEPUTY_SECRETARY, LocalDate.of(2024, 1, 1), null);
        deputy.member = chair;
        PositionHeld secretary = held(Position.SECRETARY, LocalDate.of(2020, 1, 1), null);
        secretary.member = other;
        assertEquals(Position.DEPUTY_SECRETARY, CellLeadership.signingPost(List.of(deputy, secretary), chair.id, DAY));
        PositionHeld promoted = held(Position.SECRETARY, DAY, null);
        promoted.member = chair;
        assertEquals(Position.SECRETARY, CellLeadership.signingPost(List.of(deputy, promoted), chair.id, DAY));
        assertNull(CellLeadership.signingPost(List.of(deputy, promoted), chair.id, LocalDate.of(2023, 12, 31)), "no post yet");
        PositionHeld member = held(Position.COMMITTEE_MEMBER, LocalDate.of(2020, 1, 1), null);
        member.member = chair;
        assertNull(CellLeadership.signingPost(List.of(member), chair.id, DAY), "a committee member signs in their own name");
    }
}
