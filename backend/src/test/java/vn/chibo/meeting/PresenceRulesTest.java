package vn.chibo.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.policy.PolicyProfile;

/** BR-H9 and BR-H10 as plain rules: how online attendance counts, and when a vote's debate is flagged. */
class PresenceRulesTest {

    private static PolicyProfile policy(boolean onlineCounts) {
        PolicyProfile p = new PolicyProfile();
        p.onlineAttendanceCounts = onlineCounts;
        return p;
    }

    private static long counted(PolicyProfile p) {
        return Arrays.stream(AttendanceStatus.values()).filter(s -> s.countsAsPresent(p)).count();
    }

    @Test
    @DisplayName("BR-H9 online attendance counts as present when the policy says so (the default)")
    void onlineCountsByDefault() {
        assertTrue(new PolicyProfile().onlineAttendanceCounts);
        assertTrue(AttendanceStatus.PRESENT_ONLINE.countsAsPresent(policy(true)));
        assertEquals(2, counted(policy(true)));
    }

    @Test
    @DisplayName("BR-H9 with onlineAttendanceCounts false, online attendance is not present but still attended")
    void onlineNotCounted() {
        PolicyProfile p = policy(false);
        assertFalse(AttendanceStatus.PRESENT_ONLINE.countsAsPresent(p));
        assertTrue(AttendanceStatus.PRESENT.countsAsPresent(p));
        assertEquals(1, counted(p));
        assertTrue(AttendanceStatus.PRESENT_ONLINE.attended(), "an online member may still speak");
        for (AttendanceStatus absent : List.of(AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT_UNEXCUSED,
                AttendanceStatus.NOT_RECORDED)) {
            assertFalse(absent.countsAsPresent(policy(true)) || absent.attended(), absent.name());
        }
    }

    @Test
    @DisplayName("BR-H10 opinions differ when the chair ticks it or the tally shows votes against or abstentions")
    void opinionsDiffer() {
        assertFalse(VoteDebate.opinionsDiffered(false, 0, 0));
        assertTrue(VoteDebate.opinionsDiffered(false, 1, 0));
        assertTrue(VoteDebate.opinionsDiffered(false, 0, 1));
        assertTrue(VoteDebate.opinionsDiffered(true, 0, 0));
    }

    @Test
    @DisplayName("BR-H10 a vote with differing opinions is flagged until further discussion is recorded as allowed")
    void discussionMissing() {
        assertTrue(VoteDebate.discussionMissing(true, null));
        assertTrue(VoteDebate.discussionMissing(true, false));
        assertFalse(VoteDebate.discussionMissing(true, true));
        assertFalse(VoteDebate.discussionMissing(false, null));
    }
}
