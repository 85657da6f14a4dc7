package vn.chibo.common;

/** The innermost message of a failure, as an operator needs it ("Connection refused"), without the stack. */
public final class FailureReason {
    private static final int MAX_CHARS = 1000;

    private FailureReason() {}

    public static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
