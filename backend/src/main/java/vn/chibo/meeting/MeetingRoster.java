package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.chibo.member.Attachment;
import vn.chibo.member.ExemptionRepository;
import vn.chibo.member.Member;
import vn.chibo.member.MemberStatus;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipKind;
import vn.chibo.member.MembershipRepository;
import vn.chibo.organization.Organization;

/**
 * Who is expected at a cell's meeting on a day (BR-H2): members active there, official or
 * probationary, including those attached temporarily from elsewhere, minus the exempt and those
 * attached temporarily elsewhere.
 */
@ApplicationScoped
public class MeetingRoster {
    private final MembershipRepository memberships;
    private final ExemptionRepository exemptions;

    public MeetingRoster(MembershipRepository memberships, ExemptionRepository exemptions) {
        this.memberships = memberships;
        this.exemptions = exemptions;
    }

    public record Expected(Member member, MemberStatus status, Attachment attachment) {
        public boolean mayVote() {
            return status == MemberStatus.OFFICIAL;
        }
    }

    public record NotExpected(Member member, String why) {}

    public record Roster(List<Expected> expected, List<NotExpected> notExpected) {
        public Expected find(java.util.UUID memberId) {
            return expected.stream().filter(e -> e.member().id.equals(memberId)).findFirst().orElse(null);
        }
    }

    public Roster on(Organization cell, LocalDate day) {
        List<Membership> active = memberships.activeIn(cell, day);
        List<java.util.UUID> ids = active.stream().map(ms -> ms.member.id).toList();
        Set<java.util.UUID> exempt = exemptions.exemptOn(ids, day);
        Set<java.util.UUID> away = memberships.temporarilyAway(ids, day);
        List<Expected> expected = new ArrayList<>();
        List<NotExpected> notExpected = new ArrayList<>();
        for (Membership ms : active) {
            Member m = ms.member;
            boolean temporaryHere = ms.kind == MembershipKind.TEMPORARY;
            if (exempt.contains(m.id)) {
                notExpected.add(new NotExpected(m, "EXEMPT"));
            } else if (!temporaryHere && away.contains(m.id)) {
                notExpected.add(new NotExpected(m, "TEMPORARY_OUT"));
            } else {
                expected.add(new Expected(m, m.statusOn(day, false),
                        temporaryHere ? Attachment.TEMPORARY_IN : Attachment.PRIMARY));
            }
        }
        expected.sort(Comparator.comparing(e -> e.member().nameFolded));
        notExpected.sort(Comparator.comparing(e -> e.member().nameFolded));
        return new Roster(expected, notExpected);
    }
}
