package vn.chibo.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.alert.AlertRules.Check;
import vn.chibo.alert.AlertRules.MeetingFact;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.planning.PlanStatus;
import vn.chibo.policy.PolicyProfile;

/** The alert rules at their month, quarter and year boundaries, with the default (HD 42 era) values. */
class AlertRulesTest {
    private static final PolicyProfile POLICY = new PolicyProfile();
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private static AlertRules.CellFacts cell(List<MeetingFact> meetings) {
        return cell(meetings, PlanStatus.APPROVED, Map.of("2026-Q3", 1, "2026-Q4", 1, "2027-Q1", 1, "2028-Q1", 1), 2);
    }

    private static AlertRules.CellFacts cell(List<MeetingFact> meetings, PlanStatus plan, Map<String, Integer> visits,
                                             int forumsLastYear) {
        return new AlertRules.CellFacts(UUID.randomUUID(), LONG_AGO, meetings, forumsLastYear, plan, 0, 0, visits, true);
    }

    private static MeetingFact held(MeetingType type, LocalDate day) {
        return new MeetingFact(type, MeetingStatus.HELD, day);
    }

    private static Optional<Check> find(List<Check> checks, AlertKind kind, String period) {
        return checks.stream().filter(c -> c.kind() == kind && c.period().equals(period)).findFirst();
    }

    private static boolean raised(List<Check> checks, AlertKind kind, String period) {
        return find(checks, kind, period).map(Check::raised).orElse(false);
    }

    @Test
    void brP1_aMissingRegularMeetingIsFlaggedFromTheTwentiethNotBefore() {
        List<MeetingFact> none = List.of(held(MeetingType.REGULAR, LocalDate.of(2026, 10, 10)));
        assertTrue(find(AlertRules.forCell(cell(none), POLICY, LocalDate.of(2026, 11, 19)), AlertKind.REGULAR_NOT_PLANNED, "2026-11").isEmpty());
        assertTrue(raised(AlertRules.forCell(cell(none), POLICY, LocalDate.of(2026, 11, 20)), AlertKind.REGULAR_NOT_PLANNED, "2026-11"));
        List<MeetingFact> planned = List.of(new MeetingFact(MeetingType.COMBINED, MeetingStatus.PLANNED, LocalDate.of(2026, 11, 28)));
        assertFalse(raised(AlertRules.forCell(cell(planned), POLICY, LocalDate.of(2026, 11, 20)), AlertKind.REGULAR_NOT_PLANNED, "2026-11"));
        List<MeetingFact> cancelled = List.of(new MeetingFact(MeetingType.REGULAR, MeetingStatus.CANCELLED, LocalDate.of(2026, 11, 28)));
        assertTrue(raised(AlertRules.forCell(cell(cancelled), POLICY, LocalDate.of(2026, 11, 20)), AlertKind.REGULAR_NOT_PLANNED, "2026-11"));
    }

    @DisplayName("BR-P1, BR-P2, BR-P5: New Year's Day judges December, the fourth quarter and the year's forums")
    @Test
    void newYearsDayJudgesDecemberTheFourthQuarterAndTheYearsForums() {
        List<MeetingFact> meetings = List.of(new MeetingFact(MeetingType.REGULAR, MeetingStatus.PLANNED, LocalDate.of(2026, 12, 28)),
                held(MeetingType.TOPICAL, LocalDate.of(2026, 12, 5)));
        List<Check> onNewYearsEve = AlertRules.forCell(cell(meetings), POLICY, LocalDate.of(2026, 12, 31));
        assertFalse(raised(onNewYearsEve, AlertKind.REGULAR_NOT_PLANNED, "2026-12"), "a meeting is planned for December");
        assertTrue(find(onNewYearsEve, AlertKind.REGULAR_MISSED, "2026-12").isEmpty(), "December has not ended");
        assertFalse(raised(onNewYearsEve, AlertKind.TOPICAL_MISSING, "2026-Q4"));

        List<Check> onNewYearsDay = AlertRules.forCell(cell(meetings), POLICY, LocalDate.of(2027, 1, 1));
        Check missed = find(onNewYearsDay, AlertKind.REGULAR_MISSED, "2026-12").orElseThrow();
        assertTrue(missed.raised(), "the planned December meeting was never held");
        assertEquals(Severity.CRITICAL, missed.severity());
        assertFalse(raised(onNewYearsDay, AlertKind.REGULAR_NOT_PLANNED, "2026-12"), "superseded once the month is over");
        assertFalse(raised(onNewYearsDay, AlertKind.TOPICAL_MISSING, "2026-Q4"), "the Q4 topical session was held");
        assertTrue(find(onNewYearsDay, AlertKind.FORUMS_BELOW_MINIMUM, "2026").isPresent());
        assertTrue(find(onNewYearsDay, AlertKind.REGULAR_NOT_PLANNED, "2027-01").isEmpty());
    }

