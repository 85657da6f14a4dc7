package vn.chibo.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The quality evaluation of one meeting: the cell's self-scores and, once verified, the upper
 * level's scores beside them. A signed evaluation is locked; its hash reveals later tampering.
 */
@Entity
public class Evaluation extends PanacheEntityBase {
    public enum Status { DRAFT, SUBMITTED, RETURNED, VERIFIED }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "self_total", nullable = false)
    public BigDecimal selfTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_rating", nullable = false)
    public Rating selfRating;

    @Column(name = "self_failed_gates")
    public String selfFailedGates;

    public String comment;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "verified_total")
    public BigDecimal verifiedTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "verified_rating")
    public Rating verifiedRating;

    @Column(name = "verified_failed_gates")
    public String verifiedFailedGates;

    public String verifier;

    @Column(name = "verifier_comment")
    public String verifierComment;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "content_hash")
    public String contentHash;

    /** 1 on the first save: 0 in the API means "not saved yet". */
    @Version
    public long version = 1;
}
