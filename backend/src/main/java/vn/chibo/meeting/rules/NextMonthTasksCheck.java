package vn.chibo.meeting.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * BR-R4: a held regular meeting adopts a resolution or conclusion, and each of its clauses on next month's work has
 * at least one task with an assignee and a due date.
 */
public final class NextMonthTasksCheck {
    private NextMonthTasksCheck() {}

    /** A clause marked as next month's work, and whether a task linked to it has an assignee and a due date. */
    public record Clause(String heading, boolean hasAssignedDatedTask) {}

    public static List<Finding> check(boolean hasResolution, List<Clause> nextMonthClauses) {
        List<Finding> out = new ArrayList<>();
        if (!hasResolution) {
            out.add(Finding.of("resolution-missing"));
            return out;
        }
        for (Clause c : nextMonthClauses) {
            if (!c.hasAssignedDatedTask()) out.add(Finding.of("next-month-clause-without-task", c.heading()));
        }
        return out;
    }
}
