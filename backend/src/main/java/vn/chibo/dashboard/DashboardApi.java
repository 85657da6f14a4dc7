package vn.chibo.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.alert.AlertKind;
import vn.chibo.evaluation.Rating;

/** Bodies of the dashboard endpoints (schemas in openapi.yaml). */
public final class DashboardApi {
    private DashboardApi() {}

    /** BR-P1: cells expected to hold their regular meeting every begun month of the period, and how many did. */
    public record Regime(int expected, int met, int notMet, int regularHeld, int regularWithPreMeeting) {}

    /** BR-P2 for one quarter: cells expected to hold a topical session, those that held enough, sessions held. */
    public record TopicalQuarter(String quarter, int cellsExpected, int cellsMet, int sessionsHeld, int requiredPerCell) {}

    /** Present over expected across the held cell meetings, against the policy target (BR-H3). */
    public record Attendance(int meetings, int expected, int present, Double rate, int targetPercent, Boolean onTarget,
                             int meetingsAboveTarget) {}

    /** Held meetings with someone present, and those whose speaking rate reached the target (BR-H11). */
    public record Speaking(int meetings, int atTarget, Double share, int targetPercent) {}

    /** Ratings of the period's evaluated meetings by level: the cells' own, and the verifiers' where verified. */
    public record Ratings(int evaluated, int verified, Map<Rating, Integer> selfByLevel,
                          Map<Rating, Integer> verifiedByLevel) {}

    /** Evaluations waiting for verification now, and those past their due date. */
    public record Verifications(int pending, int overdue) {}

    /** Cells whose annual topical plan is past due, and committee-months whose schedule is past due. */
    public record Late(int topicalPlans, int monthlySchedules) {}

    /** Cells visited at least the required number of times in the quarter (BR-E6, DOMAIN.md 6.2). */
    public record Coverage(String quarter, int cells, int covered, int required) {}

    public record AlertCount(AlertKind kind, int count) {}

    public record Overview(UUID organizationId, String organizationName, String period, LocalDate from, LocalDate to,
                           int cells, Regime regime, List<TopicalQuarter> topical, Attendance attendance,
                           Speaking speaking, Ratings ratings, Verifications verifications, Late late, Coverage coverage,
                           List<AlertCount> openAlerts, List<Target> targets) {}

    /**
     * An annual target of the policy in force (BR-S5) with the current value (a percentage, or a count for
     * unexcused absences) and whether it is on track; value, count and onTrack are null without data (no
     * decided rating for the year yet, no cell expected to meet, no held meeting).
     */
    public record Target(AnnualTargetProgress.Code code, AnnualTargetProgress.Comparison comparison, int target,
                         Integer targetMax, Double value, Integer count, Integer basis, Boolean onTrack) {}

    /** Whether the cell held its regular meeting in a month; null when it was not expected to (not yet open). */
    public record MonthMet(String month, Boolean met) {}

    /** Absent fields: no held meeting (attendance), no evaluation (rating), no visit yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CellRow(UUID organizationId, String name, UUID parentId, String parentName, List<MonthMet> months,
                          boolean metEveryMonth, int topicalHeld, Double attendanceRate, Rating latestRating,
                          int overdueVerifications, int overdueTasks, int overdueItems, LocalDate lastVisit) {}

    public record CellPage(String period, List<CellRow> items, int page, int size, long total) {}
}
