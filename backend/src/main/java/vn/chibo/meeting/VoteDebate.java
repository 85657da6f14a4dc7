package vn.chibo.meeting;

/**
 * BR-H10 (INFO): when opinions on a motion differ, the chair is prompted to allow further discussion before the
 * vote, and the answer is recorded on the vote. Votes against or abstentions show that opinions differed even when
 * the chair did not tick it. Plain code: the vote form asks, the meeting warnings flag what was left unanswered.
 */
public final class VoteDebate {
    private VoteDebate() {}

    /** Whether opinions on the motion differed: noted by the chair, or visible in the tally. */
    public static boolean opinionsDiffered(boolean notedByChair, int againstCount, int abstainCount) {
        return notedByChair || againstCount > 0 || abstainCount > 0;
    }

    /** A vote to flag: opinions differed and no further discussion before it was recorded. */
    public static boolean discussionMissing(boolean opinionsDiffered, Boolean furtherDiscussion) {
        return opinionsDiffered && !Boolean.TRUE.equals(furtherDiscussion);
    }
}
