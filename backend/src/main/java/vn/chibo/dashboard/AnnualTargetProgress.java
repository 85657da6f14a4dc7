package vn.chibo.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.rating.AnnualLevel;

/**
 * Progress against the annual targets of the policy in force (BR-S5): each target with the current value
 * and whether it is on track. A rule: figures and the profile in, a decision out. Comparisons are made on
 * the exact counts, never on the rounded percentage shown.
 */
public final class AnnualTargetProgress {
    private AnnualTargetProgress() {}

    public enum Code {
        ORG_GOOD_OR_ABOVE, ORG_EXCELLENT, ORG_NOT_COMPLETED, MEMBER_GOOD_OR_ABOVE, MEMBER_EXCELLENT,
        CELLS_MEETING_MONTHLY, ATTENDANCE, UNEXCUSED_ABSENCES
    }

    /** How the value is held against the target: above it, at least, at most, or between target and targetMax. */
    public enum Comparison { ABOVE, AT_LEAST, AT_MOST, BETWEEN }

    /**
     * @param organizations decided levels of the organisations rated for the year, by level
     * @param members       decided levels of the members rated for the year, by level
     * @param cellsExpected cells expected to meet in the period, {@code cellsMet} of them met every month
     * @param expected      members expected at the held cell meetings, {@code present} of them present
     * @param unexcused     unexcused absences at those meetings
     */
    public record Inputs(Map<AnnualLevel, Integer> organizations, Map<AnnualLevel, Integer> members, int cellsExpected,
                         int cellsMet, int expected, int present, int unexcused) {}

    public static List<DashboardApi.Target> of(PolicyProfile p, Inputs in) {
        List<DashboardApi.Target> out = new ArrayList<>();
        int orgs = total(in.organizations());
        int orgGood = count(in.organizations(), AnnualLevel.HTXSNV) + count(in.organizations(), AnnualLevel.HTTNV);
        out.add(share(Code.ORG_GOOD_OR_ABOVE, Comparison.ABOVE, p.targetOrgGoodPercent, null, orgGood, orgs));
        out.add(share(Code.ORG_EXCELLENT, Comparison.AT_LEAST, p.targetOrgExcellentPercent, null,
                count(in.organizations(), AnnualLevel.HTXSNV), orgs));
        out.add(share(Code.ORG_NOT_COMPLETED, Comparison.AT_MOST, p.targetOrgFailedMaxPercent, null,
                count(in.organizations(), AnnualLevel.KHTNV), orgs));
        int members = total(in.members());
        int memberGood = count(in.members(), AnnualLevel.HTXSNV) + count(in.members(), AnnualLevel.HTTNV);
        out.add(share(Code.MEMBER_GOOD_OR_ABOVE, Comparison.AT_LEAST, p.targetMemberGoodPercent, null, memberGood, members));
        out.add(share(Code.MEMBER_EXCELLENT, Comparison.BETWEEN, p.targetMemberExcellentMinPercent,
                p.targetMemberExcellentMaxPercent, count(in.members(), AnnualLevel.HTXSNV), members));
        out.add(share(Code.CELLS_MEETING_MONTHLY, Comparison.AT_LEAST, p.targetCellsMeetingPercent, null, in.cellsMet(),
                in.cellsExpected()));
        out.add(share(Code.ATTENDANCE, Comparison.ABOVE, p.targetAttendancePercent, null, in.present(), in.expected()));
        boolean anyMeeting = in.expected() > 0;
        out.add(new DashboardApi.Target(Code.UNEXCUSED_ABSENCES, Comparison.AT_MOST, p.targetUnexcusedAbsencesMax, null,
                anyMeeting ? (double) in.unexcused() : null, anyMeeting ? in.unexcused() : null, null,
                anyMeeting ? in.unexcused() <= p.targetUnexcusedAbsencesMax : null));
        return out;
    }

    /** A share of a basis; without a basis (nothing rated, no cell expected) the value is unknown, not zero. */
    private static DashboardApi.Target share(Code code, Comparison comparison, int target, Integer targetMax, int count,
                                             int basis) {
        if (basis == 0) return new DashboardApi.Target(code, comparison, target, targetMax, null, null, 0, null);
        long scaled = 100L * count;
        boolean onTrack = switch (comparison) {
            case ABOVE -> scaled > (long) target * basis;
            case AT_LEAST -> scaled >= (long) target * basis;
            case AT_MOST -> scaled <= (long) target * basis;
            case BETWEEN -> scaled >= (long) target * basis && scaled <= (long) targetMax * basis;
        };
        return new DashboardApi.Target(code, comparison, target, targetMax, MeetingFacts.percent(count, basis), count,
                basis, onTrack);
    }

    private static int count(Map<AnnualLevel, Integer> counts, AnnualLevel level) {
        return counts.getOrDefault(level, 0);
    }

    private static int total(Map<AnnualLevel, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
