package vn.chibo.idempotency;

import vn.chibo.common.ApiException;

/** What an {@code Idempotency-Key} may be: 1 to 255 visible ASCII characters (a UUID is the usual choice). */
public final class IdempotencyKeys {
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {}

    public static boolean isValid(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH) return false;
        return key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    public static void requireValid(String key) {
        if (!isValid(key)) throw ApiException.badRequest("idempotency-key-invalid", MAX_LENGTH);
    }
}
