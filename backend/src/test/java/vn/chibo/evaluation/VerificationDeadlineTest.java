package vn.chibo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.policy.PolicyProfile;

class VerificationDeadlineTest {
    @Test
    void brE6_verificationIsDueThePolicysDaysAfterTheMeetingAndOverdueTheDayAfter() {
        PolicyProfile three = new PolicyProfile();
        three.verificationDueDays = 3;
        LocalDate meeting = LocalDate.of(2026, 12, 28);
        LocalDate due = VerificationDeadline.due(meeting, three);
        assertEquals(LocalDate.of(2026, 12, 31), due, "three days after the meeting, across the year's end");
        assertFalse(VerificationDeadline.overdue(true, due, LocalDate.of(2026, 12, 31)), "the last day counts");
        assertTrue(VerificationDeadline.overdue(true, due, LocalDate.of(2027, 1, 1)));
        assertFalse(VerificationDeadline.overdue(false, due, LocalDate.of(2027, 1, 1)), "not submitted: nothing to verify");
    }
}
