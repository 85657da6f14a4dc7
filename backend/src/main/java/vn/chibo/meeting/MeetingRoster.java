package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.chibo.member.Attachment;
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

    public MeetingRoster(MembershipRepository memberships) {
        this.memberships = memberships;
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
        List<Expected> expected = new ArrayList<>();
        List<NotExpected> notExpected = new ArrayList<>();
        for (MembershipRepository.Standing standing : memberships.standingsIn(cell, day)) {
            Membership ms = standing.membership();
            Member m = ms.member;
            boolean temporaryHere = ms.kind == MembershipKind.TEMPORARY;
            if (standing.exempt()) {
                notExpected.add(new NotExpected(m, "EXEMPT"));
            } else if (!temporaryHere && standing.temporarilyAttached()) {
                notExpected.add(new NotExpected(m, "TEMPORARY_OUT"));
            } else {
                expected.add(new Expected(m, m.statusOn(day, false),
                        temporaryHere ? Attachment.TEMPORARY_IN : Attachment.PRIMARY));
            }
        }
        expected.sort(Comparator.comparing(e -> e.member().nameSortKey));
        notExpected.sort(Comparator.comparing(e -> e.member().nameSortKey));
        return new Roster(expected, notExpected);
    }
}
