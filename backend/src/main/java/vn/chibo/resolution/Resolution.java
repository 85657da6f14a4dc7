package vn.chibo.resolution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

/** The resolution or conclusion (nghị quyết / kết luận) a meeting adopts. */
@Entity
public class Resolution extends PanacheEntityBase {
    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResolutionKind kind;

    public String number;

    public String title;

    /** 1 on the first write: 0 in the API means "nothing recorded yet". */
    @Version
    public long version = 1;
}
