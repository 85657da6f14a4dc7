package vn.chibo.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.common.ApiException;
import vn.chibo.common.Messages;

/** BR-H8 as policy data: the pass rule comes from the profile, per kind of decision, and is refused while missing. */
class VoteDecisionsTest {

    private static PolicyProfile policy(VoteRule ordinary, Map<DecisionKind, VoteRule> others) {
        PolicyProfile p = new PolicyProfile();
        p.issuerName = "Đảng ủy xã Bản Lang";
        p.validFrom = LocalDate.of(2026, 1, 1);
        p.voteRule = ordinary;
        p.voteRules.putAll(others);
        return p;
    }

    @Test
    @DisplayName("BR-H8 ordinary decisions use the profile's voteRule: majority of the eligible present, just below and at it")
    void ordinaryUsesTheProfileRule() {
        PolicyProfile p = policy(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT, Map.of());
        assertFalse(VoteDecisions.decide(p, DecisionKind.ORDINARY, 3, 0, 6).passed());
        VoteDecisions.Decided at = VoteDecisions.decide(p, DecisionKind.ORDINARY, 4, 0, 6);
        assertTrue(at.passed());
        assertEquals(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT, at.rule());
        assertEquals(DecisionKind.ORDINARY, at.kind());

        PolicyProfile votesCast = policy(VoteRule.MAJORITY_OF_VOTES_CAST, Map.of());
        assertTrue(VoteDecisions.decide(votesCast, DecisionKind.ORDINARY, 3, 0, 6).passed());
    }

    @Test
    @DisplayName("BR-H8 admission needs its own higher threshold: two thirds of 9 eligible fails at 5 and passes at 6")
    void admissionUsesItsOwnThreshold() {
        PolicyProfile p = policy(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT,
                Map.of(DecisionKind.ADMISSION, VoteRule.TWO_THIRDS_OF_ELIGIBLE_PRESENT));
        assertTrue(VoteDecisions.decide(p, DecisionKind.ORDINARY, 5, 4, 9).passed());
        assertFalse(VoteDecisions.decide(p, DecisionKind.ADMISSION, 5, 4, 9).passed());
        VoteDecisions.Decided at = VoteDecisions.decide(p, DecisionKind.ADMISSION, 6, 3, 9);
        assertTrue(at.passed());
        assertEquals(VoteRule.TWO_THIRDS_OF_ELIGIBLE_PRESENT, at.rule());

        PolicyProfile lower = policy(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT,
                Map.of(DecisionKind.ADMISSION, VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT));
        assertTrue(VoteDecisions.decide(lower, DecisionKind.ADMISSION, 5, 4, 9).passed());
    }

    @Test
    @DisplayName("BR-H8 a kind without a configured rule is refused (409) with what to configure, in vi and en")
    void aKindWithoutRuleIsRefused() {
        PolicyProfile p = policy(VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT,
                Map.of(DecisionKind.ADMISSION, VoteRule.TWO_THIRDS_OF_ELIGIBLE_PRESENT));
        ApiException refused = assertThrows(ApiException.class,
                () -> VoteDecisions.decide(p, DecisionKind.FULL_MEMBERSHIP, 9, 0, 9));
        assertEquals(409, refused.status());
        assertEquals("vote-rule-not-configured", refused.code());
        String vi = Messages.get(Messages.VIETNAMESE, refused.messageKey() + ".detail", refused.args());
        assertTrue(vi.contains("FULL_MEMBERSHIP") && vi.contains("Đảng ủy xã Bản Lang (2026-01-01)")
                && vi.contains("voteRules"), vi);
        String en = Messages.get(Locale.ENGLISH, refused.messageKey() + ".detail", refused.args());
        assertTrue(en.contains("sets no pass rule for decisions of kind FULL_MEMBERSHIP"), en);
        assertTrue(VoteDecisions.ruleFor(p, DecisionKind.DISCIPLINE).isEmpty());
    }

    @Test
    @DisplayName("BR-H8 the rules of the other kinds survive the database column")
    void theColumnKeepsEveryKind() {
        VoteRulesColumn column = new VoteRulesColumn();
        Map<DecisionKind, VoteRule> rules = Map.of(DecisionKind.ADMISSION, VoteRule.TWO_THIRDS_OF_ELIGIBLE_PRESENT,
                DecisionKind.DISCIPLINE, VoteRule.MAJORITY_OF_ELIGIBLE_PRESENT);
        String text = column.convertToDatabaseColumn(rules);
        assertEquals("ADMISSION=TWO_THIRDS_OF_ELIGIBLE_PRESENT;DISCIPLINE=MAJORITY_OF_ELIGIBLE_PRESENT", text);
        assertEquals(rules, column.convertToEntityAttribute(text));
        assertTrue(column.convertToEntityAttribute("").isEmpty());
    }
}
