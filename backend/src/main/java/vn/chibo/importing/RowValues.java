package vn.chibo.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Typed access to one uploaded row that records a problem instead of throwing. */
final class RowValues {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}(\\.0+)?");

    private final Map<String, String> values;
    private final List<RowProblem> problems;

    RowValues(Map<String, String> values, List<RowProblem> problems) {
        this.values = values;
        this.problems = problems;
    }

    String text(String field, boolean required, int maxLength) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            if (required) problems.add(RowProblem.of(field, "row.required"));
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(RowProblem.of(field, "row.too-long", maxLength));
            return null;
        }
        return value.trim();
    }

    /**
     * A day written as dd/MM/yyyy (what a date cell of a workbook arrives as) or yyyy-MM-dd. A bare year is
     * not a day: refused with its own reason rather than read as an Excel serial number. A day read is put
     * back as dd/MM/yyyy, so the preview shows every date the same way.
     */
    LocalDate date(String field, boolean required) {
        String value = text(field, required, 40);
        if (value == null) return null;
        if (BARE_YEAR.matcher(value).matches()) {
            problems.add(RowProblem.of(field, "row.year-not-date", value));
            return null;
        }
        try {
            LocalDate day = value.contains("/") ? LocalDate.parse(value, DAY_FIRST)
                    : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            values.put(field, XlsxReader.DAY_MONTH_YEAR.format(day));
            return day;
        } catch (DateTimeParseException e) {
            problems.add(RowProblem.of(field, "row.bad-date", value));
            return null;
        }
    }

    Integer integer(String field, int min, int max) {
        String value = text(field, false, 20);
        if (value == null) return null;
        try {
            int number = new BigDecimal(value).intValueExact();
            if (number < min || number > max) throw new NumberFormatException();
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(RowProblem.of(field, "row.bad-number", value));
            return null;
        }
    }

    void problem(String field, String key, Object... args) {
        problems.add(RowProblem.of(field, key, args));
    }
}