    @Test
    void brP5_forumsFallingShortAreWarnedFromThePolicysMonth() {
        PolicyProfile fromNovember = new PolicyProfile();
        fromNovember.forumWarnMonth = 11;
        AlertRules.CellFacts noForum = cell(List.of());
        assertTrue(raised(AlertRules.forCell(noForum, fromNovember, LocalDate.of(2026, 11, 1)), AlertKind.FORUMS_BELOW_MINIMUM, "2026"));
        assertTrue(find(AlertRules.forCell(noForum, fromNovember, LocalDate.of(2026, 10, 31)), AlertKind.FORUMS_BELOW_MINIMUM, "2026")
                .isEmpty());
        assertTrue(find(AlertRules.forCell(noForum, POLICY, LocalDate.of(2026, 11, 30)), AlertKind.FORUMS_BELOW_MINIMUM, "2026")
                .isEmpty(), "December by default");
        AlertRules.CellFacts oneForum = cell(List.of(held(MeetingType.FORUM, LocalDate.of(2026, 6, 1))));
        assertFalse(raised(AlertRules.forCell(oneForum, fromNovember, LocalDate.of(2026, 11, 1)), AlertKind.FORUMS_BELOW_MINIMUM, "2026"),
                "the minimum (1) is met");
    }

    @Test
    void aMeetingHeldOnTheTwentyNinthOfFebruaryCountsForFebruary() {
        List<MeetingFact> leap = List.of(held(MeetingType.REGULAR, LocalDate.of(2028, 2, 29)));
        List<Check> onFirstOfMarch = AlertRules.forCell(cell(leap), POLICY, LocalDate.of(2028, 3, 1));
        assertFalse(find(onFirstOfMarch, AlertKind.REGULAR_MISSED, "2028-02").orElseThrow().raised());
        List<Check> withoutIt = AlertRules.forCell(cell(List.of(held(MeetingType.REGULAR, LocalDate.of(2028, 3, 1)))), POLICY,
                LocalDate.of(2028, 3, 1));
        assertTrue(raised(withoutIt, AlertKind.REGULAR_MISSED, "2028-02"));
        List<Check> onLeapDay = AlertRules.forCell(cell(leap), POLICY, LocalDate.of(2028, 2, 29));
        assertFalse(raised(onLeapDay, AlertKind.REGULAR_NOT_PLANNED, "2028-02"));
        assertTrue(find(onLeapDay, AlertKind.REGULAR_MISSED, "2028-02").isEmpty());
    }

