package vn.chibo.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.evaluation.Rating;
import vn.chibo.meeting.AttendanceStatus;

/** BR-E8: what a year of monthly evaluations and attendance feeds the annual rating. */
class MonthlyFeedTest {
    private static MonthlyFeed.RegularMeeting meeting(String day, Rating self, Rating verified) {
        return new MonthlyFeed.RegularMeeting(LocalDate.parse(day), self, verified);
    }

    @Test
    void brE8_eachMonthCountsOnceByItsLastMeetingAndTheVerifiedRatingSpeaksOverTheCellsOwn() {
        MonthlyFeed.Months months = MonthlyFeed.months(List.of(
                meeting("2026-09-18", Rating.GOOD, null),
                // October: the last meeting of the month (31/10) speaks for it, not the earlier one.
                meeting("2026-10-01", Rating.GOOD, null),
                meeting("2026-10-31", Rating.FAIR, null),
                // November: the cell said Tốt, the verifier Trung bình.
                meeting("2026-11-20", Rating.GOOD, Rating.AVERAGE),
                meeting("2026-12-03", null, null)));
        assertEquals(4, months.held());
        assertEquals(Map.of(Rating.GOOD, 1, Rating.FAIR, 1, Rating.AVERAGE, 1, Rating.POOR, 0), months.byRating());
        assertEquals(1, months.notEvaluated());
    }

    @Test
    void brE8_aYearWithoutMeetingsHasEveryLevelAtZero() {
        MonthlyFeed.Months months = MonthlyFeed.months(List.of());
        assertEquals(0, months.held());
        assertEquals(Map.of(Rating.GOOD, 0, Rating.FAIR, 0, Rating.AVERAGE, 0, Rating.POOR, 0), months.byRating());
        assertEquals(0, months.notEvaluated());
    }

    @Test
    void brE8_aMembersAttendanceCountsOnlineAsAttendedAndLeavesUnrecordedOut() {
        MonthlyFeed.Attendance a = MonthlyFeed.attendance(List.of(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT_ONLINE,
                AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT_UNEXCUSED, AttendanceStatus.NOT_RECORDED));
        assertEquals(new MonthlyFeed.Attendance(4, 2, 1, 1, 50.0), a);
        assertNull(MonthlyFeed.attendance(List.of(AttendanceStatus.NOT_RECORDED)).attendedPercent());
    }
}
