package vn.chibo.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record that a committee sent its cells' schedule for a month (lịch sinh hoạt tháng), and when. */
@Entity
@Table(name = "monthly_schedule")
public class MonthlySchedule extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** YYYY-MM. */
    @Column(name = "schedule_month", nullable = false)
    public String month;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(name = "entry_count")
    public int entryCount;

    @Column(name = "gap_count")
    public int gapCount;
}
