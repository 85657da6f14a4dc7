package vn.chibo.policy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BR-D6 (DOMAIN.md 2.3): reads the documents a free-text legal basis cites ("Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW
 * (28/10/2025)") into keys of legal references: issuer, number, type, issue date, and the citation as written. The one
 * parser of citations: migration V23 linked the seeded texts by hand, and {@code LegalCitationsTest} checks this
 * parser picks the same references from those texts. A plain class: text in, citations out.
 */
public final class LegalCitations {
    private LegalCitations() {}

    /** One cited document. {@code issuedOn} is null when the text gives no day (a year alone is not a key). */
    public record Citation(String issuer, String number, LegalReference.DocType type, LocalDate issuedOn,
                           String citation) {}

    /** A date in a citation that does not exist (31/02/2025): the text is refused rather than guessed at. */
    public static final class InvalidDate extends IllegalArgumentException {
        public final String text;

        InvalidDate(String text) {
            super("No such date: " + text);
            this.text = text;
        }
    }

    /** "42-HD/BTCTW", "01-QĐi/HU", "114-KH/ĐUK", with the type word written out before it if there is one. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<word>hướng dẫn|quy định|quyết định|chỉ thị|nghị quyết|kết luận|kế hoạch|công văn)\\s+(?:số\\s+)?)?"
                    + "(?<number>\\d{1,5}-(?<code>\\p{L}{1,6})/(?<issuer>[\\p{L}\\d]{1,20}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "28/10/2025", "ngày 18/01/2012", "18-01-2012": the first date after the number, in the same citation. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");

    private static final Map<String, LegalReference.DocType> BY_WORD = Map.of(
            "hướng dẫn", LegalReference.DocType.HUONG_DAN, "quy định", LegalReference.DocType.QUY_DINH,
            "quyết định", LegalReference.DocType.QUYET_DINH, "chỉ thị", LegalReference.DocType.CHI_THI,
            "nghị quyết", LegalReference.DocType.NGHI_QUYET, "kết luận", LegalReference.DocType.KET_LUAN,
            "kế hoạch", LegalReference.DocType.KE_HOACH, "công văn", LegalReference.DocType.CONG_VAN);

    /**
     * The type the number's middle part names. "QĐ" and "QĐi" are written loosely for the same Quy định (DOMAIN.md
     * 2.3); a Quyết định says so in words.
     */
    private static final Map<String, LegalReference.DocType> BY_CODE = Map.of(
            "HD", LegalReference.DocType.HUONG_DAN, "QĐI", LegalReference.DocType.QUY_DINH,
            "QĐ", LegalReference.DocType.QUY_DINH, "CT", LegalReference.DocType.CHI_THI,
            "NQ", LegalReference.DocType.NGHI_QUYET, "KL", LegalReference.DocType.KET_LUAN,
            "KH", LegalReference.DocType.KE_HOACH, "CV", LegalReference.DocType.CONG_VAN);

    /** Which type of document governs most directly, when a text cites several: guidance first. */
    private static final List<LegalReference.DocType> PRECEDENCE = List.of(LegalReference.DocType.HUONG_DAN,
            LegalReference.DocType.QUY_DINH, LegalReference.DocType.QUYET_DINH, LegalReference.DocType.CHI_THI,
            LegalReference.DocType.NGHI_QUYET, LegalReference.DocType.KET_LUAN, LegalReference.DocType.KE_HOACH,
            LegalReference.DocType.CONG_VAN, LegalReference.DocType.KHAC);

    /** Every document the text cites, in order; citations are separated by ";" and each keeps its own words. */
    public static List<Citation> parse(String text) {
        List<Citation> found = new ArrayList<>();
        if (text == null) return found;
        // one spelling of the Vietnamese letters, whatever the keyboard produced (composed or combining marks)
        for (String part : Normalizer.normalize(text, Normalizer.Form.NFC).split(";")) {
            String segment = part.trim();
            Matcher m = NUMBER.matcher(segment);
            List<int[]> spans = new ArrayList<>();
            List<Citation> inSegment = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                String word = m.group("word");
                LegalReference.DocType type = word != null ? BY_WORD.get(word.toLowerCase(Locale.ROOT))
                        : BY_CODE.getOrDefault(m.group("code").toUpperCase(Locale.ROOT), LegalReference.DocType.KHAC);
                inSegment.add(new Citation(m.group("issuer"), m.group("number"), type, null, truncate(segment)));
            }
            for (int i = 0; i < inSegment.size(); i++) {
                int from = spans.get(i)[1];
                int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : segment.length();
                Citation c = inSegment.get(i);
                found.add(new Citation(c.issuer(), c.number(), c.type(), dateIn(segment.substring(from, to)), c.citation()));
            }
        }
        return found;
    }

    /**
     * The document a text is mainly based on: the type that governs most directly, then a dated citation over an
     * undated one, then the one cited last (a later citation names the newer text).
     */
    public static Optional<Citation> main(List<Citation> citations) {
        Comparator<Citation> byPrecedence = Comparator.comparingInt(c -> -PRECEDENCE.indexOf(c.type()));
        Comparator<Citation> dated = Comparator.comparing(c -> c.issuedOn() != null);
        Citation best = null;
        for (Citation c : citations) {
            if (best == null || byPrecedence.thenComparing(dated).compare(c, best) >= 0) best = c;
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate dateIn(String text) {
        Matcher d = DATE.matcher(text);
        if (!d.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
        } catch (DateTimeException e) {
            throw new InvalidDate(d.group());
        }
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
