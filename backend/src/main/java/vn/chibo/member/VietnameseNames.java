package vn.chibo.member;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chibo.common.TextFolding;

/**
 * Keys that let the database sort and search member names the Vietnamese way with nothing but binary string
 * order, so that H2 and PostgreSQL (whatever its collation) give the same order without an ICU collation.
 *
 * <p>{@link #sortKey}: Vietnamese lists sort by the given name (the last word), then the family name (the first
 * word), then the middle names. Each word compares letter by letter in the Vietnamese alphabet
 * (a &lt; ă &lt; â &lt; b &lt; c &lt; d &lt; đ &lt; e &lt; ê &lt; … &lt; o &lt; ô &lt; ơ &lt; … &lt; u &lt; ư &lt; … &lt; y;
 * f, j, w, z of foreign names in their Latin places), and only words with the same letters are told apart by
 * their tone, in the order of Vietnamese dictionaries (Hoàng Phê, Từ điển tiếng Việt): no mark &lt; huyền &lt; hỏi
 * &lt; ngã &lt; sắc &lt; nặng. The tone breaks ties per word rather than after the whole name so that all "Anh"
 * come before all "Ánh", as a reader of a list expects (a dictionary does the same per syllable).
 *
 * <p>The key is made only of {@code [0-9a-z]}: every letter is a two-character code, every word ends with
 * {@code "00"} (lower than any letter, so "An" comes before "Anh") and one tone digit. Alphanumerics compare
 * the same in binary order and in any common collation, so the order holds even on a PostgreSQL that does not
 * run with the C collation.
 *
 * <p>{@link #searchKey}: the name folded ({@link TextFolding}) behind one leading space, so that
 * {@code like '% nguyen van%'} ({@link TextFolding#likeWordStart}) finds names having a word that starts with
 * the searched text.
 */
public final class VietnameseNames {
    /** The alphabet in sort order; a character not in it sorts after every letter. */
    private static final String ALPHABET = "0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final String DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String END_OF_WORD = "00";
    private static final int OTHER = ALPHABET.length() + 1;

    /** Tone marks (NFD combining characters) in dictionary order; index + 1 is the tone digit. */
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";
    private static final char BREVE = '\u0306';
    private static final char CIRCUMFLEX = '\u0302';
    private static final char HORN = '\u031B';

    private VietnameseNames() {}

    /** A key whose binary order is the order of a Vietnamese list of names; see the class comment. */
    public static String sortKey(String fullName) {
        List<String> words = words(fullName);
        if (words.isEmpty()) return "";
        List<String> ordered = new ArrayList<>(words.size());
        ordered.add(words.getLast());
        if (words.size() > 1) ordered.add(words.getFirst());
        if (words.size() > 2) ordered.addAll(words.subList(1, words.size() - 1));
        StringBuilder key = new StringBuilder(fullName.length() * 2 + words.size() * 3);
        for (String word : ordered) appendWord(key, word);
        return key.toString();
    }

    /** Lower case, no diacritics, đ as d, single spaces, behind one space so that a word's start is {@code " x"}. */
    public static String searchKey(String text) {
        return " " + TextFolding.fold(text);
    }

    private static List<String> words(String fullName) {
        if (fullName == null || fullName.isBlank()) return List.of();
        return List.of(fullName.trim().split("\\s+"));
    }

    private static void appendWord(StringBuilder key, String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (!Character.isLetterOrDigit(c)) continue;
            char letter = c;
            for (int j = i + 1; j < decomposed.length() && Character.getType(decomposed.charAt(j)) == Character.NON_SPACING_MARK; j++) {
                char mark = decomposed.charAt(j);
                int t = TONES.indexOf(mark);
                if (t >= 0) tone = t + 1;
                else letter = modified(letter, mark);
            }
            int ordinal = ALPHABET.indexOf(letter);
            appendCode(key, ordinal < 0 ? OTHER : ordinal + 1);
        }
        key.append(END_OF_WORD).append((char) ('0' + tone));
    }

    /** ă, â, ê, ô, ơ, ư are letters of their own; other marks (ç, ñ of foreign names) are dropped. */
    private static char modified(char letter, char mark) {
        return switch (mark) {
            case BREVE -> letter == 'a' ? 'ă' : letter;
            case CIRCUMFLEX -> switch (letter) {
                case 'a' -> 'â';
                case 'e' -> 'ê';
                case 'o' -> 'ô';
                default -> letter;
            };
            case HORN -> switch (letter) {
                case 'o' -> 'ơ';
                case 'u' -> 'ư';
                default -> letter;
            };
            default -> letter;
        };
    }

    private static void appendCode(StringBuilder key, int code) {
        key.append(DIGITS36.charAt(code / 36)).append(DIGITS36.charAt(code % 36));
    }
}
