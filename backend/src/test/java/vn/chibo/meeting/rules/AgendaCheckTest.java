package vn.chibo.meeting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BR-R2 and BR-R6: what a regular or combined meeting's agenda must hold, by the kinds of its items (the templates'
 * codes), with the upper committee's orientation passed in as the policy gives it.
 */
class AgendaCheckTest {
    /** The standard regular agenda's content (migration V4). */
    private static final List<String> REGULAR = List.of("OPENING_PURPOSE", "NEWS", "HCM_STUDY", "LAST_MONTH_REVIEW",
            "NEXT_MONTH_TASKS", "DISCUSSION", "CONCLUSION_VOTE");
    /** The standard combined agenda: the regular one with the topic and its discussion. */
    private static final List<String> COMBINED = List.of("OPENING_PURPOSE", "NEWS", "HCM_STUDY", "LAST_MONTH_REVIEW",
            "NEXT_MONTH_TASKS", "DISCUSSION", "TOPIC", "TOPIC_DISCUSSION", "CONCLUSION_VOTE");

    private static List<String> without(List<String> kinds, String... removed) {
        List<String> out = new ArrayList<>(kinds);
        out.removeAll(List.of(removed));
        return out;
    }

    private static List<String> codes(boolean regular, boolean combined, List<String> kinds, List<String> orientation) {
        return AgendaCheck.check(regular, combined, kinds, orientation).stream().map(Finding::code).toList();
    }

    @Test
    void brR2_aCombinedAgendaNeedsItsTopicalPart() {
        assertEquals(List.of(), codes(true, true, COMBINED, List.of()));
        assertEquals(List.of(), codes(true, true, without(COMBINED, "TOPIC_DISCUSSION"), List.of()));
        assertEquals(List.of("combined-agenda-without-topical-part"),
                codes(true, true, without(COMBINED, "TOPIC", "TOPIC_DISCUSSION"), List.of()));
    }

    @Test
    void brR2_aCombinedAgendaNeedsItsRegularPartWhichIsNotRepeatedItemByItem() {
        assertEquals(List.of("combined-agenda-without-regular-part"),
                codes(true, true, without(COMBINED, "LAST_MONTH_REVIEW", "NEXT_MONTH_TASKS"), List.of()));
        assertEquals(List.of("agenda-without-next-month-tasks"),
                codes(true, true, without(COMBINED, "NEXT_MONTH_TASKS"), List.of()));
    }

    @Test
    void brR2_aRegularOrTopicalAgendaHasNoTopicalPartToMiss() {
        assertEquals(List.of(), codes(true, false, REGULAR, List.of()));
        assertEquals(List.of(), codes(false, false, List.of("TOPIC"), List.of("NEWS")));
    }

    @Test
    void brR6_aRegularAgendaReviewsLastMonthAndSetsNextMonthsTasks() {
        assertEquals(List.of("agenda-without-last-month-review"),
                codes(true, false, without(REGULAR, "LAST_MONTH_REVIEW"), List.of()));
        assertEquals(List.of("agenda-without-last-month-review", "agenda-without-next-month-tasks"),
                codes(true, false, without(REGULAR, "LAST_MONTH_REVIEW", "NEXT_MONTH_TASKS"), List.of()));
    }

    @Test
    void brR6_newsAndHoChiMinhStudyAreRequiredOnlyWhenTheOrientationSaysSo() {
        List<String> bare = without(REGULAR, "NEWS", "HCM_STUDY");
        assertEquals(List.of(), codes(true, false, bare, List.of()));
        assertEquals(List.of("agenda-without-news"), codes(true, false, bare, List.of("NEWS")));
        assertEquals(List.of("agenda-without-news", "agenda-without-hcm-study"),
                codes(true, false, bare, List.of("NEWS", "HCM_STUDY")));
        assertEquals(List.of(), codes(true, false, REGULAR, List.of("NEWS", "HCM_STUDY")));
        assertEquals(List.of("agenda-without-hcm-study"),
                codes(true, true, without(COMBINED, "HCM_STUDY"), List.of("NEWS", "HCM_STUDY")));
    }
}
