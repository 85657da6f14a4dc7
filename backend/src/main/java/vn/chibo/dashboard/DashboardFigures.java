package vn.chibo.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import vn.chibo.alert.AlertKind;
import vn.chibo.alert.Periods;
import vn.chibo.common.Quarters;
import vn.chibo.evaluation.Evaluation;
import vn.chibo.evaluation.VerificationDeadline;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.organization.Organization;
import vn.chibo.planning.PlanStatus;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;

/**
 * Works out the dashboard from the loaded facts: one row per cell, and the overview as counts over
 * those same rows and facts, so every overview figure equals the number of grid rows or list items
 * behind it. Targets and thresholds come from the policy in force, never from here.
 */
public final class DashboardFigures {
    private DashboardFigures() {}

    public static List<DashboardApi.CellRow> rows(DashboardFactsLoader.Facts f) {
        Map<UUID, Integer> overdueVerifications = new HashMap<>();
        for (DashboardFactsLoader.WaitingVerification w : f.waiting()) {
            if (overdue(f, w)) overdueVerifications.merge(w.cellId(), 1, Integer::sum);
        }
        List<DashboardApi.CellRow> rows = new ArrayList<>();
        for (Organization cell : f.cells()) {
            CellMeetings held = meetingsOf(f, cell);
            List<DashboardApi.MonthMet> months = new ArrayList<>();
            for (YearMonth month : f.period().months()) {
                Boolean met = openOn(cell, month.atDay(1))
                        ? held.regularIn(CellMeetings.monthOfPeriod(f.period(), month))
                        : null;
                months.add(new DashboardApi.MonthMet(month.toString(), met));
            }
            boolean expected = months.stream().anyMatch(m -> m.met() != null);
            boolean metEveryMonth = expected && months.stream().noneMatch(m -> Boolean.FALSE.equals(m.met()));
            DashboardApi.CellRow row = new DashboardApi.CellRow(cell.id, cell.name, cell.parentId,
                    parentName(f, cell), months, metEveryMonth, held.topical(),
                    held.expected() == 0 ? null : MeetingFacts.percent(held.present(), held.expected()),
                    f.evaluations().latest().get(cell.id), overdueVerifications.getOrDefault(cell.id, 0),
                    f.overdueTasks().getOrDefault(cell.id, 0),
                    overdueVerifications.getOrDefault(cell.id, 0) + f.overdueTasks().getOrDefault(cell.id, 0),
                    f.lastVisit().get(cell.id));
            rows.add(row);
        }
        return rows;
    }

