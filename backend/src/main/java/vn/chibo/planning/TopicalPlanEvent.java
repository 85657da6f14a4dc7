package vn.chibo.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a plan's history: who created, changed, submitted, approved or returned it, and why. */
@Entity
@Table(name = "topical_plan_event")
public class TopicalPlanEvent extends PanacheEntityBase {
    public enum Action { CREATE, EDIT, SUBMIT, APPROVE, RETURN, PUSH }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "happened_at", nullable = false)
    public Instant at;

    public String comment;
}
