package vn.chibo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.MeetingType;
import vn.chibo.policy.PolicyProfile;

/** BR-E1: a held regular or topical meeting left without the cell's self-score after the policy's days. */
class SelfScoreDeadlineTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 11, 30);

    private static int policyDays(int days) {
        PolicyProfile p = new PolicyProfile();
        p.selfScoreDueDays = days;
        return p.selfScoreDueDays;
    }

    @Test
    void brE1_theLastAllowedDayIsStillOnTimeTheNextIsOverdue() {
        int days = policyDays(3);
        assertEquals(LocalDate.of(2026, 12, 3), SelfScoreDeadline.due(MEETING, days));
        assertFalse(SelfScoreDeadline.overdue(MeetingType.REGULAR, true, false, MEETING, days, LocalDate.of(2026, 12, 3)));
        assertTrue(SelfScoreDeadline.overdue(MeetingType.REGULAR, true, false, MEETING, days, LocalDate.of(2026, 12, 4)));
        // Another policy value moves the boundary with it.
        assertFalse(SelfScoreDeadline.overdue(MeetingType.REGULAR, true, false, MEETING, policyDays(4), LocalDate.of(2026, 12, 4)));
        // Zero days: scored on the meeting's day itself.
        assertFalse(SelfScoreDeadline.overdue(MeetingType.REGULAR, true, false, MEETING, policyDays(0), MEETING));
        assertTrue(SelfScoreDeadline.overdue(MeetingType.REGULAR, true, false, MEETING, policyDays(0), MEETING.plusDays(1)));
    }

    @Test
    void brE1_aScoredOrNotHeldMeetingIsNeverOverdue() {
        LocalDate late = MEETING.plusDays(30);
        assertFalse(SelfScoreDeadline.overdue(MeetingType.REGULAR, true, true, MEETING, 2, late));
        assertFalse(SelfScoreDeadline.overdue(MeetingType.REGULAR, false, false, MEETING, 2, late));
    }

    @Test
    void brE1_regularTopicalAndCombinedMeetingsAreScoredOthersAreNot() {
        LocalDate late = MEETING.plusDays(30);
        for (MeetingType t : new MeetingType[] {MeetingType.REGULAR, MeetingType.TOPICAL, MeetingType.COMBINED}) {
            assertTrue(SelfScoreDeadline.overdue(t, true, false, MEETING, 2, late), t.name());
        }
        for (MeetingType t : new MeetingType[] {MeetingType.FORUM, MeetingType.COMMITTEE, MeetingType.EXTRAORDINARY}) {
            assertFalse(SelfScoreDeadline.overdue(t, true, false, MEETING, 2, late), t.name());
        }
    }

    @Test
    void brE1_theDefaultGraceIsTwoDays() {
        assertEquals(2, new PolicyProfile().selfScoreDueDays);
    }
}
