package vn.chibo.common;

import java.util.regex.Pattern;

/**
 * Text for a cell of an exported spreadsheet (CSV or XLSX). A value that starts like a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage return that some programs skip
 * before looking) would run as one when the file is opened, so a member named
 * {@code =HYPERLINK(...)} could send the reader's data elsewhere. Such values get a leading
 * apostrophe, which spreadsheet programs read as "this is text" (OWASP's advice for CSV injection).
 * Every export that writes user data into a spreadsheet must pass each text cell through here.
 */
public final class SpreadsheetText {
    /** A plain number such as -12 or +3.5 is not a formula and keeps its sign. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SpreadsheetText() {}

    public static String neutralise(String value) {
        if (value == null || value.isEmpty() || !startsLikeFormula(value.charAt(0))) return value;
        if (PLAIN_NUMBER.matcher(value).matches()) return value;
        return "'" + value;
    }

    private static boolean startsLikeFormula(char first) {
        return switch (first) {
            // The full-width forms are folded to their ASCII forms by some programs in East Asian locales.
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
