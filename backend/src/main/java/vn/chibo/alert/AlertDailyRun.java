package vn.chibo.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day on which the alerts of the whole tree were computed, with what that run found. */
@Entity
@Table(name = "alert_daily_run")
public class AlertDailyRun extends PanacheEntityBase {
    @Id
    @Column(name = "run_day")
    public LocalDate day;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(nullable = false)
    public int organizations;

    @Column(nullable = false)
    public int raised;

    @Column(nullable = false)
    public int resolved;

    @Column(name = "open_alerts", nullable = false)
    public int open;

    static boolean doneOn(LocalDate day) {
        return findById(day) != null;
    }
}
