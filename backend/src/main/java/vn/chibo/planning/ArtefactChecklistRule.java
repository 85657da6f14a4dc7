package vn.chibo.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.chibo.policy.ArtefactKind;
import vn.chibo.policy.PolicyProfile;

/**
 * BR-P7 (S003): every cell is expected to have the policy's term-start and annual artefacts for the year. A
 * missing one is a notice until the policy's due day and a warning from the day after; a past year is past due.
 */
public final class ArtefactChecklistRule {
    private ArtefactChecklistRule() {}

    public enum Level { COMPLETE, INFO, WARN }

    /** The outcome for one cell and year, with the kinds still missing (in the enum's order) and the due day. */
    public record Verdict(Level level, List<ArtefactKind> missing, LocalDate due) {}

    public static Verdict judge(List<ArtefactKind> expected, Collection<ArtefactKind> recorded, String dueMonthDay,
                                int year, LocalDate today) {
        List<ArtefactKind> missing = expected.stream().filter(k -> !recorded.contains(k)).sorted().toList();
        LocalDate due = PolicyProfile.dayOfYear(dueMonthDay, year);
        Level level = missing.isEmpty() ? Level.COMPLETE : today.isAfter(due) ? Level.WARN : Level.INFO;
        return new Verdict(level, missing, due);
    }
}
