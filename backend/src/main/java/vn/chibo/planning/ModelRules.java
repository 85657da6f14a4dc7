package vn.chibo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.common.Quarters;

/**
 * The model-meeting rule (DOMAIN.md §9): a committee with fewer subordinate cells than the threshold
 * chooses one cell (regular or topical); at or above it, two cells, one regular and one topical.
 * The numbers come from the policy in force and are passed in.
 */
public final class ModelRules {
    private ModelRules() {}

    /** A rule the chosen cells do not meet, with the arguments of its message. */
    public record Finding(String code, Object... args) {}

    public static int requiredCount(int subordinateCells, int threshold, int below, int atOrAbove) {
        return subordinateCells >= threshold ? atOrAbove : below;
    }

    /** At or above the threshold both kinds must be among the chosen cells. */
    public static boolean bothKindsRequired(int subordinateCells, int threshold) {
        return subordinateCells >= threshold;
    }

    /** Model meetings are held in the programme's quarter (Q1 by default). */
    public static boolean inQuarter(LocalDate day, int year, int quarter) {
        return Quarters.contains(year, quarter, day);
    }

    /**
     * BR-P6: a model meeting that has taken place (held or approved) is followed by its lesson-learned record
     * (strengths, weaknesses, actions), shared with the committee's other cells; until then it is flagged.
     */
    public static java.util.Optional<Finding> lessonsMissing(String cellName, boolean meetingTookPlace,
                                                             boolean lessonsRecorded) {
        return meetingTookPlace && !lessonsRecorded
                ? java.util.Optional.of(new Finding("model-lessons-missing", cellName)) : java.util.Optional.empty();
    }

    /**
     * BR-P6: the last day for the lessons of a programme's model meetings: the day their results are reported up
     * (the programme's quarter's end plus the policy's {@code reportModelDueDays}, as BR-S2's report).
     */
    public static LocalDate lessonsDue(int year, int quarter, int reportDueDays) {
        return Quarters.end(Quarters.start(year, quarter)).plusDays(reportDueDays);
    }

    public static List<Finding> check(int subordinateCells, int threshold, int required, List<ModelKind> chosen) {
        List<Finding> findings = new ArrayList<>();
        if (chosen.size() < required) {
            findings.add(new Finding("model-too-few-cells", chosen.size(), required, subordinateCells));
        }
        // Judged once enough cells are chosen: with one of two chosen, the second may still be of the other kind.
        if (bothKindsRequired(subordinateCells, threshold) && chosen.size() >= required
                && !(chosen.contains(ModelKind.REGULAR) && chosen.contains(ModelKind.TOPICAL))) {
            findings.add(new Finding("model-kinds-mismatch", threshold));
        }
        return findings;
    }
}
