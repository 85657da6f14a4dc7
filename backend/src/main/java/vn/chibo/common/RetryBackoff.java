package vn.chibo.common;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery (an e-mail, a webhook) is tried again: the first wait, doubled after each further failure and capped, until
 * the attempts are used up (then never). The values come from configuration; the clock is a parameter.
 */
public record RetryBackoff(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public RetryBackoff {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    /** The next attempt after {@code attempts} failed ones, or null when no attempt is left. */
    public Instant nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) return null;
        Duration wait = firstDelay;
        for (int i = 1; i < attempts && wait.compareTo(maxDelay) < 0; i++) wait = wait.multipliedBy(2);
        return failedAt.plus(wait.compareTo(maxDelay) > 0 ? maxDelay : wait);
    }
}