    @Test
    void brR2_aTopicalMeetingDoesNotReplaceTheMonthsRegularMeetingButACombinedOneDoes() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<MeetingFact> topicalOnly = List.of(held(MeetingType.TOPICAL, LocalDate.of(2026, 11, 12)));
        assertTrue(raised(AlertRules.forCell(cell(topicalOnly), POLICY, day), AlertKind.REGULAR_MISSED, "2026-11"));
        List<MeetingFact> combined = List.of(held(MeetingType.COMBINED, LocalDate.of(2026, 11, 12)));
        assertFalse(raised(AlertRules.forCell(cell(combined), POLICY, day), AlertKind.REGULAR_MISSED, "2026-11"));
    }

    @Test
    void brP2_topicalSessionsAreWatchedInTheQuartersLastMonthAndJudgedWhenItEnds() {
        List<MeetingFact> none = List.of();
        assertTrue(find(AlertRules.forCell(cell(none), POLICY, LocalDate.of(2026, 11, 30)), AlertKind.TOPICAL_MISSING, "2026-Q4").isEmpty());
        Check lastMonth = find(AlertRules.forCell(cell(none), POLICY, LocalDate.of(2026, 12, 1)), AlertKind.TOPICAL_MISSING, "2026-Q4").orElseThrow();
        assertTrue(lastMonth.raised());
        assertEquals(Severity.WARNING, lastMonth.severity());
        List<MeetingFact> scheduled = List.of(new MeetingFact(MeetingType.TOPICAL, MeetingStatus.PLANNED, LocalDate.of(2026, 12, 15)));
        assertFalse(raised(AlertRules.forCell(cell(scheduled), POLICY, LocalDate.of(2026, 12, 1)), AlertKind.TOPICAL_MISSING, "2026-Q4"));
        assertTrue(raised(AlertRules.forCell(cell(scheduled), POLICY, LocalDate.of(2027, 1, 1)), AlertKind.TOPICAL_MISSING, "2026-Q4"),
                "scheduled but not held by the end of the quarter");
    }

    @Test
    void brP3_theAnnualPlanIsLateTheDayAfterItsDeadlineUnlessHandedIn() {
        assertTrue(find(AlertRules.forCell(cell(List.of(), PlanStatus.DRAFT, Map.of(), 2), POLICY, LocalDate.of(2027, 2, 5)),
                AlertKind.TOPICAL_PLAN_LATE, "2027").isEmpty());
        assertTrue(raised(AlertRules.forCell(cell(List.of(), PlanStatus.DRAFT, Map.of(), 2), POLICY, LocalDate.of(2027, 2, 6)),
                AlertKind.TOPICAL_PLAN_LATE, "2027"));
        assertTrue(raised(AlertRules.forCell(cell(List.of(), null, Map.of(), 2), POLICY, LocalDate.of(2027, 2, 6)),
                AlertKind.TOPICAL_PLAN_LATE, "2027"));
        assertFalse(raised(AlertRules.forCell(cell(List.of(), PlanStatus.SUBMITTED, Map.of(), 2), POLICY, LocalDate.of(2027, 2, 6)),
                AlertKind.TOPICAL_PLAN_LATE, "2027"));
    }

    @Test
    void brE6_aCellWithoutAVisitIsWarnedInTheLastMonthAndFlaggedAfterTheQuarter() {
        AlertRules.CellFacts unvisited = cell(List.of(), PlanStatus.APPROVED, Map.of("2026-Q3", 1), 2);
        assertTrue(raised(AlertRules.forCell(unvisited, POLICY, LocalDate.of(2026, 12, 1)), AlertKind.CELL_NOT_VISITED, "2026-Q4"));
        assertFalse(raised(AlertRules.forCell(unvisited, POLICY, LocalDate.of(2026, 10, 1)), AlertKind.CELL_NOT_VISITED, "2026-Q3"));
        Check after = find(AlertRules.forCell(unvisited, POLICY, LocalDate.of(2027, 1, 1)), AlertKind.CELL_NOT_VISITED, "2026-Q4").orElseThrow();
        assertTrue(after.raised());
        assertEquals(Severity.CRITICAL, after.severity());
    }

    @Test
    void aNewCellIsNotBlamedForMonthsBeforeItExisted() {
        AlertRules.CellFacts fresh = new AlertRules.CellFacts(UUID.randomUUID(), LocalDate.of(2026, 11, 25), List.of(), 0, null,
                0, 0, Map.of(), true);
        List<Check> checks = AlertRules.forCell(fresh, POLICY, LocalDate.of(2026, 11, 25));
        assertTrue(find(checks, AlertKind.REGULAR_MISSED, "2026-10").isEmpty());
        assertTrue(find(checks, AlertKind.TOPICAL_PLAN_LATE, "2026").isEmpty());
        assertTrue(find(checks, AlertKind.FORUMS_BELOW_MINIMUM, "2025").isEmpty());
        assertTrue(raised(checks, AlertKind.REGULAR_NOT_PLANNED, "2026-11"));
    }

    @DisplayName("BR-E6: standing conditions count overdue verifications and tasks")
    @Test
    void standingConditionsCountOverdueVerificationsAndTasks() {
        AlertRules.CellFacts f = new AlertRules.CellFacts(UUID.randomUUID(), LONG_AGO, List.of(), 2, PlanStatus.APPROVED, 2, 0,
                Map.of(), true);
        List<Check> checks = AlertRules.forCell(f, POLICY, LocalDate.of(2026, 11, 5));
        assertEquals("2", find(checks, AlertKind.VERIFICATION_OVERDUE, "-").orElseThrow().detail());
        assertFalse(raised(checks, AlertKind.TASKS_OVERDUE, "-"));
    }

    @Test
    void brR5_heldMeetingsPastThePublicationDeadlineRaiseAnAlertWithTheirCount() {
        AlertRules.CellFacts none = cell(List.of());
        AlertRules.CellFacts two = new AlertRules.CellFacts(none.organizationId(), LONG_AGO, List.of(), 2,
                PlanStatus.APPROVED, 0, 0, none.visitsByQuarter(), true, 2);
        LocalDate day = LocalDate.of(2026, 11, 5);
        assertFalse(raised(AlertRules.forCell(none, POLICY, day), AlertKind.RECORDS_NOT_PUBLISHED, "-"));
        Check check = find(AlertRules.forCell(two, POLICY, day), AlertKind.RECORDS_NOT_PUBLISHED, "-").orElseThrow();
        assertTrue(check.raised());
        assertEquals("2", check.detail());
    }

    @Test
    void brS1_aCellThatNobodySupervisesTodayIsWarnedAbout() {
        AlertRules.CellFacts supervised = cell(List.of());
        AlertRules.CellFacts unsupervised = new AlertRules.CellFacts(supervised.organizationId(), LONG_AGO, List.of(), 2,
                PlanStatus.APPROVED, 0, 0, supervised.visitsByQuarter(), false);
        LocalDate day = LocalDate.of(2026, 11, 5);
        assertFalse(raised(AlertRules.forCell(supervised, POLICY, day), AlertKind.CELL_WITHOUT_SUPERVISOR, "-"));
        Check check = find(AlertRules.forCell(unsupervised, POLICY, day), AlertKind.CELL_WITHOUT_SUPERVISOR, "-").orElseThrow();
        assertTrue(check.raised());
        assertEquals(Severity.WARNING, check.severity());
    }

    @DisplayName("BR-P4, BR-P6: the monthly schedule is late from the third and model meetings after the first quarter")
    @Test
    void theMonthlyScheduleIsLateFromTheThirdAndModelMeetingsAfterTheFirstQuarter() {
        AlertRules.CommitteeFacts notSent = new AlertRules.CommitteeFacts(UUID.randomUUID(), false, 8, 1);
        assertTrue(find(AlertRules.forCommittee(notSent, POLICY, LocalDate.of(2026, 11, 2)), AlertKind.MONTHLY_SCHEDULE_LATE, "2026-11").isEmpty());
        assertTrue(raised(AlertRules.forCommittee(notSent, POLICY, LocalDate.of(2026, 11, 3)), AlertKind.MONTHLY_SCHEDULE_LATE, "2026-11"));
        AlertRules.CommitteeFacts sent = new AlertRules.CommitteeFacts(UUID.randomUUID(), true, 7, 1);
        assertFalse(raised(AlertRules.forCommittee(sent, POLICY, LocalDate.of(2026, 11, 3)), AlertKind.MONTHLY_SCHEDULE_LATE, "2026-11"));

        assertTrue(find(AlertRules.forCommittee(notSent, POLICY, LocalDate.of(2026, 3, 31)), AlertKind.MODEL_PROGRAMME_INCOMPLETE, "2026").isEmpty());
        assertTrue(raised(AlertRules.forCommittee(notSent, POLICY, LocalDate.of(2026, 4, 1)), AlertKind.MODEL_PROGRAMME_INCOMPLETE, "2026"),
                "eight cells need two model meetings");
        assertFalse(raised(AlertRules.forCommittee(sent, POLICY, LocalDate.of(2026, 4, 1)), AlertKind.MODEL_PROGRAMME_INCOMPLETE, "2026"),
                "seven cells need one");
    }

    @Test
    void brP6_heldModelMeetingsWithoutLessonsAreAlertedFromTheDayAfterTheirResultsAreDue() {
        // The programme of the first quarter; its results, and so its lessons, are due 15 days after (policy values).
        AlertRules.CommitteeFacts missing = new AlertRules.CommitteeFacts(UUID.randomUUID(), true, 7, 1, 1, 1);
        LocalDate due = LocalDate.of(2026, 3, 31).plusDays(POLICY.reportModelDueDays);
        assertTrue(find(AlertRules.forCommittee(missing, POLICY, due), AlertKind.MODEL_LESSONS_MISSING, "2026").isEmpty());
        Check late = find(AlertRules.forCommittee(missing, POLICY, due.plusDays(1)), AlertKind.MODEL_LESSONS_MISSING, "2026")
                .orElseThrow();
        assertTrue(late.raised());
        assertEquals("1", late.detail());
        AlertRules.CommitteeFacts recorded = new AlertRules.CommitteeFacts(UUID.randomUUID(), true, 7, 1, 0, 1);
        assertFalse(raised(AlertRules.forCommittee(recorded, POLICY, due.plusDays(1)), AlertKind.MODEL_LESSONS_MISSING, "2026"));
        // A programme of the second quarter is judged after its own quarter, not the policy's.
        AlertRules.CommitteeFacts second = new AlertRules.CommitteeFacts(UUID.randomUUID(), true, 7, 1, 1, 2);
        assertTrue(find(AlertRules.forCommittee(second, POLICY, due.plusDays(1)), AlertKind.MODEL_LESSONS_MISSING, "2026").isEmpty());
        assertTrue(raised(AlertRules.forCommittee(second, POLICY, LocalDate.of(2026, 6, 30).plusDays(POLICY.reportModelDueDays + 1)),
                AlertKind.MODEL_LESSONS_MISSING, "2026"));
    }

    @Test
    void everyPeriodTheRulesJudgeIsOneTheJobLoads() {
        for (LocalDate day = LocalDate.of(2027, 12, 1); day.isBefore(LocalDate.of(2029, 1, 15)); day = day.plusDays(3)) {
            List<String> loaded = Periods.evaluatedOn(day);
            List<Check> checks = new java.util.ArrayList<>(AlertRules.forCell(cell(List.of()), POLICY, day));
            checks.addAll(AlertRules.forCommittee(new AlertRules.CommitteeFacts(UUID.randomUUID(), false, 9, 0), POLICY, day));
            for (Check c : checks) assertTrue(loaded.contains(c.period()), c.kind() + " " + c.period() + " on " + day);
        }
    }

    // Rules whose value the policy sets: each test issues a non-default value, so a rule reading a constant fails.

    /** The check of that kind and period is raised with that severity and says that (in Vietnamese). */
    private static void assertRaised(List<Check> checks, AlertKind kind, String period, Severity severity, String message) {
        Check check = find(checks, kind, period).orElseThrow(() -> new AssertionError(kind + " " + period + " not judged"));
        assertTrue(check.raised(), kind + " " + period);
        assertEquals(severity, check.severity());
        assertEquals(message, check.message(vn.chibo.common.Messages.VIETNAMESE));
    }

    @Test
    void brP2_twoTopicalSessionsAQuarterWhereThePolicyAsksForTwo() {
        PolicyProfile two = new PolicyProfile();
        two.topicalPerQuarter = 2;
        MeetingFact first = held(MeetingType.TOPICAL, LocalDate.of(2026, 10, 15));
        MeetingFact planned = new MeetingFact(MeetingType.COMBINED, MeetingStatus.PLANNED, LocalDate.of(2026, 12, 20));
        LocalDate lastMonth = LocalDate.of(2026, 12, 1);
        String message = "Quý IV/2026 chưa đủ sinh hoạt chuyên đề (1/2).";
        assertRaised(AlertRules.forCell(cell(List.of(first)), two, lastMonth), AlertKind.TOPICAL_MISSING, "2026-Q4",
                Severity.WARNING, message);
        assertFalse(raised(AlertRules.forCell(cell(List.of(first, planned)), two, lastMonth), AlertKind.TOPICAL_MISSING, "2026-Q4"),
                "two of two scheduled");
        LocalDate after = LocalDate.of(2027, 1, 1);
        assertRaised(AlertRules.forCell(cell(List.of(first, planned)), two, after), AlertKind.TOPICAL_MISSING, "2026-Q4",
                Severity.CRITICAL, message);
        MeetingFact secondHeld = held(MeetingType.COMBINED, LocalDate.of(2026, 12, 20));
        assertFalse(raised(AlertRules.forCell(cell(List.of(first, secondHeld)), two, after), AlertKind.TOPICAL_MISSING, "2026-Q4"));
    }

    @Test
    void brP3_theAnnualPlanIsDueOnThePolicysDay() {
        PolicyProfile midMarch = new PolicyProfile();
        midMarch.topicalPlanDue = "03-15";
        AlertRules.CellFacts draft = cell(List.of(), PlanStatus.DRAFT, Map.of(), 2);
        assertTrue(find(AlertRules.forCell(draft, midMarch, LocalDate.of(2027, 3, 15)), AlertKind.TOPICAL_PLAN_LATE, "2027").isEmpty(),
                "due that day, not late yet");
        assertRaised(AlertRules.forCell(draft, midMarch, LocalDate.of(2027, 3, 16)), AlertKind.TOPICAL_PLAN_LATE, "2027",
                Severity.WARNING, "Kế hoạch sinh hoạt chuyên đề năm 2027 chưa gửi (hạn 15/03/2027).");
        assertFalse(raised(AlertRules.forCell(cell(List.of(), PlanStatus.SUBMITTED, Map.of(), 2), midMarch, LocalDate.of(2027, 3, 16)),
                AlertKind.TOPICAL_PLAN_LATE, "2027"));
    }

    @Test
    void brP4_theMonthlyScheduleIsDueOnThePolicysDay() {
        PolicyProfile tenth = new PolicyProfile();
        tenth.monthlyScheduleDueDay = 10;
        AlertRules.CommitteeFacts notSent = new AlertRules.CommitteeFacts(UUID.randomUUID(), false, 8, 1);
        assertTrue(find(AlertRules.forCommittee(notSent, tenth, LocalDate.of(2026, 11, 10)), AlertKind.MONTHLY_SCHEDULE_LATE, "2026-11")
                .isEmpty(), "due that day, not late yet");
        assertRaised(AlertRules.forCommittee(notSent, tenth, LocalDate.of(2026, 11, 11)), AlertKind.MONTHLY_SCHEDULE_LATE, "2026-11",
                Severity.WARNING, "Lịch sinh hoạt tháng 11/2026 của các chi bộ chưa gửi (hạn 10/11/2026).");
        AlertRules.CommitteeFacts sent = new AlertRules.CommitteeFacts(UUID.randomUUID(), true, 8, 1);
        assertFalse(raised(AlertRules.forCommittee(sent, tenth, LocalDate.of(2026, 11, 11)), AlertKind.MONTHLY_SCHEDULE_LATE, "2026-11"));
    }

    @Test
    void brP5_theMinimumNumberOfForumsIsThePolicys() {
        PolicyProfile two = new PolicyProfile();
        two.forumsPerYearMin = 2;
        MeetingFact june = held(MeetingType.FORUM, LocalDate.of(2026, 6, 1));
        MeetingFact december = new MeetingFact(MeetingType.FORUM, MeetingStatus.PLANNED, LocalDate.of(2026, 12, 20));
        LocalDate day = LocalDate.of(2026, 12, 1);
        String message = "Năm 2026 chưa đủ số diễn đàn tối thiểu (1/2).";
        assertRaised(AlertRules.forCell(cell(List.of(june)), two, day), AlertKind.FORUMS_BELOW_MINIMUM, "2026", Severity.WARNING, message);
        assertFalse(raised(AlertRules.forCell(cell(List.of(june, december)), two, day), AlertKind.FORUMS_BELOW_MINIMUM, "2026"));
        // The past year is judged by the forums held in it.
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertRaised(AlertRules.forCell(cell(List.of(), PlanStatus.APPROVED, Map.of(), 1), two, newYear),
                AlertKind.FORUMS_BELOW_MINIMUM, "2026", Severity.CRITICAL, message);
        assertFalse(raised(AlertRules.forCell(cell(List.of(), PlanStatus.APPROVED, Map.of(), 2), two, newYear),
                AlertKind.FORUMS_BELOW_MINIMUM, "2026"));
    }

    @Test
    void brE6_theVisitsACellNeedsInAQuarterAreThePolicys() {
        PolicyProfile two = new PolicyProfile();
        two.visitsPerCellPerQuarter = 2;
        AlertRules.CellFacts once = cell(List.of(), PlanStatus.APPROVED, Map.of("2026-Q4", 1), 2);
        AlertRules.CellFacts twice = cell(List.of(), PlanStatus.APPROVED, Map.of("2026-Q4", 2), 2);
        String message = "Quý IV/2026 chưa có cấp ủy viên cấp trên dự sinh hoạt (1/2).";
        LocalDate lastMonth = LocalDate.of(2026, 12, 1);
        assertRaised(AlertRules.forCell(once, two, lastMonth), AlertKind.CELL_NOT_VISITED, "2026-Q4", Severity.WARNING, message);
        assertFalse(raised(AlertRules.forCell(twice, two, lastMonth), AlertKind.CELL_NOT_VISITED, "2026-Q4"));
        LocalDate after = LocalDate.of(2027, 1, 1);
        assertRaised(AlertRules.forCell(once, two, after), AlertKind.CELL_NOT_VISITED, "2026-Q4", Severity.CRITICAL, message);
        assertFalse(raised(AlertRules.forCell(twice, two, after), AlertKind.CELL_NOT_VISITED, "2026-Q4"));
    }
}
