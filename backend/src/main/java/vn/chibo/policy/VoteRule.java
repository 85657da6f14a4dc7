package vn.chibo.policy;

/** How a vote passes. Which one applies is policy data (BR-H8), never a constant in code. */
public enum VoteRule {
    /** More than half of the official members present vote for. */
    MAJORITY_OF_ELIGIBLE_PRESENT,
    /** More votes for than against. */
    MAJORITY_OF_VOTES_CAST,
    /** At least two thirds of the official members present vote for. */
    TWO_THIRDS_OF_ELIGIBLE_PRESENT;

    public boolean passes(int forCount, int againstCount, int eligible) {
        return switch (this) {
            case MAJORITY_OF_ELIGIBLE_PRESENT -> eligible > 0 && forCount * 2 > eligible;
            case MAJORITY_OF_VOTES_CAST -> forCount > againstCount;
            case TWO_THIRDS_OF_ELIGIBLE_PRESENT -> eligible > 0 && forCount * 3 >= eligible * 2;
        };
    }
}
