package vn.chibo.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import vn.chibo.policy.ArtefactKind;
import vn.chibo.policy.PolicyProfile;

/**
 * BR-P7 (S003): every cell is expected to have the policy's annual artefacts each year, and its term-start artefacts
 * once per term (nhiệm kỳ). A missing one is a notice until the policy's due day (for a term artefact, that day of
 * the term's first year) and a warning from the day after; a past year or term is past due.
 */
public final class ArtefactChecklistRule {
    private ArtefactChecklistRule() {}

    public enum Level { COMPLETE, INFO, WARN }

    /** The outcome for one cell and year, with the kinds still missing (in the enum's order) and the year's due day. */
    public record Verdict(Level level, List<ArtefactKind> missing, LocalDate due) {}

    /** Annual artefacts only. */
    public static Verdict judge(List<ArtefactKind> expected, Collection<ArtefactKind> recorded, String dueMonthDay,
                                int year, LocalDate today) {
        return judge(expected, recorded, List.of(), List.of(), dueMonthDay, year, year, today);
    }

    /**
     * @param recordedInYear  kinds recorded for the year
     * @param termKinds       kinds expected once per term
     * @param recordedForTerm kinds recorded for the term (under its first year)
     * @param termStart       the first year of the term the year falls in
     */
    public static Verdict judge(List<ArtefactKind> annual, Collection<ArtefactKind> recordedInYear,
                                List<ArtefactKind> termKinds, Collection<ArtefactKind> recordedForTerm,
                                String dueMonthDay, int year, int termStart, LocalDate today) {
        List<ArtefactKind> missingInYear = annual.stream().filter(k -> !recordedInYear.contains(k)).toList();
        List<ArtefactKind> missingInTerm = termKinds.stream().filter(k -> !recordedForTerm.contains(k)).toList();
        LocalDate due = PolicyProfile.dayOfYear(dueMonthDay, year);
        LocalDate termDue = PolicyProfile.dayOfYear(dueMonthDay, termStart);
        boolean late = (!missingInYear.isEmpty() && today.isAfter(due)) || (!missingInTerm.isEmpty() && today.isAfter(termDue));
        List<ArtefactKind> missing = Stream.concat(missingInYear.stream(), missingInTerm.stream()).sorted().toList();
        Level level = missing.isEmpty() ? Level.COMPLETE : late ? Level.WARN : Level.INFO;
        return new Verdict(level, missing, due);
    }
}
