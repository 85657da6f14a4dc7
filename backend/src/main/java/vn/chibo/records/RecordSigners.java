package vn.chibo.records;

import vn.chibo.member.Position;

/**
 * How a cell's record is signed in the party layout (HD 36-HD/VPTW): on behalf of the body that held the
 * meeting ("T/M CHI BỘ", or "T/M CHI ỦY" for a committee meeting) by the holder of a post ("BÍ THƯ",
 * "PHÓ BÍ THƯ"). A chair without a post signs as "CHỦ TRÌ" in their own name, since only a post holder
 * may sign on the body's behalf.
 */
public final class RecordSigners {
    public static final String MINUTE_TAKER = "THƯ KÝ";

    private RecordSigners() {}

    public static String onBehalfOf(boolean committeeMeeting) {
        return committeeMeeting ? "T/M CHI ỦY" : "T/M CHI BỘ";
    }

    /** The printed role lines of the chair's signature; {@code post} is the chair's post that day, or null. */
    public static String chairRole(boolean committeeMeeting, Position post) {
        if (post == Position.SECRETARY) return onBehalfOf(committeeMeeting) + "\nBÍ THƯ";
        if (post == Position.DEPUTY_SECRETARY) return onBehalfOf(committeeMeeting) + "\nPHÓ BÍ THƯ";
        return "CHỦ TRÌ";
    }
}
