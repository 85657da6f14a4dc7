package vn.chibo.security;

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
import java.util.UUID;
import vn.chibo.common.DatedPeriod;
import vn.chibo.organization.Organization;

/**
 * A login user acting for an organisation in a role, for a period. Keycloak says who the person
 * is; appointments, which change with the party's own decisions, say what they act for.
 */
@Entity
public class Appointment extends PanacheEntityBase implements DatedPeriod {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(nullable = false)
    public String username;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Override public LocalDate validFrom() { return validFrom; }
    @Override public LocalDate validTo() { return validTo; }
}