    public static DashboardApi.Overview overview(DashboardFactsLoader.Facts f, List<DashboardApi.CellRow> rows) {
        PolicyProfile rootPolicy = policyOf(f, f.root(), f.period().lastDay());
        List<CellMeetings> held = f.cells().stream().map(c -> meetingsOf(f, c)).toList();

        int expected = (int) rows.stream().filter(r -> r.months().stream().anyMatch(m -> m.met() != null)).count();
        int met = (int) rows.stream().filter(DashboardApi.CellRow::metEveryMonth).count();
        DashboardApi.Regime regime = new DashboardApi.Regime(expected, met, expected - met, sum(held, CellMeetings::regularHeld),
                sum(held, CellMeetings::regularWithPreMeeting));

        List<DashboardApi.TopicalQuarter> topical = new ArrayList<>();
        List<LocalDate> quarters = f.period().quarters();
        for (int q = 0; q < quarters.size(); q++) {
            LocalDate quarter = quarters.get(q);
            LocalDate end = Quarters.end(quarter);
            int cellsExpected = 0;
            int cellsMet = 0;
            int sessions = 0;
            LocalDate judged = end.isAfter(f.period().today()) ? f.period().today() : end;
            for (Organization cell : f.cells()) {
                int heldIn = meetingsOf(f, cell).topicalInQuarter()[q];
                sessions += heldIn;
                if (!openOn(cell, quarter)) continue;
                cellsExpected++;
                if (heldIn >= policyOf(f, cell, judged).topicalPerQuarter) cellsMet++;
            }
            topical.add(new DashboardApi.TopicalQuarter(Periods.quarterKey(quarter), cellsExpected, cellsMet, sessions,
                    rootPolicy.topicalPerQuarter));
        }

        int expectedPeople = sum(held, CellMeetings::expected);
        int present = sum(held, CellMeetings::present);
        Double rate = expectedPeople == 0 ? null : MeetingFacts.percent(present, expectedPeople);
        DashboardApi.Attendance attendance = new DashboardApi.Attendance(sum(held, CellMeetings::attended), expectedPeople,
                present, rate, rootPolicy.attendanceTargetPercent, rate == null ? null : rate > rootPolicy.attendanceTargetPercent,
                sum(held, CellMeetings::aboveTarget));

        int spoken = sum(held, CellMeetings::spoken);
        int atTarget = sum(held, CellMeetings::spokenAtTarget);
        DashboardApi.Speaking speaking = new DashboardApi.Speaking(spoken, atTarget,
                spoken == 0 ? null : MeetingFacts.percent(atTarget, spoken), rootPolicy.speakingTargetPercent);

        DashboardFactsLoader.RatingCounts evaluations = f.evaluations().counts();
        DashboardApi.Ratings ratings = new DashboardApi.Ratings(evaluations.count(),
                evaluations.verified().values().stream().mapToInt(Integer::intValue).sum(), evaluations.self(),
                evaluations.verified());

        int overdue = (int) f.waiting().stream().filter(w -> overdue(f, w)).count();
        DashboardApi.Verifications verifications = new DashboardApi.Verifications(f.waiting().size(), overdue);

        DashboardApi.Late late = new DashboardApi.Late(plansLate(f), schedulesLate(f));

        LocalDate quarter = f.period().coverageQuarter();
        PolicyProfile todayPolicy = policyOf(f, f.root(), f.period().today());
        int required = todayPolicy.visitsPerCellPerQuarter;
        // The quarter may reach past a month's period: its cells are taken from the whole subtree, as the
        // coverage list takes them.
        List<Organization> coverageCells = f.organizations().values().stream().filter(c -> c.holdsMeetings
                && !c.validFrom.isAfter(Quarters.end(quarter)) && (c.validTo == null || c.validTo.isAfter(quarter))).toList();
        int covered = (int) coverageCells.stream().filter(c -> f.coverageVisits().getOrDefault(c.id, 0) >= required).count();
        DashboardApi.Coverage coverage = new DashboardApi.Coverage(Periods.quarterKey(quarter), coverageCells.size(),
                covered, required);

        List<DashboardApi.AlertCount> alerts = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            alerts.add(new DashboardApi.AlertCount(kind, f.openAlerts().getOrDefault(kind, 0)));
        }
        List<DashboardApi.Target> targets = AnnualTargetProgress.of(rootPolicy, new AnnualTargetProgress.Inputs(
                f.annualLevels().organizations(), f.annualLevels().members(), expected, met, expectedPeople, present,
                sum(held, CellMeetings::unexcused)));
        return new DashboardApi.Overview(f.root().id, f.root().name, f.period().key(), f.period().from(),
                f.period().to(), rows.size(), regime, topical, attendance, speaking, ratings, verifications, late,
                coverage, alerts, targets);
    }

    /** Cells open on the plan's due day that had not handed in the year's topical plan once it passed (BR-P3). */
    private static int plansLate(DashboardFactsLoader.Facts f) {
        int year = f.period().from().getYear();
        int late = 0;
        for (Organization cell : f.cells()) {
            LocalDate due = PolicyProfile.dayOfYear(policyOf(f, cell, f.period().today()).topicalPlanDue, year);
            PlanStatus status = f.plans().get(cell.id);
            if (f.period().today().isAfter(due) && openOn(cell, due) && (status == null || !status.isHandedIn())) late++;
        }
        return late;
    }

    /** Committee-months past the due day without the cells' monthly schedule sent (BR-P4). */
    private static int schedulesLate(DashboardFactsLoader.Facts f) {
        int late = 0;
        for (YearMonth month : f.period().months()) {
            LocalDate first = month.atDay(1);
            java.util.Set<UUID> committees = new java.util.HashSet<>();
            for (Organization cell : f.cells()) {
                Organization parent = cell.parentId == null ? null : f.organizations().get(cell.parentId);
                if (parent != null && !parent.holdsMeetings && openOn(cell, first) && openOn(parent, first)) {
                    committees.add(parent.id);
                }
            }
            for (UUID id : committees) {
                Organization committee = f.organizations().get(id);
                int dueDay = Math.min(policyOf(f, committee, first).monthlyScheduleDueDay, month.lengthOfMonth());
                if (f.period().today().isAfter(month.atDay(dueDay)) && !f.schedulesSent().contains(id + "|" + month)) {
                    late++;
                }
            }
        }
        return late;
    }

    /** As the verification list flags it: submitted and past the policy's days after the meeting. */
    private static boolean overdue(DashboardFactsLoader.Facts f, DashboardFactsLoader.WaitingVerification w) {
        Organization cell = f.organizations().get(w.cellId());
        return VerificationDeadline.overdue(w.status() == Evaluation.Status.SUBMITTED,
                VerificationDeadline.due(w.meetingDay(), policyOf(f, cell, w.meetingDay())), f.period().today());
    }

    private static PolicyProfile policyOf(DashboardFactsLoader.Facts f, Organization org, LocalDate day) {
        return PolicyChain.pick(f.policies(), org, day);
    }

    private static boolean openOn(Organization o, LocalDate day) {
        return !o.validFrom.isAfter(day) && (o.validTo == null || o.validTo.isAfter(day));
    }

    private static String parentName(DashboardFactsLoader.Facts f, Organization cell) {
        Organization parent = cell.parentId == null ? null : f.organizations().get(cell.parentId);
        return parent == null ? null : parent.name;
    }

    private static CellMeetings meetingsOf(DashboardFactsLoader.Facts f, Organization cell) {
        return f.meetings().getOrDefault(cell.id, CellMeetings.NONE);
    }

    private static int sum(List<CellMeetings> cells, ToIntFunction<CellMeetings> figure) {
        return cells.stream().mapToInt(figure).sum();
    }

    /**
     * Sort keys of the cell grid; names compare folded, as {@code folded} gives them for a row (folded once per row
     * by the caller: folding in the comparator cost a province's grid tens of thousands of foldings).
     */
    static Comparator<DashboardApi.CellRow> order(String sort, java.util.function.Function<DashboardApi.CellRow, String> folded) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        Comparator<DashboardApi.CellRow> byName = Comparator.comparing(folded);
        Comparator<DashboardApi.CellRow> primary = switch (key) {
            case "attendanceRate" -> Comparator.comparing(DashboardApi.CellRow::attendanceRate,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case "topicalHeld" -> Comparator.comparingInt(DashboardApi.CellRow::topicalHeld);
            case "overdueItems" -> Comparator.comparingInt(DashboardApi.CellRow::overdueItems);
            case "lastVisit" -> Comparator.comparing(DashboardApi.CellRow::lastVisit,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> byName;
        };
        Comparator<DashboardApi.CellRow> ordered = descending ? primary.reversed() : primary;
        return ordered.thenComparing(byName).thenComparing(r -> r.organizationId().toString());
    }
}
