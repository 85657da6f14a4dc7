package vn.chibo.alert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.planning.ModelRules;
import vn.chibo.planning.PlanStatus;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.common.Quarters;

/**
 * The daily alert rules as plain functions of facts, a policy and a day (DOMAIN.md 19.1, 19.5, 19.6).
 * Each rule reports every (kind, period) it looked at, raised or not, so the job can also resolve alerts
 * whose cause has been fixed. Days are calendar days in Vietnam time.
 */
public final class AlertRules {
    private AlertRules() {}

    public record MeetingFact(MeetingType type, MeetingStatus status, LocalDate day) {
        boolean held() {
            return status == MeetingStatus.HELD || status == MeetingStatus.APPROVED;
        }

        boolean live() {
            return status != MeetingStatus.CANCELLED;
        }

        boolean within(LocalDate from, LocalDate to) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * What the job knows about a cell; visits are counted per quarter key ("2026-Q4"); supervised: someone supervises
     * the cell today (CellSupervisors); overduePublications: held meetings past the BR-R5 deadline without publication.
     */
    public record CellFacts(UUID organizationId, LocalDate openedOn, List<MeetingFact> meetings,
                            int forumsHeldLastYear, PlanStatus planStatus, int overdueVerifications, int overdueTasks,
                            Map<String, Integer> visitsByQuarter, boolean supervised, int overduePublications) {
        public CellFacts(UUID organizationId, LocalDate openedOn, List<MeetingFact> meetings, int forumsHeldLastYear,
                         PlanStatus planStatus, int overdueVerifications, int overdueTasks,
                         Map<String, Integer> visitsByQuarter, boolean supervised) {
            this(organizationId, openedOn, meetings, forumsHeldLastYear, planStatus, overdueVerifications, overdueTasks,
                    visitsByQuarter, supervised, 0);
        }
    }

    /**
     * What the job knows about a committee; modelLessonsMissing: held model meetings of this year's programme without
     * lessons learned (BR-P6); programmeQuarter: that programme's quarter, null without a programme.
     */
    public record CommitteeFacts(UUID organizationId, boolean scheduleSent, int subordinateCells, int modelMeetingsHeld,
                                 int modelLessonsMissing, Integer programmeQuarter) {
        public CommitteeFacts(UUID organizationId, boolean scheduleSent, int subordinateCells, int modelMeetingsHeld) {
            this(organizationId, scheduleSent, subordinateCells, modelMeetingsHeld, 0, null);
        }
    }

    public record Check(AlertKind kind, String period, boolean raised, Severity severity, String detail) {
        /** What the alert this check raises says (Alert#message). */
        public String message(java.util.Locale locale) {
            return Alert.message(kind, period, detail, locale);
        }
    }

    public static List<Check> forCell(CellFacts f, PolicyProfile p, LocalDate today) {
        List<Check> out = new ArrayList<>();
        YearMonth month = YearMonth.from(today);
        YearMonth previous = month.minusMonths(1);
        if (today.getDayOfMonth() >= p.regularMeetingWarnDay) {
            boolean planned = any(f, m -> m.type().isRegular() && m.live() && YearMonth.from(m.day()).equals(month));
            out.add(new Check(AlertKind.REGULAR_NOT_PLANNED, month.toString(), !planned, Severity.WARNING, month.toString()));
        }
        // A month that has ended is judged by what was held; "not planned" no longer applies to it.
        out.add(new Check(AlertKind.REGULAR_NOT_PLANNED, previous.toString(), false, Severity.WARNING, null));
        if (existedBy(f, previous.atDay(1))) {
            boolean held = any(f, m -> m.type().isRegular() && m.held() && YearMonth.from(m.day()).equals(previous));
            out.add(new Check(AlertKind.REGULAR_MISSED, previous.toString(), !held, Severity.CRITICAL, previous.toString()));
        }
        topical(f, p, today, out);
        LocalDate planDue = PolicyProfile.dayOfYear(p.topicalPlanDue, today.getYear());
        if (today.isAfter(planDue) && existedBy(f, planDue)) {
            boolean handedIn = f.planStatus() != null && f.planStatus().isHandedIn();
            out.add(new Check(AlertKind.TOPICAL_PLAN_LATE, String.valueOf(today.getYear()), !handedIn, Severity.WARNING,
                    planDue.toString()));
        }
        out.add(new Check(AlertKind.VERIFICATION_OVERDUE, "-", f.overdueVerifications() > 0, Severity.WARNING,
                String.valueOf(f.overdueVerifications())));
        out.add(new Check(AlertKind.TASKS_OVERDUE, "-", f.overdueTasks() > 0, Severity.WARNING, String.valueOf(f.overdueTasks())));
        out.add(new Check(AlertKind.CELL_WITHOUT_SUPERVISOR, "-", !f.supervised(), Severity.WARNING, null));
        out.add(new Check(AlertKind.RECORDS_NOT_PUBLISHED, "-", f.overduePublications() > 0, Severity.WARNING,
                String.valueOf(f.overduePublications())));
        visits(f, p, today, out);
        forums(f, p, today, out);
        return out;
    }

