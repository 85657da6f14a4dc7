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

/** A manifest content the app produced for a meeting: what a posting may name. One row per distinct content. */
@Entity
@Table(name = "document_pack_manifest")
public class PackManifestRow extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PackPhase phase;

    @Column(name = "first_generated_at", nullable = false)
    public Instant firstGeneratedAt;
}
