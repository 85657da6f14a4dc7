package vn.chibo.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The minimum duration of a meeting (BR-R1), from the profile's values only. */
class PolicyProfileTest {

    private static PolicyProfile profile(Integer largeCellMembers) {
        PolicyProfile p = new PolicyProfile();
        p.minDurationMinutes = 90;
        p.combinedMinDurationMinutes = 120;
        p.largeCellMembers = largeCellMembers;
        p.largeCellMinDurationMinutes = 150;
        return p;
    }

    @Test
    void brR1_regularAndCombinedMinimaComeFromTheProfile() {
        assertEquals(90, profile(null).minimumDurationMinutes(false, 60));
        assertEquals(120, profile(null).minimumDurationMinutes(true, 60));
    }

    @Test
    void brR1_theLargeCellRuleAppliesFromItsMemberCount() {
        assertEquals(90, profile(30).minimumDurationMinutes(false, 29));
        assertEquals(150, profile(30).minimumDurationMinutes(false, 30));
        assertEquals(150, profile(30).minimumDurationMinutes(true, 31));
    }

    @Test
    void brR1_theLongerMinimumWinsWhenTheLargeCellMinimumIsShorter() {
        PolicyProfile p = profile(30);
        p.largeCellMinDurationMinutes = 100;
        assertEquals(120, p.minimumDurationMinutes(true, 40));
        assertEquals(100, p.minimumDurationMinutes(false, 40));
    }
}
