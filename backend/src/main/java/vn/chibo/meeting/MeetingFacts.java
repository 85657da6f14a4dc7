package vn.chibo.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What happened in a meeting, as plain figures: the one read model that evaluation, the dashboard and
 * reports consume instead of rebuilding these facts (or borrowing HTTP views) each on their own.
 * Computed by {@link MeetingFactsReader} for many meetings at once.
 *
 * @param day              the meeting's scheduled day in Vietnam time
 * @param expected         members expected at the meeting on its day (BR-H2); zero for a committee meeting
 * @param notRecorded      expected members whose attendance is not recorded yet
 * @param exempt           members of the cell exempt from meetings on the day
 * @param distinctSpeakers expected members present who spoke at least once
 * @param documents        documents published for the meeting
 * @param lateDocuments    of them, those published after the lead time of the policy in force (BR-M4)
 * @param hasPreMeeting    a committee meeting is recorded as preparing this one (BR-M1)
 * @param minutesWritten   the minutes have both their free text and their conclusions
 * @param history          facts that need the cell's earlier meetings; null when the read skipped them
 *                         (roll-ups over a subtree do not need them and they cost a year of attendance)
 */
public record MeetingFacts(UUID meetingId, UUID organizationId, MeetingType type, MeetingStatus status,
                           LocalDate day, Integer durationMinutes, boolean chairAndMinuteTakerSet, boolean notified,
                           int expected, int present, int excused, int unexcused, int notRecorded, int exempt,
                           int distinctSpeakers, int votes, int documents, int lateDocuments, boolean hasPreMeeting,
                           MinutesState minutes, boolean minutesWritten, boolean hasResolution, int tasks,
                           int tasksCompleted, History history) {

    /** Where the minutes stand. */
    public enum MinutesState { MISSING, DRAFT, APPROVED }

    /**
     * @param longestExcusedStreak the longest run of excused absences in a row this year, up to this
     *                             meeting, among the expected members (BR-H5)
     * @param previousResolutionCompletionRate share of the previous regular meeting's tasks completed,
     *                             in percent; null without such tasks (BR-E7)
     */
    public record History(int longestExcusedStreak, Double previousResolutionCompletionRate) {}

    public boolean held() {
        return status == MeetingStatus.HELD || status == MeetingStatus.APPROVED;
    }

    /** Present over expected, in percent with one decimal; 0 when nobody is expected. */
    public double attendanceRate() {
        return percent(present, expected);
    }

    /** Distinct member speakers over members present, in percent with one decimal (BR-H11). */
    public double speakingRate() {
        return percent(distinctSpeakers, present);
    }

    public boolean documentsOnTime() {
        return documents > 0 && lateDocuments == 0;
    }

    /** Everything the minutes template asks for is recorded (BR-R3). */
    public boolean minutesComplete() {
        return minutes != MinutesState.MISSING && minutesWritten && notRecorded == 0 && chairAndMinuteTakerSet;
    }

    public static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
