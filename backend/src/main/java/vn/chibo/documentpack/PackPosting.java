package vn.chibo.documentpack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Evidence, reported by an integration client, that a meeting's pack (named by its manifest hash) was posted. */
@Entity
@Table(name = "document_pack_posting")
public class PackPosting extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_system", nullable = false)
    public PostingSystem system;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PackPhase phase;

    @Column(name = "manifest_sha256", nullable = false)
    public String manifestSha256;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
