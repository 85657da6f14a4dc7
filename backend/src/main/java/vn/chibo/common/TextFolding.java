package vn.chibo.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ as d, single spaces, so that
 * "nguyen van" finds "Nguyễn Văn".
 */
public final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {}

    public static String fold(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** Whether a name contains the searched text, folded; a blank search matches every name. */
    public static Predicate<String> matches(String search) {
        if (search == null || search.isBlank()) return name -> true;
        String folded = fold(search);
        return name -> fold(name).contains(folded);
    }

    /** Escapes LIKE wildcards so user input matches literally. */
    public static String likeContains(String text) {
        return "%" + likeEscaped(text) + "%";
    }

    /**
     * A LIKE pattern (escape character \) finding a key stored as {@code " " + fold(name)} where a word starts with the
     * text: "an" finds "Nguyễn Văn An" and "Lê Anh", not "Trần Thị Lan".
     */
    public static String likeWordStart(String text) {
        return "% " + likeEscaped(text) + "%";
    }

    private static String likeEscaped(String text) {
        return fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
