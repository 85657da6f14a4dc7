package vn.chibo.meeting.rules;

import java.util.Optional;

/**
 * BR-M1: a regular (or combined) meeting is prepared by a cell committee meeting, or by a secretary-deputy
 * consultation where there is no committee; both are recorded as a committee meeting preparing it. A cell with only
 * its secretary has no one to consult: the item is not applicable and nothing is flagged.
 */
public final class PreMeetingCheck {
    private PreMeetingCheck() {}

    /**
     * @param regular            the meeting is regular or combined
     * @param preMeetingRecorded a committee meeting (not cancelled) preparing it is recorded
     * @param secretaryOnly      the cell has only its secretary on the meeting's day (CellLeadership)
     */
    public static Optional<Finding> check(boolean regular, boolean preMeetingRecorded, boolean secretaryOnly) {
        return regular && !preMeetingRecorded && !secretaryOnly ? Optional.of(Finding.of("no-pre-meeting"))
                : Optional.empty();
    }
}
