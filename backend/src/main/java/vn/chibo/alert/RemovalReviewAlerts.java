package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.member.DuesStatus;
import vn.chibo.member.RemovalReviewRule;
import vn.chibo.member.RemovalReviewRule.Cause;
import vn.chibo.member.RemovalReviewRule.Lapse;
import vn.chibo.organization.Organization;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;

/**
 * BR-H6 for the daily alert job: gathers, in two set-based queries for the subtree, every absence from a cell
 * meeting and every unpaid or exempted month of dues since the start of last year, and lets
 * {@link RemovalReviewRule} decide. One alert per cell and year names the members and their months; the cell's
 * secretary sees it with the cell's alerts. Facts count in the cell where they were recorded.
 */
@ApplicationScoped
public class RemovalReviewAlerts implements AlertContributor {
    private static final int DETAIL_MAX = 2000;

    private final EntityManager em;
    private final TimeSource time;
    private final PolicyService policies;

    public RemovalReviewAlerts(EntityManager em, TimeSource time, PolicyService policies) {
        this.em = em;
        this.time = time;
        this.policies = policies;
    }

    @Override
    public Map<UUID, List<AlertRules.Check>> checks(String path, List<Organization> orgs, LocalDate today) {
        Map<UUID, List<Lapse>> lapses = lapses(path, LocalDate.of(today.getYear() - 1, 1, 1));
        List<PolicyProfile> all = policies.all();
        Map<UUID, List<AlertRules.Check>> out = new HashMap<>();
        for (Organization o : orgs) {
            if (!o.holdsMeetings) continue;
            PolicyProfile policy = PolicyChain.pick(all, o, today);
            List<Lapse> mine = lapses.getOrDefault(o.id, List.of());
            List<AlertRules.Check> checks = new ArrayList<>();
            for (int year : new int[] {today.getYear(), today.getYear() - 1}) {
                List<RemovalReviewRule.Flag> flags = RemovalReviewRule.flag(mine, year, policy.removalReviewMonths);
                String detail = RemovalReviewRule.describe(flags);
                checks.add(new AlertRules.Check(AlertKind.MEMBER_REMOVAL_REVIEW, String.valueOf(year), !flags.isEmpty(),
                        Severity.WARNING, detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX - 1) + "…" : detail));
            }
            out.put(o.id, checks);
        }
        return out;
    }

    private Map<UUID, List<Lapse>> lapses(String path, LocalDate from) {
        Map<UUID, List<Lapse>> out = new HashMap<>();
        for (Object[] r : em.createQuery("select m.organization.id, a.memberId, mb.fullName, a.status,"
                        + " m.scheduledStart from Attendance a, Meeting m, Member mb"
                        + " where a.meetingId = m.id and mb.id = a.memberId and m.organization.path like :p"
                        + " and a.status in :absent and m.status <> :cancelled and m.type <> :committee"
                        + " and m.scheduledStart >= :from", Object[].class)
                .setParameter("p", path + "%")
                .setParameter("absent", List.of(AttendanceStatus.ABSENT_UNEXCUSED, AttendanceStatus.ABSENT_EXCUSED))
                .setParameter("cancelled", MeetingStatus.CANCELLED).setParameter("committee", MeetingType.COMMITTEE)
                .setParameter("from", from.atStartOfDay(time.zone()).toInstant()).getResultList()) {
            Cause cause = r[3] == AttendanceStatus.ABSENT_UNEXCUSED ? Cause.ABSENT_UNEXCUSED : Cause.ABSENT_EXCUSED;
            YearMonth month = YearMonth.from(time.dateOf((Instant) r[4]));
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Lapse((UUID) r[1], (String) r[2], month, cause));
        }
        for (Object[] r : em.createQuery("select d.organization.id, e.memberId, mb.fullName, e.status, d.period"
                        + " from DuesEntry e, DuesMonth d, Member mb where e.duesMonthId = d.id and mb.id = e.memberId"
                        + " and d.organization.path like :p and e.status in :unpaid and d.period >= :from", Object[].class)
                .setParameter("p", path + "%").setParameter("unpaid", List.of(DuesStatus.UNPAID, DuesStatus.EXEMPT))
                .setParameter("from", YearMonth.from(from).toString()).getResultList()) {
            Cause cause = r[3] == DuesStatus.UNPAID ? Cause.DUES_UNPAID : Cause.DUES_EXEMPT;
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new Lapse((UUID) r[1], (String) r[2], YearMonth.parse((String) r[4]), cause));
        }
        return out;
    }
}
