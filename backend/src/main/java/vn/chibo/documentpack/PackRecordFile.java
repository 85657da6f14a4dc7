package vn.chibo.documentpack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A minutes or resolution file as put into a meeting's pack, rendered once for a state of the approved records
 * ({@code sourceStamp}); its bytes are in the document store under {@code sha256}.
 */
@Entity
@Table(name = "document_pack_record")
public class PackRecordFile extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PackFileKind kind;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "source_stamp", nullable = false)
    public String sourceStamp;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;
}
