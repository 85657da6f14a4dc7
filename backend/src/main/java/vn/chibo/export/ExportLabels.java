package vn.chibo.export;

/** Vietnamese words for values that several exports show. */
public final class ExportLabels {
    private ExportLabels() {}

    /** Null (not known) stays an empty cell. */
    public static String yesNo(Boolean value) {
        return value == null ? null : value ? "Có" : "Không";
    }

    /** Several names in one cell. */
    public static String joined(java.util.List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("; ", values);
    }
}
