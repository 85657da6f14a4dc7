package vn.chibo.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** A member's record as the caller may see it: history, exemptions, positions, and personal data if allowed (BR-D5). */
@ApplicationScoped
class MemberViews {
    private final MembershipRepository memberships;
    private final ExemptionRepository exemptions;
    private final PositionRepository positions;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final TimeSource time;

    MemberViews(MembershipRepository memberships, ExemptionRepository exemptions, PositionRepository positions,
                AccessPolicy access, CurrentActor actor, TimeSource time) {
        this.memberships = memberships;
        this.exemptions = exemptions;
        this.positions = positions;
        this.access = access;
        this.actor = actor;
        this.time = time;
    }

    MemberApi.View of(Member m) {
        LocalDate today = time.today();
        List<Membership> history = memberships.historyOf(m);
        List<Exemption> exempted = exemptions.of(m);
        boolean exemptToday = exempted.stream().anyMatch(e -> e.activeOn(today));
        Organization current = history.stream()
                .filter(ms -> ms.kind == MembershipKind.PRIMARY && ms.activeOn(today))
                .map(ms -> ms.organization).findFirst().orElse(null);
        boolean personal = maySeePersonalData(m, history);
        return new MemberApi.View(m.id, m.fullName, m.birthYear, m.gender, m.cardNumber, m.admissionDate,
                m.probationEnd(), m.officialDate, m.username, personal ? m.email : null, personal ? m.csdlId : null,
                personal ? m.sotayId : null, personal ? null : Boolean.TRUE, m.statusOn(today, exemptToday),
                MemberApi.OrgRef.of(current), m.version,
                history.stream().map(MemberApi.MembershipView::of).toList(),
                exempted.stream().map(MemberApi.ExemptionView::of).toList(),
                new ArrayList<>(positions.of(m).stream().map(MemberApi.PositionView::of).toList()));
    }

    /**
     * BR-D5: the member themself, and those who keep the record of a cell the member is in today (else was in last),
     * read the member's personal data.
     */
    private boolean maySeePersonalData(Member member, List<Membership> history) {
        if (member.username != null && member.username.equals(actor.username())) return true;
        LocalDate today = time.today();
        List<Membership> current = history.stream().filter(ms -> ms.activeOn(today)).toList();
        List<Membership> cells = current.isEmpty() && !history.isEmpty() ? List.of(history.get(history.size() - 1)) : current;
        return cells.stream().anyMatch(ms -> access.mayReadPersonalData(ms.organization));
    }
}
