package vn.chibo.common;

/** Small text helpers shared by the services. */
public final class Strings {
    private Strings() {}

    /** Trimmed text, or null for absent or blank input: optional fields are stored as null, never "". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
