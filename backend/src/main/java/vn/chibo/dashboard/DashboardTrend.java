package vn.chibo.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.chibo.common.ApiException;
import vn.chibo.meeting.MeetingFacts;

/**
 * Works out the trend month by month from facts read once for the whole window, by the overview's rules
 * for a one-month period, so each month equals the overview of that month.
 */
final class DashboardTrend {
    static final int MONTHS = 12;
    private static final Pattern MONTH = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");
    private static final int FIRST_YEAR = 2000;

    private DashboardTrend() {}

    /** The last month of the window; blank means the current one. Malformed or in the future: 400 on {@code to}. */
    static YearMonth lastMonth(String value, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        if (value == null || value.isBlank()) return current;
        String trimmed = value.trim();
        if (!MONTH.matcher(trimmed).matches() || Integer.parseInt(trimmed.substring(0, 4)) < FIRST_YEAR) {
            throw ApiException.invalidField("to", "dashboard-month-malformed",
                    trimmed.length() > 40 ? trimmed.substring(0, 40) : trimmed);
        }
        YearMonth month = YearMonth.parse(trimmed);
        if (month.isAfter(current)) throw ApiException.invalidField("to", "dashboard-month-future", trimmed);
        return month;
    }

    static List<TrendApi.Month> months(TrendFactsLoader.Facts facts) {
        List<TrendApi.Month> out = new ArrayList<>(MONTHS);
        for (YearMonth month : facts.window().months()) out.add(month(facts, month));
        return out;
    }

    private static TrendApi.Month month(TrendFactsLoader.Facts facts, YearMonth month) {
        int index = CellMeetings.monthOfPeriod(facts.window(), month);
        int expected = 0;
        int met = 0;
        for (TrendFactsLoader.Cell cell : facts.cells()) {
            if (!cell.openOn(month.atDay(1))) continue;
            expected++;
            if (facts.meetings().getOrDefault(cell.id(), CellMeetings.NONE).regularIn(index)) met++;
        }
        TrendFactsLoader.Attendance attendance = facts.attendance().get(index);
        DashboardFactsLoader.RatingCounts ratings = facts.ratings().get(index);
        return new TrendApi.Month(month.toString(), expected, met,
                expected == 0 ? null : MeetingFacts.percent(met, expected), attendance.meetings(),
                attendance.expected(), attendance.present(),
                attendance.expected() == 0 ? null : MeetingFacts.percent(attendance.present(), attendance.expected()),
                ratings.count(), ratings.self(), ratings.verified());
    }
}
