package vn.chibo.resolution;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DONE_BEYOND, LATE, NOT_DONE, RECURRING;

    /**
     * Still to be reviewed at the next regular meeting: the one list of open statuses, which queries pass as their
     * parameter ({@code status in :open}) so that a query and {@link #isOpen()} cannot disagree.
     */
    public static final Set<TaskStatus> OPEN = Collections.unmodifiableSet(EnumSet.of(NOT_STARTED, IN_PROGRESS, LATE));

    /**
     * Counts as completed in the previous resolution's completion rate: the one list of completed statuses, passed
     * to queries the same way as {@link #OPEN}.
     */
    public static final Set<TaskStatus> COMPLETED = Collections.unmodifiableSet(EnumSet.of(DONE, DONE_BEYOND));

    /** Still to be reviewed at the next regular meeting. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Counts as completed in the previous resolution's completion rate. */
    public boolean isCompleted() {
        return COMPLETED.contains(this);
    }
}
