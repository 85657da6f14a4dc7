package vn.chibo.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What the minute-taker writes beside the data the minutes are assembled from. Approved minutes
 * are permanent records: locked, changed only by appended corrections.
 */
@Entity
public class Minutes extends PanacheEntityBase {
    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "free_text")
    public String freeText;

    public String conclusions;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    /** Signatures taken at approval, as printed ("T/M CHI BỘ\nBÍ THƯ"), and never recomputed afterwards. */
    @Column(name = "chair_role")
    public String chairRole;

    @Column(name = "chair_name")
    public String chairName;

    @Column(name = "chair_member_id")
    public UUID chairMemberId;

    @Column(name = "minute_taker_name")
    public String minuteTakerName;

    @Column(name = "minute_taker_member_id")
    public UUID minuteTakerMemberId;

    /** 1 on the first write: 0 in the API means "nothing recorded yet". */
    @Version
    public long version = 1;

    public boolean isApproved() {
        return approvedAt != null;
    }
}
