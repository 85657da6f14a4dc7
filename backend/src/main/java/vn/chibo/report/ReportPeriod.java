package vn.chibo.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import vn.chibo.common.ApiException;
import vn.chibo.common.Quarters;

/** The period a report covers: its key ("2026-Q3"), year and days. A half-year is January to June. */
public record ReportPeriod(ReportKind kind, String key, int year, LocalDate from, LocalDate to) {
    private static final int FIRST_YEAR = 2000;

    /** Parses the key for the kind; malformed or not yet begun: 400 on {@code period}. */
    public static ReportPeriod parse(ReportKind kind, String value, LocalDate today) {
        String text = value == null ? "" : value.trim();
        Matcher m = kind.format.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) < FIRST_YEAR) {
            throw ApiException.invalidField("period", "report-period-malformed",
                    text.length() > 20 ? text.substring(0, 20) : text, kind.example);
        }
        int year = Integer.parseInt(m.group(1));
        ReportPeriod period = switch (kind) {
            case QUARTERLY -> quarter(year, Integer.parseInt(m.group(2)));
            case HALF_YEAR -> halfYear(year);
            case ANNUAL, MODEL_MEETING -> year(kind, year);
        };
        if (period.from.isAfter(today)) throw ApiException.invalidField("period", "report-period-future", period.key);
        return period;
    }

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate start = Quarters.start(year, quarter);
        return new ReportPeriod(ReportKind.QUARTERLY, year + "-Q" + quarter, year, start, Quarters.end(start));
    }

    public static ReportPeriod halfYear(int year) {
        return new ReportPeriod(ReportKind.HALF_YEAR, year + "-H1", year, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
    }

    public static ReportPeriod year(ReportKind kind, int year) {
        return new ReportPeriod(kind, String.valueOf(year), year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
