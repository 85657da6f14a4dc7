package vn.chibo.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags of JSON answers (RFC 9110 8.8.3): a weak tag from the SHA-256 of the bytes sent (weak,
 * because a compressed transfer of the same JSON is the same answer), and the weak comparison an
 * {@code If-None-Match} list needs.
 */
public final class EntityTags {
    private EntityTags() {}

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match value ("*", or a comma-separated list of tags) matches the tag. */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(opaque)) return true;
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
