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
import vn.chibo.organization.Organization;

/** A member belonging to a cell for a period (sinh hoạt tại chi bộ). History is never overwritten. */
@Entity
public class Membership extends PanacheEntityBase implements DatedPeriod {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipKind kind;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "decision_ref")
    public String decisionRef;

    public static Membership of(Member member, Organization organization, MembershipKind kind,
                                LocalDate from, LocalDate to, String decisionRef) {
        Membership membership = new Membership();
        membership.member = member;
        membership.organization = organization;
        membership.kind = kind;
        membership.validFrom = from;
        membership.validTo = to;
        membership.decisionRef = decisionRef;
        return membership;
    }

    @Override public LocalDate validFrom() { return validFrom; }
    @Override public LocalDate validTo() { return validTo; }
}
