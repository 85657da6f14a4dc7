package vn.chibo.supervision;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

/**
 * Calendar rules of supervision (DOMAIN.md §10, BR-S2): quarters, coverage against the policy's visits
 * per cell per quarter, the report periods and their due dates ("MM-DD" from the policy), lateness.
 */
public final class SupervisionRules {
    private SupervisionRules() {}

    public record Period(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(from, from.plusMonths(3).minusDays(1));
    }

    /** The months (YYYY-MM) of a quarter. */
    public static List<String> monthsOf(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return List.of(first.toString(), first.plusMonths(1).toString(), first.plusMonths(2).toString());
    }

    public static boolean covered(int visits, int requiredPerQuarter) {
        return visits >= requiredPerQuarter;
    }

    /** The half-year report covers January to June, the annual report the whole year. */
    public static Period reportPeriod(int year, SupervisionApi.ReportKind kind) {
        return kind == SupervisionApi.ReportKind.HALF_YEAR
                ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A due date given as "MM-DD" in the report's year (29/02 falls back to 28/02 in common years). */
    public static LocalDate due(int year, String monthDay) {
        return MonthDay.parse("--" + monthDay).atYear(year);
    }

    /** Submitted after the due day, or still not submitted once it has passed. */
    public static boolean late(LocalDate due, LocalDate submittedOn, LocalDate today) {
        return submittedOn != null ? submittedOn.isAfter(due) : today.isAfter(due);
    }
}
