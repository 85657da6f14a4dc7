package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.member.PositionRepository;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationType;
import vn.chibo.security.AppointmentRepository;
import vn.chibo.security.Role;

/**
 * Gathers what {@link ReportSigner} decides on: the organisation's shape, the posts held in it on a day and whether
 * the sender is its appointed secretary.
 */
@ApplicationScoped
public class ReportSignatures {
    private final PositionRepository positions;
    private final AppointmentRepository appointments;

    public ReportSignatures(PositionRepository positions, AppointmentRepository appointments) {
        this.positions = positions;
        this.appointments = appointments;
    }

    public ReportSignature of(Organization org, LocalDate day, String senderUsername, String senderName) {
        OrganizationType type = OrganizationType.findById(org.typeCode);
        List<ReportSigner.Holder> holders = positions.activeIn(org, day).stream()
                .map(p -> new ReportSigner.Holder(p.member.username, p.member.fullName, p.position)).toList();
        boolean senderIsSecretary = appointments.activeFor(senderUsername, day).stream()
                .anyMatch(a -> a.role == Role.SECRETARY && a.organization.id.equals(org.id));
        return ReportSigner.sign(new ReportSigner.Body(org.holdsMeetings, org.hasCommittee, type != null && type.grassroots),
                holders, senderUsername, senderName, senderIsSecretary);
    }
}
