package vn.chibo.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@link MeetingFactRow}s of one cell and month summed (V15), so a roll-up over a subtree and a period
 * sums one row per cell and month rather than one per meeting. Only {@link MeetingFactStore} writes them,
 * in the transaction that writes the meeting rows they sum; read with queries, never changed as entities.
 */
@Entity
@Table(name = "meeting_fact_month")
public class MeetingFactMonth {
    /** A cell and a month number ({@link MeetingFactRow#monthNumber}). */
    @Embeddable
    public record Key(@Column(name = "organization_id") UUID organizationId,
                      @Column(name = "month_number") int monthNumber) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "regular_held")
    public int regularHeld;

    @Column(name = "topical_held")
    public int topicalHeld;

    @Column(name = "regular_with_pre_meeting")
    public int regularWithPreMeeting;

    /** Held cell meetings with members expected: what attendance is measured on. */
    public int attended;
    public int expected;
    public int present;
    public int unexcused;

    @Column(name = "above_target")
    public int aboveTarget;

    /** Held meetings with somebody present: what the speaking rate is measured on. */
    public int spoken;

    @Column(name = "spoken_at_target")
    public int spokenAtTarget;

    @Column(name = "self_good")
    public int selfGood;

    @Column(name = "self_fair")
    public int selfFair;

    @Column(name = "self_average")
    public int selfAverage;

    @Column(name = "self_poor")
    public int selfPoor;

    @Column(name = "verified_good")
    public int verifiedGood;

    @Column(name = "verified_fair")
    public int verifiedFair;

    @Column(name = "verified_average")
    public int verifiedAverage;

    @Column(name = "verified_poor")
    public int verifiedPoor;

    /** The month's latest evaluated meeting's start, null without one. */
    @Column(name = "last_rated_start")
    public Instant lastRatedStart;

    /** Its rating (a level name), verified else self. */
    @Column(name = "last_rating")
    public String lastRating;
}
