package vn.chibo.alert;

import java.time.LocalDate;
import java.time.YearMonth;

/** The calendar periods alerts are keyed by: months, quarters and years. */
public final class Periods {
    private Periods() {}

    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    public static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate quarterStart(LocalDate day) {
        return quarterStart(day.getYear(), quarterOf(day));
    }

    public static LocalDate quarterEnd(LocalDate quarterStart) {
        return quarterStart.plusMonths(3).minusDays(1);
    }

    public static String monthKey(YearMonth month) {
        return month.toString();
    }

    public static String quarterKey(LocalDate quarterStart) {
        return quarterStart.getYear() + "-Q" + quarterOf(quarterStart);
    }

    /** True in the quarter's last month, when a missing topical session or visit is still fixable. */
    public static boolean inLastMonthOfQuarter(LocalDate day) {
        return day.getMonthValue() % 3 == 0;
    }
}
