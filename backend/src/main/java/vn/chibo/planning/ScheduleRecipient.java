package vn.chibo.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Someone a monthly schedule was sent to, and why they receive it. */
@Entity
@Table(name = "monthly_schedule_recipient")
public class ScheduleRecipient extends PanacheEntityBase {
    public enum Reason { SUPERVISOR, UPPER_COMMITTEE }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "schedule_id", nullable = false)
    public UUID scheduleId;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;
}
