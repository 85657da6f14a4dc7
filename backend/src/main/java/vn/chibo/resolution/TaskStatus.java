package vn.chibo.resolution;

public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DONE_BEYOND, LATE, NOT_DONE, RECURRING;

    /** Still to be reviewed at the next regular meeting. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == LATE;
    }

    /** Counts as completed in the previous resolution's completion rate. */
    public boolean isCompleted() {
        return this == DONE || this == DONE_BEYOND;
    }
}
