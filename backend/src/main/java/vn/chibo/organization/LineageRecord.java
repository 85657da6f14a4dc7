package vn.chibo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A merge, split, rename or move, so that old records stay attached to the organisation as it was. */
@Entity
@Table(name = "org_lineage")
public class LineageRecord extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_org_id")
    public Organization from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_org_id")
    public Organization to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineageEventType event;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "decision_ref")
    public String decisionRef;

    public String note;

    /**
     * For a move: the parent the organisation left, so its records can name the upper committee as it was
     * (BR-D1). Null for other events and for moves recorded before V28, whose note keeps only that parent's name.
     */
    @Column(name = "previous_parent_id")
    public UUID previousParentId;

    public static LineageRecord of(Organization from, Organization to, LineageEventType event,
                                   LocalDate effectiveDate, String decisionRef, String note) {
        LineageRecord record = new LineageRecord();
        record.from = from;
        record.to = to;
        record.event = event;
        record.effectiveDate = effectiveDate;
        record.decisionRef = decisionRef;
        record.note = note;
        return record;
    }
}