    public static List<Check> forCommittee(CommitteeFacts f, PolicyProfile p, LocalDate today) {
        List<Check> out = new ArrayList<>();
        YearMonth month = YearMonth.from(today);
        LocalDate scheduleDue = month.atDay(Math.min(p.monthlyScheduleDueDay, month.lengthOfMonth()));
        if (today.isAfter(scheduleDue)) {
            out.add(new Check(AlertKind.MONTHLY_SCHEDULE_LATE, month.toString(), !f.scheduleSent(), Severity.WARNING,
                    scheduleDue.toString()));
        }
        LocalDate modelQuarterEnd = Quarters.end(Quarters.start(today.getYear(), p.modelMeetingQuarter));
        if (today.isAfter(modelQuarterEnd) && f.subordinateCells() > 0) {
            int required = ModelRules.requiredCount(f.subordinateCells(), p.modelCellThreshold,
                    p.modelMeetingsBelowThreshold, p.modelMeetingsAtOrAboveThreshold);
            out.add(new Check(AlertKind.MODEL_PROGRAMME_INCOMPLETE, String.valueOf(today.getYear()),
                    f.modelMeetingsHeld() < required, Severity.WARNING, f.modelMeetingsHeld() + "/" + required));
        }
        LocalDate lessonsDue = ModelRules.lessonsDue(today.getYear(),
                f.programmeQuarter() != null ? f.programmeQuarter() : p.modelMeetingQuarter, p.reportModelDueDays);
        if (today.isAfter(lessonsDue)) {
            out.add(new Check(AlertKind.MODEL_LESSONS_MISSING, String.valueOf(today.getYear()), f.modelLessonsMissing() > 0,
                    Severity.WARNING, String.valueOf(f.modelLessonsMissing())));
        }
        return out;
    }

    /** In a quarter's last month, warn if too few topical sessions are scheduled; once it ends, judge what was held. */
    private static void topical(CellFacts f, PolicyProfile p, LocalDate today, List<Check> out) {
        LocalDate quarter = Quarters.start(today);
        if (Periods.inLastMonthOfQuarter(today)) {
            long scheduled = count(f, m -> m.type().isTopical() && m.live() && m.within(quarter, Quarters.end(quarter)));
            out.add(new Check(AlertKind.TOPICAL_MISSING, Periods.quarterKey(quarter), scheduled < p.topicalPerQuarter,
                    Severity.WARNING, scheduled + "/" + p.topicalPerQuarter));
        }
        LocalDate previous = quarter.minusMonths(3);
        if (existedBy(f, previous)) {
            long held = count(f, m -> m.type().isTopical() && m.held() && m.within(previous, Quarters.end(previous)));
            out.add(new Check(AlertKind.TOPICAL_MISSING, Periods.quarterKey(previous), held < p.topicalPerQuarter,
                    Severity.CRITICAL, held + "/" + p.topicalPerQuarter));
        }
    }

    private static void visits(CellFacts f, PolicyProfile p, LocalDate today, List<Check> out) {
        LocalDate quarter = Quarters.start(today);
        if (Periods.inLastMonthOfQuarter(today)) {
            int n = f.visitsByQuarter().getOrDefault(Periods.quarterKey(quarter), 0);
            out.add(new Check(AlertKind.CELL_NOT_VISITED, Periods.quarterKey(quarter), n < p.visitsPerCellPerQuarter,
                    Severity.WARNING, n + "/" + p.visitsPerCellPerQuarter));
        }
        LocalDate previous = quarter.minusMonths(3);
        if (existedBy(f, previous)) {
            int n = f.visitsByQuarter().getOrDefault(Periods.quarterKey(previous), 0);
            out.add(new Check(AlertKind.CELL_NOT_VISITED, Periods.quarterKey(previous), n < p.visitsPerCellPerQuarter,
                    Severity.CRITICAL, n + "/" + p.visitsPerCellPerQuarter));
        }
    }

    /** From the policy's month (December by default), warn while the year's forums fall short; the past year is judged by what was held. */
    private static void forums(CellFacts f, PolicyProfile p, LocalDate today, List<Check> out) {
        int year = today.getYear();
        if (today.getMonthValue() >= p.forumWarnMonth) {
            long planned = count(f, m -> m.type() == MeetingType.FORUM && m.live() && m.day().getYear() == year);
            out.add(new Check(AlertKind.FORUMS_BELOW_MINIMUM, String.valueOf(year), planned < p.forumsPerYearMin,
                    Severity.WARNING, planned + "/" + p.forumsPerYearMin));
        }
        if (existedBy(f, LocalDate.of(year - 1, 1, 1))) {
            out.add(new Check(AlertKind.FORUMS_BELOW_MINIMUM, String.valueOf(year - 1),
                    f.forumsHeldLastYear() < p.forumsPerYearMin, Severity.CRITICAL,
                    f.forumsHeldLastYear() + "/" + p.forumsPerYearMin));
        }
    }

    private static boolean existedBy(CellFacts f, LocalDate day) {
        return !f.openedOn().isAfter(day);
    }

    private static boolean any(CellFacts f, Predicate<MeetingFact> test) {
        return f.meetings().stream().anyMatch(test);
    }

    private static long count(CellFacts f, Predicate<MeetingFact> test) {
        return f.meetings().stream().filter(test).count();
    }
}
