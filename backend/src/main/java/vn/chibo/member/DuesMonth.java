package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.chibo.organization.Organization;

/**
 * A cell's dues sheet for one month: recorded in one go by the cell, so one version guards the whole sheet
 * (a second person saving an older copy gets a conflict rather than overwriting).
 */
@Entity
@Table(name = "dues_month")
public class DuesMonth extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    /** "YYYY-MM" ("month" is a reserved word in H2). */
    @Column(name = "period", nullable = false)
    public String period;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /**
     * 1 on the first save, one more on each save even when no line changed: 0 in the API means "nothing recorded
     * yet". Moved by the service under a row lock (a JPA version would not move on a save that changes nothing).
     */
    @Column(nullable = false)
    public long version;
}
