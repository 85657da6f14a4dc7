package vn.chibo.policy;

import java.util.Optional;
import vn.chibo.common.ApiException;

/**
 * BR-H8: a vote passes by the rule its policy sets for its kind of decision. Ordinary decisions use the
 * profile's own rule; admission, recognition as a full member and discipline only once the issuing committee
 * has configured a rule for them (severity BLOCK until configured). Plain code: the service gathers the tally.
 */
public final class VoteDecisions {
    private VoteDecisions() {}

    /** The outcome of a vote and the rule it was decided under. */
    public record Decided(DecisionKind kind, VoteRule rule, boolean passed) {}

    /** The rule of the policy for a kind of decision; empty when the policy has none. */
    public static Optional<VoteRule> ruleFor(PolicyProfile policy, DecisionKind kind) {
        if (kind == DecisionKind.ORDINARY) return Optional.ofNullable(policy.voteRule);
        return Optional.ofNullable(policy.voteRules.get(kind));
    }

    /** Decides a tally; a kind the policy has no rule for is refused with what to configure and where. */
    public static Decided decide(PolicyProfile policy, DecisionKind kind, int forCount, int againstCount, int eligible) {
        VoteRule rule = ruleFor(policy, kind).orElseThrow(() -> ApiException.conflictOnField(
                "vote-rule-not-configured", "decisionKind", kind.name(), policy.label()));
        return new Decided(kind, rule, rule.passes(forCount, againstCount, eligible));
    }
}
