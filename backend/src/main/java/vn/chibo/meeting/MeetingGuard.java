package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Arrays;
import java.util.UUID;
import vn.chibo.common.ApiException;
import jakarta.enterprise.inject.Instance;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** Loads a meeting for the caller and refuses, the same way everywhere, what its state forbids. */
@ApplicationScoped
public class MeetingGuard {
    private final AccessPolicy access;
    private final MeetingFactsInvalidation facts;
    private final CurrentActor actor;
    private final Instance<MeetingReadGrant> grants;

    public MeetingGuard(AccessPolicy access, MeetingFactsInvalidation facts, CurrentActor actor,
                        Instance<MeetingReadGrant> grants) {
        this.access = access;
        this.facts = facts;
        this.actor = actor;
        this.grants = grants;
    }

    public Meeting require(UUID id) {
        // With its cell in the same statement: every caller checks access on the cell next.
        Meeting meeting = id == null ? null
                : Meeting.<Meeting>find("select m from Meeting m join fetch m.organization where m.id = ?1", id)
                        .firstResult();
        if (meeting == null) throw ApiException.notFound("entity.meeting");
        return meeting;
    }

    /** Readable in the cell's subtree, or by a reason another feature grants (a schedule sent to the caller). */
    public Meeting readable(UUID id) {
        Meeting meeting = require(id);
        if (access.mayRead(meeting.organization)) return meeting;
        for (MeetingReadGrant grant : grants) {
            if (grant.grants(meeting, actor.username())) return meeting;
        }
        access.requireRead(meeting.organization); // refuses as every endpoint does
        return meeting;
    }

    /**
     * The cell's secretary, committee staff above it, an integration client or an admin. The meeting's
     * row stays locked until the transaction ends: writes to one meeting (first minutes, first
     * attendance of a member, the evaluation) run one after the other, so the second sees the first.
     * Whatever the write, the meeting's stored facts are stale from here on (if it commits).
     */
    public Meeting writable(UUID id) {
        Meeting meeting = id == null ? null : Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) throw ApiException.notFound("entity.meeting");
        access.requireChangeMembers(meeting.organization);
        facts.meeting(meeting.id);
        return meeting;
    }

    /** Attendance, speeches, votes, agenda, minutes text and resolution change only before approval. */
    public void requireRecordable(Meeting meeting) {
        if (meeting.status == MeetingStatus.APPROVED) throw ApiException.conflict("minutes-locked");
        if (meeting.status == MeetingStatus.CANCELLED) throw ApiException.conflict("meeting-cancelled");
    }

    public void requireStatus(Meeting meeting, String action, MeetingStatus... allowed) {
        if (!Arrays.asList(allowed).contains(meeting.status)) {
            throw ApiException.conflict("illegal-transition", "status." + meeting.status.name(), "action." + action);
        }
    }
}
