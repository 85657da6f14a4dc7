package vn.chibo.meeting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** BR-R5: final documents and resolution published and sent above within postPublishDeadlineDays. */
class PublicationDeadlineTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 12, 10);

    @Test
    @DisplayName("BR-R5 with 2 days, publication on day 2 after the meeting is on time, on day 3 it is late")
    void brR5_onTime() {
        assertTrue(PublicationDeadline.onTime(MEETING, 2, MEETING.plusDays(2)));
        assertFalse(PublicationDeadline.onTime(MEETING, 2, MEETING.plusDays(3)));
        assertFalse(PublicationDeadline.onTime(MEETING, 2, null));
        assertTrue(PublicationDeadline.onTime(MEETING, 3, MEETING.plusDays(3)), "the policy's days, not a constant");
    }

    @Test
    @DisplayName("BR-R5 not published: nothing on day 2 after the meeting, flagged from day 3 with the due day")
    void brR5_notPublished() {
        assertTrue(PublicationDeadline.check(MEETING, 2, null, MEETING.plusDays(2)).isEmpty());
        assertEquals(Finding.of("records-not-published", 2, "12/12/2026"),
                PublicationDeadline.check(MEETING, 2, null, MEETING.plusDays(3)).orElseThrow());
        assertTrue(PublicationDeadline.check(MEETING, 3, null, MEETING.plusDays(3)).isEmpty(), "3 days allowed");
    }

    @Test
    @DisplayName("BR-R5 published late stays flagged, with the day it happened")
    void brR5_publishedLate() {
        assertTrue(PublicationDeadline.check(MEETING, 2, MEETING.plusDays(2), MEETING.plusDays(9)).isEmpty());
        assertEquals(Finding.of("records-published-late", 2, "13/12/2026"),
                PublicationDeadline.check(MEETING, 2, MEETING.plusDays(3), MEETING.plusDays(9)).orElseThrow());
    }
}
