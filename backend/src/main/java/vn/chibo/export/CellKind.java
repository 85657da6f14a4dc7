package vn.chibo.export;

/** How a column's values are typed in a spreadsheet, so that sums, sorting and filters work on them. */
public enum CellKind {
    TEXT,
    /** A whole number (Integer, Long). */
    INTEGER,
    /** A number with decimals (Double, BigDecimal). */
    DECIMAL,
    /** A percentage given as the API shows it, 37.5 for 37.5 %; XLSX stores 0.375 with a percent format. */
    PERCENT,
    /** A LocalDate. */
    DATE
}
