package vn.chibo.records;

import java.util.ArrayList;
import java.util.List;

/**
 * BR-R3 as a plain rule: what the minutes must contain (DOMAIN.md 11.2) before the cell approves and
 * locks them. Facts in, every missing item out, so the secretary sees the whole list at once rather
 * than one refusal per attempt.
 */
public final class MinutesCompleteness {
    private MinutesCompleteness() {}

    /** What the minutes would record, as far as the rule needs it. */
    public record Facts(boolean hasChair, boolean hasMinuteTaker, boolean hasPlace, boolean hasStart, boolean hasEnd,
                        int attendanceNotRecorded, List<String> excusedWithoutReason, int agendaItems,
                        int membersPresent, int speeches, boolean hasConclusions, boolean adoptsResolution, int votes) {
        public Facts {
            excusedWithoutReason = List.copyOf(excusedWithoutReason);
        }
    }

    /**
     * One missing item: a stable field name for the client, the message key under
     * {@code minutes-incomplete.} and its arguments.
     */
    public record Missing(String field, String item, Object... args) {}

    public static List<Missing> missing(Facts f) {
        List<Missing> out = new ArrayList<>();
        if (!f.hasChair()) out.add(new Missing("chairId", "chair"));
        if (!f.hasMinuteTaker()) out.add(new Missing("minuteTakerId", "minute-taker"));
        if (!f.hasPlace()) out.add(new Missing("place", "place"));
        if (!f.hasStart()) out.add(new Missing("actualStart", "start"));
        if (!f.hasEnd()) out.add(new Missing("actualEnd", "end"));
        if (f.attendanceNotRecorded() > 0) out.add(new Missing("attendance", "attendance", f.attendanceNotRecorded()));
        for (String name : f.excusedWithoutReason()) out.add(new Missing("attendance", "absence-reason", name));
        if (f.agendaItems() == 0) out.add(new Missing("agenda", "agenda"));
        // The names of those who spoke are mandatory; a meeting nobody attended has no one to name.
        if (f.membersPresent() > 0 && f.speeches() == 0) out.add(new Missing("speeches", "speakers"));
        if (!f.hasConclusions()) out.add(new Missing("conclusions", "conclusions"));
        // A resolution or conclusion is adopted by a vote, whose result the minutes must state.
        if (f.adoptsResolution() && f.votes() == 0) out.add(new Missing("votes", "votes"));
        return out;
    }
}
