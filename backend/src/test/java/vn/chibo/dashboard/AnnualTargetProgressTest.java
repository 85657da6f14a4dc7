package vn.chibo.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.rating.AnnualLevel;

/** BR-S5: each annual target of the profile against the figures, just inside and just outside. */
class AnnualTargetProgressTest {
    private static final Map<AnnualLevel, Integer> NONE = Map.of();

    private static DashboardApi.Target target(PolicyProfile p, AnnualTargetProgress.Inputs in, AnnualTargetProgress.Code code) {
        return AnnualTargetProgress.of(p, in).stream().filter(t -> t.code() == code).findFirst().orElseThrow();
    }

    private static AnnualTargetProgress.Inputs orgs(Map<AnnualLevel, Integer> levels) {
        return new AnnualTargetProgress.Inputs(levels, NONE, 0, 0, 0, 0, 0);
    }

    private static AnnualTargetProgress.Inputs members(Map<AnnualLevel, Integer> levels) {
        return new AnnualTargetProgress.Inputs(NONE, levels, 0, 0, 0, 0, 0);
    }

    @Test
    void brS5OrganisationsGoodOrAboveMustBeAboveTheTargetShare() {
        PolicyProfile p = new PolicyProfile();
        p.targetOrgGoodPercent = 80;
        // 4 of 5 is exactly 80 %: not above it.
        assertFalse(target(p, orgs(Map.of(AnnualLevel.HTTNV, 3, AnnualLevel.HTXSNV, 1, AnnualLevel.HTNV, 1)),
                AnnualTargetProgress.Code.ORG_GOOD_OR_ABOVE).onTrack());
        DashboardApi.Target inside = target(p, orgs(Map.of(AnnualLevel.HTTNV, 4, AnnualLevel.HTXSNV, 1, AnnualLevel.HTNV, 1)),
                AnnualTargetProgress.Code.ORG_GOOD_OR_ABOVE);
        assertTrue(inside.onTrack());
        assertEquals(83.3, inside.value());
        assertEquals(5, inside.count());
        assertEquals(6, inside.basis());
        p.targetOrgGoodPercent = 84;
        assertFalse(target(p, orgs(Map.of(AnnualLevel.HTTNV, 4, AnnualLevel.HTXSNV, 1, AnnualLevel.HTNV, 1)),
                AnnualTargetProgress.Code.ORG_GOOD_OR_ABOVE).onTrack());
    }

    @Test
    void brS5NoOrganisationMayFailWhenTheProfileAllowsNone() {
        PolicyProfile p = new PolicyProfile();
        p.targetOrgFailedMaxPercent = 0;
        assertTrue(target(p, orgs(Map.of(AnnualLevel.HTTNV, 9)), AnnualTargetProgress.Code.ORG_NOT_COMPLETED).onTrack());
        assertFalse(target(p, orgs(Map.of(AnnualLevel.HTTNV, 9, AnnualLevel.KHTNV, 1)),
                AnnualTargetProgress.Code.ORG_NOT_COMPLETED).onTrack());
        p.targetOrgFailedMaxPercent = 10;
        assertTrue(target(p, orgs(Map.of(AnnualLevel.HTTNV, 9, AnnualLevel.KHTNV, 1)),
                AnnualTargetProgress.Code.ORG_NOT_COMPLETED).onTrack());
    }

    @Test
    void brS5MembersExcellentMustFallBetweenTheMinimumAndTheMaximumShare() {
        PolicyProfile p = new PolicyProfile();
        p.targetMemberExcellentMinPercent = 15;
        p.targetMemberExcellentMaxPercent = 20;
        AnnualTargetProgress.Code code = AnnualTargetProgress.Code.MEMBER_EXCELLENT;
        assertFalse(target(p, members(Map.of(AnnualLevel.HTXSNV, 14, AnnualLevel.HTTNV, 86)), code).onTrack());
        assertTrue(target(p, members(Map.of(AnnualLevel.HTXSNV, 15, AnnualLevel.HTTNV, 85)), code).onTrack());
        assertTrue(target(p, members(Map.of(AnnualLevel.HTXSNV, 20, AnnualLevel.HTTNV, 80)), code).onTrack());
        assertFalse(target(p, members(Map.of(AnnualLevel.HTXSNV, 21, AnnualLevel.HTTNV, 79)), code).onTrack());
    }

    @Test
    void brS5MembersGoodOrAboveReachTheTargetShareAtLeast() {
        PolicyProfile p = new PolicyProfile();
        p.targetMemberGoodPercent = 85;
        AnnualTargetProgress.Code code = AnnualTargetProgress.Code.MEMBER_GOOD_OR_ABOVE;
        assertTrue(target(p, members(Map.of(AnnualLevel.HTTNV, 85, AnnualLevel.HTNV, 15)), code).onTrack());
        assertFalse(target(p, members(Map.of(AnnualLevel.HTTNV, 84, AnnualLevel.HTNV, 16)), code).onTrack());
    }

    @Test
    void brS5BeforeAnyRatingTheRatingTargetsShowNoDataRatherThanZero() {
        PolicyProfile p = new PolicyProfile();
        for (DashboardApi.Target t : AnnualTargetProgress.of(p, orgs(NONE))) {
            assertNull(t.value(), t.code().name());
            assertNull(t.onTrack(), t.code().name());
        }
        assertEquals(80, target(p, orgs(NONE), AnnualTargetProgress.Code.ORG_GOOD_OR_ABOVE).target());
    }

    @Test
    void brS5CellsMeetingMonthlyAttendanceAndUnexcusedAbsences() {
        PolicyProfile p = new PolicyProfile();
        p.targetCellsMeetingPercent = 100;
        p.targetAttendancePercent = 85;
        p.targetUnexcusedAbsencesMax = 0;
        AnnualTargetProgress.Inputs all = new AnnualTargetProgress.Inputs(NONE, NONE, 20, 20, 200, 171, 0);
        AnnualTargetProgress.Inputs short1 = new AnnualTargetProgress.Inputs(NONE, NONE, 20, 19, 200, 170, 1);
        assertTrue(target(p, all, AnnualTargetProgress.Code.CELLS_MEETING_MONTHLY).onTrack());
        assertFalse(target(p, short1, AnnualTargetProgress.Code.CELLS_MEETING_MONTHLY).onTrack());
        // 171 of 200 is 85.5 %, above 85; 170 of 200 is exactly 85, not above.
        assertTrue(target(p, all, AnnualTargetProgress.Code.ATTENDANCE).onTrack());
        assertFalse(target(p, short1, AnnualTargetProgress.Code.ATTENDANCE).onTrack());
        assertTrue(target(p, all, AnnualTargetProgress.Code.UNEXCUSED_ABSENCES).onTrack());
        DashboardApi.Target one = target(p, short1, AnnualTargetProgress.Code.UNEXCUSED_ABSENCES);
        assertFalse(one.onTrack());
        assertEquals(1.0, one.value());
        p.targetUnexcusedAbsencesMax = 1;
        assertTrue(target(p, short1, AnnualTargetProgress.Code.UNEXCUSED_ABSENCES).onTrack());
    }
}
