package vn.chibo.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.chibo.common.ApiException;
import vn.chibo.evaluation.Rating;
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

    static List<TrendApi.Month> months(TrendFactsLoader.Facts facts, YearMonth last) {
        List<TrendApi.Month> out = new ArrayList<>(MONTHS);
        for (YearMonth month = last.minusMonths(MONTHS - 1); !month.isAfter(last); month = month.plusMonths(1)) {
            out.add(month(facts, month));
        }
        return out;
    }

    private static TrendApi.Month month(TrendFactsLoader.Facts facts, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        Set<UUID> cells = new HashSet<>();
        Set<UUID> expectedCells = new HashSet<>();
        for (TrendFactsLoader.Cell cell : facts.cells()) {
            if (cell.openDuring(first, end)) cells.add(cell.id());
            if (cell.openOn(first)) expectedCells.add(cell.id());
        }
        Set<UUID> metCells = new HashSet<>();
        int meetings = 0;
        int expectedPeople = 0;
        int present = 0;
        for (MeetingFacts m : facts.meetings()) {
            if (!m.held() || !YearMonth.from(m.day()).equals(month) || !cells.contains(m.organizationId())) continue;
            if (m.type().isRegular() && expectedCells.contains(m.organizationId())) metCells.add(m.organizationId());
            if (m.type().isCellMeeting() && m.expected() > 0) {
                meetings++;
                expectedPeople += m.expected();
                present += m.present();
            }
        }
        Map<Rating, Integer> self = emptyCounts();
        Map<Rating, Integer> verified = emptyCounts();
        int evaluated = 0;
        for (TrendFactsLoader.RatingFact r : facts.ratings()) {
            if (!r.month().equals(month)) continue;
            evaluated++;
            if (r.self() != null) self.merge(r.self(), 1, Integer::sum);
            if (r.verified() != null) verified.merge(r.verified(), 1, Integer::sum);
        }
        int expected = expectedCells.size();
        return new TrendApi.Month(month.toString(), expected, metCells.size(),
                expected == 0 ? null : MeetingFacts.percent(metCells.size(), expected), meetings, expectedPeople, present,
                expectedPeople == 0 ? null : MeetingFacts.percent(present, expectedPeople), evaluated, self, verified);
    }

    private static Map<Rating, Integer> emptyCounts() {
        Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) counts.put(r, 0);
        return counts;
    }
}
