package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.member.PositionRepository;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationType;
import vn.chibo.security.Appointment;
import vn.chibo.security.Role;

/**
 * Gathers what {@link ReportSigner} decides on: the organisation's shape, the posts held in it on a day and whether
 * the sender is its appointed secretary.
 */
@ApplicationScoped
public class ReportSignatures {
    private final PositionRepository positions;

    public ReportSignatures(PositionRepository positions) {
        this.positions = positions;
    }

    public ReportSignature of(Organization org, LocalDate day, String senderUsername, String senderName) {
        OrganizationType type = OrganizationType.findById(org.typeCode);
        List<ReportSigner.Holder> holders = positions.activeIn(org, day).stream()
                .map(p -> new ReportSigner.Holder(p.member.username, p.member.fullName, p.position)).toList();
        return ReportSigner.sign(new ReportSigner.Body(org.holdsMeetings, org.hasCommittee, type != null && type.grassroots),
                holders, senderUsername, senderName, Appointment.count("username = ?1 and organization = ?2 and role = ?3"
                        + " and validFrom <= ?4 and (validTo is null or validTo >= ?4)", senderUsername, org, Role.SECRETARY,
                        day) > 0);
    }
}
