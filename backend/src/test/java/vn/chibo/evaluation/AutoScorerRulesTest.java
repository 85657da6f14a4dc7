package vn.chibo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.policy.PolicyProfile;

/**
 * The automatic criteria (BR-E2, BR-E7, BR-M1, BR-H11) and the conditional ones (BR-E4), each just inside and just
 * outside its threshold, from the criterion's levels and the meeting's facts only.
 */
class AutoScorerRulesTest {
    private static final AutoScorer SCORER = new AutoScorer();
    private static final PolicyProfile POLICY = new PolicyProfile();

    private static EvaluationApi.Level level(int points, Integer minPercent) {
        return new EvaluationApi.Level("L" + points, BigDecimal.valueOf(points),
                minPercent == null ? null : BigDecimal.valueOf(minPercent), null);
    }

    private static final List<EvaluationApi.Level> YES_NO = List.of(level(2, null), level(0, null));
    /** 30% or more: 3 points; 20% or more: 1; less: 0. */
    private static final List<EvaluationApi.Level> RATE = List.of(level(3, 30), level(1, 20), level(0, null));

    private static ScoringCriterion auto(String source) {
        ScoringCriterion c = new ScoringCriterion();
        c.code = "x";
        c.maxPoints = BigDecimal.valueOf(3);
        c.inputType = ScoringCriterion.InputType.AUTO;
        c.autoSource = source;
        return c;
    }

    private static Meeting meeting(MeetingType type) {
        Meeting m = new Meeting();
        m.type = type;
        m.status = MeetingStatus.HELD;
        return m;
    }

    /** A held regular meeting of 10 present out of 10, with the given speakers, pre-meeting and previous tasks' rate. */
    private static MeetingFacts facts(int speakers, boolean preMeeting, Double previousTasksDone) {
        return new MeetingFacts(UUID.randomUUID(), UUID.randomUUID(), MeetingType.REGULAR, MeetingStatus.HELD,
                LocalDate.of(2026, 11, 20), 120, true, true, 10, 10, 0, 0, 0, 0, speakers, 1, 1, 0, preMeeting,
                MeetingFacts.MinutesState.APPROVED, true, true, 2, 2, new MeetingFacts.History(0, previousTasksDone));
    }

    private static BigDecimal score(ScoringCriterion c, List<EvaluationApi.Level> levels, MeetingType type, MeetingFacts f,
                                    boolean secretaryOnly) {
        return SCORER.score(c, levels, meeting(type), f, POLICY, () -> secretaryOnly);
    }

    @Test
    void brH11_theSpeakingRateScoresByTheLevelsThresholds() {
        ScoringCriterion c = auto("SPEAKING_RATE");
        assertEquals(3, score(c, RATE, MeetingType.REGULAR, facts(3, true, null), false).intValue(), "3 of 10 is 30%");
        assertEquals(1, score(c, RATE, MeetingType.REGULAR, facts(2, true, null), false).intValue(), "2 of 10 is 20%");
        assertEquals(0, score(c, RATE, MeetingType.REGULAR, facts(1, true, null), false).intValue(), "1 of 10 is 10%");
    }

    /** A held regular meeting of 10 expected members with that attendance, 3 speakers and a pre-meeting. */
    private static MeetingFacts attendance(int present, int excused, int unexcused) {
        return new MeetingFacts(UUID.randomUUID(), UUID.randomUUID(), MeetingType.REGULAR, MeetingStatus.HELD,
                LocalDate.of(2026, 11, 20), 120, true, true, 10, present, excused, unexcused, 0, 0, 3, 1, 1, 0, true,
                MeetingFacts.MinutesState.APPROVED, true, true, 2, 2, new MeetingFacts.History(0, null));
    }

    @Test
    void brH4_anyAbsenceWithoutReasonFailsTheAttendanceCriterionWhateverTheRate() {
        ScoringCriterion c = auto("ATTENDANCE_RATE");
        assertEquals(3, score(c, RATE, MeetingType.REGULAR, attendance(9, 1, 0), false).intValue(), "90%, excused");
        assertEquals(0, score(c, RATE, MeetingType.REGULAR, attendance(9, 0, 1), false).intValue(), "90%, one unexcused");
    }

