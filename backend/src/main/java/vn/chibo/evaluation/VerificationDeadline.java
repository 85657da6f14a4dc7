package vn.chibo.evaluation;

import java.time.LocalDate;
import vn.chibo.policy.PolicyProfile;

/**
 * BR-E6: a submitted self-evaluation is verified by the supervisor within the policy's {@code verificationDueDays}
 * after the meeting's day; the last day counts, the day after it is overdue. Days are calendar days in Vietnam time.
 */
public final class VerificationDeadline {
    private VerificationDeadline() {}

    public static LocalDate due(LocalDate meetingDay, PolicyProfile policy) {
        return meetingDay.plusDays(policy.verificationDueDays);
    }

    /** Still waiting for the supervisor (submitted) after the last allowed day, {@link #due}. */
    public static boolean overdue(boolean submitted, LocalDate due, LocalDate today) {
        return submitted && today.isAfter(due);
    }
}
