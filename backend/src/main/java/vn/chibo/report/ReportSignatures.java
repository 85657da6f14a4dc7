package vn.chibo.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.common.TimeSource;
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
    private final TimeSource time;

    public ReportSignatures(PositionRepository positions, AppointmentRepository appointments, TimeSource time) {
        this.positions = positions;
        this.appointments = appointments;
        this.time = time;
    }

    /**
     * The block a sent report or revision was signed with: the one kept when it was sent, or, for one sent before
     * blocks were kept, the post holders' of its sending day with the sender's username as the only name at hand.
     * Null while never sent. The PDF and the HTTP views both read it, so they name the same signer.
     */
    public ReportSignature sent(Organization org, ReportSignature kept, String submittedBy, Instant submittedAt) {
        if (kept != null) return kept;
        if (submittedBy == null || submittedAt == null) return null;
        return of(org, time.dateOf(submittedAt), submittedBy, submittedBy);
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
