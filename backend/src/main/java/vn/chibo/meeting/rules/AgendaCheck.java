package vn.chibo.meeting.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The content a meeting's agenda must hold, by the kinds of its items (the codes of the agenda templates, migration
 * V4). BR-R2: a combined meeting holds both its regular part and its topical part. BR-R6: a regular (or combined)
 * meeting reviews last month and sets next month's tasks, and holds the items the upper committee's orientation
 * requires (policy {@code orientationAgendaItems}: news and dissemination, Hồ Chí Minh study).
 */
public final class AgendaCheck {
    /** The regular part of a combined agenda: either item of the monthly review and tasks. */
    static final Set<String> REGULAR_PART = Set.of("LAST_MONTH_REVIEW", "NEXT_MONTH_TASKS");
    /** The topical part of a combined agenda: the topic's presentation or its discussion. */
    static final Set<String> TOPICAL_PART = Set.of("TOPIC", "TOPIC_DISCUSSION");

    private AgendaCheck() {}

    /**
     * @param regular     the meeting is regular or combined
     * @param combined    the meeting is combined
     * @param kinds       the kinds of the agenda's items
     * @param orientation the agenda kinds the upper committee's orientation requires (NEWS, HCM_STUDY)
     */
    public static List<Finding> check(boolean regular, boolean combined, Collection<String> kinds,
                                      Collection<String> orientation) {
        List<Finding> out = new ArrayList<>();
        if (!regular) return out;
        boolean regularPart = kinds.stream().anyMatch(REGULAR_PART::contains);
        if (combined && !regularPart) out.add(Finding.of("combined-agenda-without-regular-part"));
        if (combined && kinds.stream().noneMatch(TOPICAL_PART::contains)) {
            out.add(Finding.of("combined-agenda-without-topical-part"));
        }
        // With the whole regular part missing, BR-R2's warning says it; its two items are not repeated.
        if (regularPart || !combined) {
            if (!kinds.contains("LAST_MONTH_REVIEW")) out.add(Finding.of("agenda-without-last-month-review"));
            if (!kinds.contains("NEXT_MONTH_TASKS")) out.add(Finding.of("agenda-without-next-month-tasks"));
        }
        orientation.stream().filter(k -> !kinds.contains(k))
                .forEach(k -> out.add(Finding.of("agenda-without-" + k.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
        return out;
    }
}
