package vn.chibo.meeting.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * BR-M5: a draft resolution or conclusion should be published before a regular meeting starts. It is flagged on a
 * planned meeting once the start is within the policy's document lead time ({@code documentLeadDays}, at least one
 * day: the moment documents are due, BR-M4) and on a meeting that has started or been held without one.
 */
public final class DraftResolutionCheck {
    private DraftResolutionCheck() {}

    /**
     * @param draftsPublishedAt when each published document of kind DRAFT_RESOLUTION was published
     */
    public static Optional<Finding> check(Instant start, List<Instant> draftsPublishedAt, int documentLeadDays,
                                          Instant now) {
        boolean draftBeforeStart = draftsPublishedAt.stream().anyMatch(at -> at.isBefore(start));
        if (draftBeforeStart) return Optional.empty();
        boolean due = !now.isBefore(start.minus(Duration.ofDays(Math.max(1, documentLeadDays))));
        return due ? Optional.of(Finding.of("draft-resolution-missing")) : Optional.empty();
    }
}
