package vn.chibo.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.common.ApiException;
import vn.chibo.common.Quarters;

/**
 * The period a dashboard looks at: a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026").
 * Only the part of it that has begun counts: months still to come are neither met nor missed.
 */
public record DashboardPeriod(String key, LocalDate from, LocalDate to, LocalDate today) {
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$");
    private static final int FIRST_YEAR = 2000;

    /** Parses the period; blank means the current month. Malformed or in the future: 400 on {@code period}. */
    public static DashboardPeriod parse(String value, LocalDate today) {
        if (value == null || value.isBlank()) return month(YearMonth.from(today), today);
        Matcher m = FORMAT.matcher(value.trim());
        if (!m.matches()) throw ApiException.invalidField("period", "dashboard-period-malformed", shorten(value));
        int year = Integer.parseInt(m.group(1));
        DashboardPeriod period;
        if (m.group(2) != null) {
            period = month(YearMonth.of(year, Integer.parseInt(m.group(2))), today);
        } else if (m.group(3) != null) {
            LocalDate start = Quarters.start(year, Integer.parseInt(m.group(3)));
            period = new DashboardPeriod(value.trim(), start, Quarters.end(start), today);
        } else {
            period = new DashboardPeriod(value.trim(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today);
        }
        if (year < FIRST_YEAR) throw ApiException.invalidField("period", "dashboard-period-malformed", shorten(value));
        if (period.from.isAfter(today)) throw ApiException.invalidField("period", "dashboard-period-future", period.key);
        return period;
    }

    private static DashboardPeriod month(YearMonth month, LocalDate today) {
        return new DashboardPeriod(month.toString(), month.atDay(1), month.atEndOfMonth(), today);
    }

    /** The last day that has begun: the period's end, or today while the period runs. */
    public LocalDate lastDay() {
        return to.isAfter(today) ? today : to;
    }

    /** The months of the period that have begun, in order. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(lastDay())); m = m.plusMonths(1)) out.add(m);
        return out;
    }

    /** The first day of each quarter of the period that has begun, in order. */
    public List<LocalDate> quarters() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate q = Quarters.start(from); !q.isAfter(lastDay()); q = q.plusMonths(3)) out.add(q);
        return out;
    }

    /** The quarter whose supervision coverage is shown: the one holding the period's last begun day. */
    public LocalDate coverageQuarter() {
        return Quarters.start(lastDay());
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) : value;
    }
}
