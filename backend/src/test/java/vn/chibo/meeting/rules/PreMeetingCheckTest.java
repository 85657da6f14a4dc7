package vn.chibo.meeting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BR-M1: the pre-meeting of a regular meeting, not applicable to a cell with only its secretary. */
class PreMeetingCheckTest {

    @Test
    void brM1_aRegularMeetingWithoutAPreMeetingIsFlaggedUnlessTheCellHasOnlyItsSecretary() {
        assertEquals(Optional.of(Finding.of("no-pre-meeting")), PreMeetingCheck.check(true, false, false));
        assertEquals(Optional.empty(), PreMeetingCheck.check(true, false, true));
        assertEquals(Optional.empty(), PreMeetingCheck.check(true, true, false));
    }

    @Test
    void brM1_onlyARegularOrCombinedMeetingNeedsAPreMeeting() {
        assertEquals(Optional.empty(), PreMeetingCheck.check(false, false, false));
    }
}
