package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.chibo.common.TimeSource;
import vn.chibo.security.CurrentActor;

/**
 * The one way a change to a meeting's schedule or status is recorded: a {@link MeetingChange} row (the meeting's
 * history) and, in the same transaction, a {@link MeetingChanged} event for the features that report it outward.
 */
@ApplicationScoped
public class MeetingChanges {
    /** A change recorded, fired synchronously inside the writing transaction. */
    public record MeetingChanged(Meeting meeting, MeetingChange change) {}

    private final TimeSource time;
    private final CurrentActor actor;
    private final Event<MeetingChanged> changed;

    public MeetingChanges(TimeSource time, CurrentActor actor, Event<MeetingChanged> changed) {
        this.time = time;
        this.actor = actor;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MeetingChange record(Meeting m, MeetingChange.Kind kind, String reason, Instant from, Instant to) {
        MeetingChange c = new MeetingChange();
        c.meetingId = m.id;
        c.at = time.now();
        c.actor = actor.username();
        c.kind = kind;
        c.reason = reason;
        c.fromStart = from;
        c.toStart = to;
        c.persist();
        changed.fire(new MeetingChanged(m, c));
        return c;
    }
}
