package vn.chibo.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.common.Quarters;

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

    public static Period quarter(int year, int quarter) {
        LocalDate from = Quarters.start(year, quarter);
        return new Period(from, Quarters.end(from));
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

}
