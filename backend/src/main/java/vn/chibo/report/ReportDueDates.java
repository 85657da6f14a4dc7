package vn.chibo.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.common.Quarters;
import vn.chibo.policy.PolicyProfile;

/**
 * BR-S2 as a plain rule: when a report of a period is due, by the policy in force when the period begins, and
 * whether a submission was late. A report handed in on its due day is on time; from the next day it is late.
 */
public final class ReportDueDates {
    private ReportDueDates() {}

    /** @param programmeQuarter the quarter of the committee's model-meeting programme, null when it has none */
    public static LocalDate due(ReportPeriod period, PolicyProfile policy, Integer programmeQuarter) {
        return switch (period.kind()) {
            case QUARTERLY -> period.to().plusDays(policy.reportQuarterDueDays);
            case HALF_YEAR -> PolicyProfile.dayOfYear(policy.reportHalfYearDue, period.year());
            case ANNUAL -> PolicyProfile.dayOfYear(policy.reportAnnualDue, period.year());
            case MODEL_MEETING -> Quarters.end(Quarters.start(period.year(),
                    programmeQuarter != null ? programmeQuarter : policy.modelMeetingQuarter)).plusDays(policy.reportModelDueDays);
        };
    }

    public static boolean late(LocalDate submittedOn, LocalDate due) {
        return submittedOn.isAfter(due);
    }

    /**
     * The recent periods of a kind the daily alert judges on a day: the last two quarters, and this and last
     * year's six-month, annual and model-meeting reports; whether each is already due is for the caller to say.
     */
    public static List<ReportPeriod> recent(ReportKind kind, LocalDate today) {
        int year = today.getYear();
        List<ReportPeriod> out = new ArrayList<>();
        switch (kind) {
            case QUARTERLY -> {
                LocalDate previous = Quarters.start(today).minusMonths(3);
                for (LocalDate q : List.of(previous, previous.minusMonths(3))) {
                    out.add(ReportPeriod.quarter(q.getYear(), Quarters.of(q)));
                }
            }
            case HALF_YEAR -> {
                out.add(ReportPeriod.halfYear(year));
                out.add(ReportPeriod.halfYear(year - 1));
            }
            case ANNUAL, MODEL_MEETING -> {
                out.add(ReportPeriod.year(kind, year));
                out.add(ReportPeriod.year(kind, year - 1));
            }
        }
        return out;
    }
}
