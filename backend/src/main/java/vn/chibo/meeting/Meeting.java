package vn.chibo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.chibo.member.Member;
import vn.chibo.organization.Organization;

/** One meeting of a cell (or of its committee): schedule, people and the times it was held. */
@Entity
public class Meeting extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingType type;

    @Column(name = "is_model")
    public boolean isModel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingMode mode;

    public String title;

    @Column(name = "scheduled_start", nullable = false)
    public Instant scheduledStart;

    @Column(name = "planned_duration_min")
    public int plannedDurationMinutes;

    public String place;

    @Column(name = "online_link")
    public String onlineLink;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chair_id")
    public Member chair;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "preparer_id")
    public Member preparer;

    /** BR-M2: the secretary who assigned the preparer (HD 42 profile), and when. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "preparer_assigned_by_id")
    public Member preparerAssignedBy;

    @Column(name = "preparer_assigned_at")
    public Instant preparerAssignedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minute_taker_id")
    public Member minuteTaker;

    /** For a committee meeting: the cell meeting it prepares. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prepares_meeting_id")
    public Meeting prepares;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    @Column(name = "actual_start")
    public Instant actualStart;

    @Column(name = "actual_end")
    public Instant actualEnd;

    @Column(name = "notified_at")
    public Instant notifiedAt;

    /** BR-R5 evidence: the final documents and resolution published to members and sent to the committee above. */
    @Column(name = "records_published_at")
    public Instant recordsPublishedAt;

    @Column(name = "records_published_by")
    public String recordsPublishedBy;

    /**
     * BR-M4 / BR-R5 evidence: the latest reported posting of the meeting's document pack to the Sổ tay app before
     * and after the meeting (the postings themselves are in {@code document_pack_posting}). Written with plain SQL
     * by the document pack, never through this entity, so a posting never bumps the meeting's version.
     */
    @Column(name = "pack_posted_before_at", insertable = false, updatable = false)
    public Instant packPostedBeforeAt;

    @Column(name = "pack_posted_after_at", insertable = false, updatable = false)
    public Instant packPostedAfterAt;

    /**
     * BR-D2: the policy profile the meeting is judged under, pinned when it is held ({@link MeetingPolicies}); null
     * while it is still to come, when it follows the profile in force on its day.
     */
    @Column(name = "policy_profile_id")
    public UUID policyProfileId;

    @Version
    public long version;

    /**
     * Bumped by {@link MeetingFactStore} with plain SQL whenever the meeting's facts may have changed, never
     * through this entity: it is not a version, so it never turns a write into an optimistic-lock conflict.
     */
    @Column(name = "facts_revision", insertable = false, updatable = false)
    public long factsRevision;

    /** Set with each bump of {@link #factsRevision}, cleared once the facts of that revision are stored. */
    @Column(name = "facts_stale", insertable = false, updatable = false)
    public boolean factsStale;

    public Integer durationMinutes() {
        return actualStart == null || actualEnd == null ? null
                : (int) Duration.between(actualStart, actualEnd).toMinutes();
    }
}
