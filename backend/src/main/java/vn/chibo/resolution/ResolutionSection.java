package vn.chibo.resolution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "resolution_section")
public class ResolutionSection extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    public int position;

    @Column(nullable = false)
    public String heading;

    @Column(nullable = false)
    public String body;

    /** BR-R4: a clause on next month's work, carried out by the tasks linked to it. */
    @Column(name = "next_month")
    public boolean nextMonth;
}
