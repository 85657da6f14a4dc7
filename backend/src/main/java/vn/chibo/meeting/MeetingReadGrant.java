package vn.chibo.meeting;

/**
 * A reason, owned by a feature above this one, for a caller outside the cell's subtree to read one meeting (for
 * example: it is in a monthly schedule sent to them). Lets the meeting feature ask without depending on it.
 */
public interface MeetingReadGrant {
    boolean grants(Meeting meeting, String username);
}
