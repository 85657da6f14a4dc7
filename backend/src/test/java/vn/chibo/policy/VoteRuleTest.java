package vn.chibo.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoteRuleTest {

    @Test
    void aMajorityOfEligibleMembersPresentNeedsMoreThanHalf() {
        assertFalse(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT.passes(5, 0, 10));
        assertTrue(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT.passes(6, 0, 10));
        assertFalse(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT.passes(0, 0, 0));
    }

    @Test
    void aMajorityOfVotesCastCountsOnlyForAndAgainst() {
        assertTrue(VoteRule.MAJORITY_OF_VOTES_CAST.passes(3, 2, 10));
        assertFalse(VoteRule.MAJORITY_OF_VOTES_CAST.passes(2, 2, 10));
    }

    @Test
    void twoThirdsIsInclusive() {
        assertTrue(VoteRule.TWO_THIRDS_OF_ELIGIBLE_PRESENT.passes(6, 0, 9));
        assertFalse(VoteRule.TWO_THIRDS_OF_ELIGIBLE_PRESENT.passes(5, 0, 9));
    }
}
