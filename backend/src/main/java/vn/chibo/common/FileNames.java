package vn.chibo.common;

import java.text.Normalizer;

/**
 * The name an uploaded file is kept and shown under. Only the last path segment is kept; the text
 * is normalised to NFC (so "ộ" typed on different systems is one name), and control and format
 * characters are dropped: a right-to-left override (U+202E) would let "bien-ban\u202Egpj.pdf" show
 * as "bien-banfdp.jpg", and zero-width characters make two names look the same.
 */
public final class FileNames {
    private static final int MAX_CHARS = 300;

    private FileNames() {}

    public static String clean(String fileName, String fallback) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.isEmpty()) return fallback;
        if (name.length() <= MAX_CHARS) return name;
        int start = name.offsetByCodePoints(name.length(), -name.codePointCount(name.length() - MAX_CHARS, name.length()));
        return name.substring(start);
    }
}
