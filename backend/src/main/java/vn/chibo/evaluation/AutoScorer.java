package vn.chibo.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.meeting.MeetingType;
import vn.chibo.member.CellLeadership;
import vn.chibo.member.PositionRepository;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.rules.PublicationDeadline;
import vn.chibo.policy.PolicyProfile;

/**
 * Fills automatic criteria from the meeting's facts ({@link MeetingFacts}, with their history). Percent
 * thresholds come from the criterion's levels (data); the level lists are ordered best first.
 */
@ApplicationScoped
public class AutoScorer {
    /** The zone the day of publication is read in (BR-R5); Vietnam time for plain tests. */
    private final ZoneId zone;
    /** Answers "only a secretary" for a single meeting; plain tests pass the answer instead. */
    private final PositionRepository positions;

    public AutoScorer() {
        this(ZoneId.of("Asia/Ho_Chi_Minh"), null);
    }

    @Inject
    public AutoScorer(TimeSource time, PositionRepository positions) {
        this(time.zone(), positions);
    }

    AutoScorer(ZoneId zone, PositionRepository positions) {
        this.zone = zone;
        this.positions = positions;
    }

    /** Automatic points for a leaf, or null when the criterion is not automatic and has no condition. */
    public BigDecimal score(ScoringCriterion c, List<EvaluationApi.Level> levels, Meeting m, MeetingFacts f,
                            PolicyProfile policy) {
        return score(c, levels, m, f, policy, () -> positions.secretaryOnly(m.organization, f.day()));
    }

    /**
     * The same, with whether the cell had only its secretary on the meeting's day answered by the caller
     * (a job scoring many meetings that has read the cells' positions once; see {@link CellLeadership}).
     */
    public BigDecimal score(ScoringCriterion c, List<EvaluationApi.Level> levels, Meeting m, MeetingFacts f,
                            PolicyProfile policy, BooleanSupplier secretaryOnly) {
        if ("TOPICAL_PART_ONLY".equals(c.conditionKind) && !m.type.isTopical()) return c.maxPoints;
        if ("FULL_IF_SECRETARY_ONLY".equals(c.conditionKind) && secretaryOnly.getAsBoolean()) return c.maxPoints;
        if (c.inputType != ScoringCriterion.InputType.AUTO || c.autoSource == null || levels.isEmpty()) return null;
        int minimum = policy.minimumDurationMinutes(m.type == MeetingType.COMBINED, f.expected());
        MeetingFacts.History history = f.history();
        boolean noRepeated = history.longestExcusedStreak() <= policy.maxConsecutiveExcusedAbsences;
        return switch (c.autoSource) {
            case "DURATION" -> byDuration(levels, f.durationMinutes(), minimum);
            case "ATTENDANCE_RATE" -> f.unexcused() > 0 ? last(levels) : byPercent(levels, f.attendanceRate());
            case "NO_REPEATED_EXCUSED" -> yesNo(levels, noRepeated);
            case "HD12_ATTENDANCE" -> yesNo(levels, f.attendanceRate() > policy.attendanceTargetPercent
                    && f.unexcused() == 0 && noRepeated);
            case "PRE_MEETING" -> yesNo(levels, f.hasPreMeeting());
            case "NOTIFIED" -> yesNo(levels, f.notified());
            case "DOCUMENTS_ON_TIME" -> yesNo(levels, f.documentsOnTime());
            case "SPEAKING_RATE" -> byPercent(levels, f.speakingRate());
            case "MINUTES_COMPLETE" -> yesNo(levels, f.minutesComplete());
            case "POST_PUBLICATION" -> yesNo(levels, PublicationDeadline.onTime(f.day(), policy.postPublishDeadlineDays,
                    m.recordsPublishedAt == null ? null : m.recordsPublishedAt.atZone(zone).toLocalDate()));
            case "PREVIOUS_RESOLUTION" -> history.previousResolutionCompletionRate() == null ? levels.get(0).points()
                    : byPercent(levels, history.previousResolutionCompletionRate());
            default -> null;
        };
    }

    /**
     * The first level whose thresholds the meeting's length reaches (the template's bands, e.g. full length, short by at
     * most 15 minutes, by 15-30, at least half); the last level when none does or the length is unknown.
     */
    static BigDecimal byDuration(List<EvaluationApi.Level> levels, Integer minutes, int minimum) {
        if (minutes == null) return last(levels);
        for (EvaluationApi.Level level : levels) {
            boolean shortEnough = level.maxShortMinutes() != null && minimum - minutes <= level.maxShortMinutes();
            boolean longEnough = level.min() != null
                    && BigDecimal.valueOf(minutes).multiply(BigDecimal.valueOf(100))
                            .compareTo(level.min().multiply(BigDecimal.valueOf(minimum))) >= 0;
            if (shortEnough || longEnough) return level.points();
        }
        return last(levels);
    }

    static BigDecimal byPercent(List<EvaluationApi.Level> levels, double percent) {
        for (EvaluationApi.Level level : levels) {
            if (level.min() == null || percent >= level.min().doubleValue()) return level.points();
        }
        return last(levels);
    }

    private static BigDecimal yesNo(List<EvaluationApi.Level> levels, boolean yes) {
        return yes ? levels.get(0).points() : last(levels);
    }

    private static BigDecimal last(List<EvaluationApi.Level> levels) {
        return levels.get(levels.size() - 1).points();
    }
}
