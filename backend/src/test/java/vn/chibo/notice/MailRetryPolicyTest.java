package vn.chibo.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailRetryPolicyTest {
    private static final Instant FAILED = Instant.parse("2026-12-06T05:00:00Z");
    private static final MailRetryPolicy POLICY = new MailRetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        assertEquals(FAILED.plus(Duration.ofMinutes(1)), POLICY.nextAttempt(1, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(2)), POLICY.nextAttempt(2, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(4)), POLICY.nextAttempt(3, FAILED));
        assertEquals(FAILED.plus(Duration.ofMinutes(5)), POLICY.nextAttempt(4, FAILED), "capped");
    }

    @Test
    void noAttemptFollowsTheLastOne() {
        assertNull(POLICY.nextAttempt(5, FAILED));
        assertNull(POLICY.nextAttempt(6, FAILED));
        assertEquals(FAILED, new MailRetryPolicy(2, Duration.ZERO, Duration.ZERO).nextAttempt(1, FAILED));
    }

    @Test
    void aPolicyWithoutAttemptsOrWithTheCapBelowTheFirstWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MailRetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new MailRetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }

    @Test
    void aLoginChoosesTheAddressAndAnAddressOnlyMemberIsMailedThere() {
        NoticePreference inboxOnly = new NoticePreference();
        inboxOnly.emailEnabled = false;
        NoticePreference own = new NoticePreference();
        own.emailEnabled = true;
        own.email = "own@example.vn";
        NoticeRecipient login = NoticeRecipient.login("an");
        assertNull(NoticeOutbox.address(login, inboxOnly, "member@example.vn"));
        assertEquals("own@example.vn", NoticeOutbox.address(login, own, "member@example.vn"));
        assertEquals("member@example.vn", NoticeOutbox.address(login, null, "member@example.vn"));
        assertNull(NoticeOutbox.address(login, null, null));
        assertEquals("x@example.vn", NoticeOutbox.address(NoticeRecipient.member(null, " x@example.vn "), null, null));
        assertNull(NoticeRecipient.member(null, " "));
    }
}