    @Test
    void brM1_aPreMeetingHeldGetsTheFirstLevelAndNoneTheLast() {
        ScoringCriterion c = auto("PRE_MEETING");
        assertEquals(2, score(c, YES_NO, MeetingType.REGULAR, facts(3, true, null), false).intValue());
        assertEquals(0, score(c, YES_NO, MeetingType.REGULAR, facts(3, false, null), false).intValue());
    }

    @Test
    void brE7_thePreviousResolutionScoresByItsTaskCompletionRate() {
        ScoringCriterion c = auto("PREVIOUS_RESOLUTION");
        assertEquals(3, score(c, RATE, MeetingType.REGULAR, facts(3, true, 30.0), false).intValue());
        assertEquals(1, score(c, RATE, MeetingType.REGULAR, facts(3, true, 29.9), false).intValue());
        assertEquals(0, score(c, RATE, MeetingType.REGULAR, facts(3, true, 19.9), false).intValue());
        assertEquals(3, score(c, RATE, MeetingType.REGULAR, facts(3, true, null), false).intValue(),
                "without previous tasks there is nothing to fall short of");
    }

    @Test
    void brE4_aTopicalPartCriterionGetsFullMarksOutsideATopicalMeetingOnly() {
        ScoringCriterion c = auto("SPEAKING_RATE");
        c.conditionKind = "TOPICAL_PART_ONLY";
        assertEquals(3, score(c, RATE, MeetingType.REGULAR, facts(0, true, null), false).intValue(), "regular: not applicable");
        assertEquals(0, score(c, RATE, MeetingType.TOPICAL, facts(0, true, null), false).intValue(), "topical: scored");
    }

    @DisplayName("BR-E4, BR-M1: the committee criterion gets full marks when the cell has only its secretary")
    @Test
    void brE4_theCommitteeCriterionGetsFullMarksWhenTheCellHasOnlyItsSecretary() {
        ScoringCriterion c = auto("PRE_MEETING");
        c.conditionKind = "FULL_IF_SECRETARY_ONLY";
        assertEquals(3, score(c, YES_NO, MeetingType.REGULAR, facts(3, false, null), true).intValue());
        assertEquals(0, score(c, YES_NO, MeetingType.REGULAR, facts(3, false, null), false).intValue());
    }

    @Test
    @DisplayName("BR-R5 BR-E2 post-meeting publication: on day 2 after the meeting full marks, on day 3 none")
    void brR5_postMeetingPublicationScoresByTheDeadline() {
        ScoringCriterion c = auto("POST_PUBLICATION");
        PolicyProfile policy = new PolicyProfile();
        policy.postPublishDeadlineDays = 2;
        MeetingFacts f = facts(3, true, null); // held on 20/11/2026
        Meeting m = meeting(MeetingType.REGULAR);
        m.recordsPublishedAt = Instant.parse("2026-11-22T16:59:00Z"); // 23:59 on 22/11 in Vietnam
        assertEquals(2, SCORER.score(c, YES_NO, m, f, policy, () -> false).intValue());
        m.recordsPublishedAt = Instant.parse("2026-11-22T17:00:00Z"); // 00:00 on 23/11 in Vietnam
        assertEquals(0, SCORER.score(c, YES_NO, m, f, policy, () -> false).intValue());
        policy.postPublishDeadlineDays = 3;
        assertEquals(2, SCORER.score(c, YES_NO, m, f, policy, () -> false).intValue(), "the policy's days");
        m.recordsPublishedAt = null;
        assertEquals(0, SCORER.score(c, YES_NO, m, f, policy, () -> false).intValue(), "not published");
    }

    @Test
    void aManualCriterionWithoutConditionIsNotScored() {
        ScoringCriterion c = auto(null);
        c.inputType = ScoringCriterion.InputType.LEVEL;
        assertNull(score(c, RATE, MeetingType.REGULAR, facts(3, true, null), false));
    }
}
