package vn.chibo.alert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import vn.chibo.common.Quarters;

/** The calendar periods alerts are keyed by: months, quarters and years. */
public final class Periods {
    private Periods() {}

    public static String quarterKey(LocalDate quarterStart) {
        return quarterStart.getYear() + "-Q" + Quarters.of(quarterStart);
    }

    /**
     * Every period key the alert rules may judge on a day: this and the previous month, quarter and year, the
     * quarter before (periodic reports), and this and last year's first half.
     */
    public static List<String> evaluatedOn(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        LocalDate quarter = Quarters.start(day);
        return List.of("-", month.toString(), month.minusMonths(1).toString(), quarterKey(quarter),
                quarterKey(quarter.minusMonths(3)), quarterKey(quarter.minusMonths(6)), String.valueOf(day.getYear()),
                String.valueOf(day.getYear() - 1), day.getYear() + "-H1", (day.getYear() - 1) + "-H1");
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /**
     * A period key or a date as people write it: "11/2026", quarter "III/2026" (Vietnamese) or "Q3 2026",
     * "2026", and dates "05/02/2026". Anything else is returned as it is.
     */
    public static String display(String value, Locale locale) {
        if (value == null || value.equals("-")) return "";
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value.substring(8) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4);
        }
        if (value.matches("\\d{4}-\\d{2}")) return value.substring(5) + "/" + value.substring(0, 4);
        if (value.matches("\\d{4}-Q[1-4]")) {
            int q = value.charAt(6) - '0';
            return "en".equals(locale.getLanguage()) ? "Q" + q + " " + value.substring(0, 4) : ROMAN[q - 1] + "/" + value.substring(0, 4);
        }
        if (value.matches("\\d{4}-H1")) {
            return ("en".equals(locale.getLanguage()) ? "first half of " : "6 tháng đầu năm ") + value.substring(0, 4);
        }
        return value;
    }

    /** True in the quarter's last month, when a missing topical session or visit is still fixable. */
    public static boolean inLastMonthOfQuarter(LocalDate day) {
        return day.getMonthValue() % 3 == 0;
    }
}
