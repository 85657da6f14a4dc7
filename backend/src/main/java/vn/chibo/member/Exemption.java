package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import vn.chibo.common.DatedPeriod;
import java.util.UUID;

/** Exemption from party work and meetings (miễn công tác và sinh hoạt đảng), decided by the cell. */
@Entity
public class Exemption extends PanacheEntityBase implements DatedPeriod {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExemptionReason reason;

    public String note;

    @Column(name = "resolution_ref")
    public String resolutionRef;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Override public LocalDate validFrom() { return validFrom; }
    @Override public LocalDate validTo() { return validTo; }
}
