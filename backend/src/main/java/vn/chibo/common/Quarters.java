package vn.chibo.common;

import java.time.LocalDate;

/** Calendar quarters, the one place their arithmetic lives (plans, alerts, coverage, model meetings). */
public final class Quarters {
    private Quarters() {}

    public static int of(LocalDate day) {
        return ofMonth(day.getMonthValue());
    }

    public static int ofMonth(int month) {
        return (month - 1) / 3 + 1;
    }

    public static LocalDate start(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate start(LocalDate day) {
        return start(day.getYear(), of(day));
    }

    public static LocalDate end(LocalDate quarterStart) {
        return quarterStart.plusMonths(3).minusDays(1);
    }

    public static boolean contains(int year, int quarter, LocalDate day) {
        return day.getYear() == year && of(day) == quarter;
    }

    /** The quarter's last day is before today: nothing new can be planned in it. */
    public static boolean hasEnded(int year, int quarter, LocalDate today) {
        return end(start(year, quarter)).isBefore(today);
    }
}
