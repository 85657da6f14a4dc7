package vn.chibo.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingReadGrant;
import vn.chibo.meeting.MeetingType;
import vn.chibo.supervision.CellSupervisors;

/**
 * BR-E2, BR-E5: whoever may verify a meeting's evaluation reads the meeting and the evaluation first, with the cell's
 * overrides and their justifications. A supervisor planned by the team for the meeting's month holds no appointment
 * in the cell, so without this grant they could sign an evaluation they were refused to read.
 */
@ApplicationScoped
public class VerifierReadGrant implements MeetingReadGrant {
    private final CellSupervisors supervisors;
    private final TimeSource time;

    public VerifierReadGrant(CellSupervisors supervisors, TimeSource time) {
        this.supervisors = supervisors;
        this.time = time;
    }

    @Override
    public boolean grants(Meeting meeting, String username) {
        return username != null && meeting.type != MeetingType.COMMITTEE
                && supervisors.supervises(username, meeting.organization, time.dateOf(meeting.scheduledStart));
    }
}
