package vn.chibo.meeting;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The ratings of the meetings' evaluations, as the stored meeting facts keep them for the committee roll-ups.
 * Owned here and implemented by the evaluation feature, so the meeting package does not depend on it (the
 * evaluation feature depends on meetings).
 */
public interface MeetingRatings {
    /** An evaluation's self rating (always set) and verified rating (null until verified), as level names. */
    record Ratings(String self, String verified) {}

    /** The ratings of those of the meetings that have an evaluation. */
    Map<UUID, Ratings> of(Collection<UUID> meetingIds);
}
