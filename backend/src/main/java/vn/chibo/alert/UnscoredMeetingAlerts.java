package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.common.TimeSource;
import vn.chibo.evaluation.SelfScoreDeadline;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;

/**
 * BR-E1 for the daily alert job: one query for the held regular and topical meetings of the subtree, since the start
 * of last year (the years the annual rating reads), that have no self-score yet; {@link SelfScoreDeadline} decides,
 * with the policy in force on each meeting's day, which are past their grace. One standing warning per cell counts
 * them; it reaches the cell's secretary as the cell's alerts do, and clears once every one is scored.
 */
@ApplicationScoped
public class UnscoredMeetingAlerts implements AlertContributor {
    private final EntityManager em;
    private final TimeSource time;
    private final PolicyService policies;

    public UnscoredMeetingAlerts(EntityManager em, TimeSource time, PolicyService policies) {
        this.em = em;
        this.time = time;
        this.policies = policies;
    }

    @Override
    public Map<UUID, List<AlertRules.Check>> checks(String path, List<Organization> orgs, LocalDate today) {
        Map<UUID, Organization> cells = orgs.stream().filter(o -> o.holdsMeetings)
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<PolicyProfile> all = policies.all();
        Map<UUID, Integer> unscored = new HashMap<>();
        for (Object[] r : em.createQuery("select m.organization.id, m.type, m.scheduledStart from Meeting m"
                        + " where m.organization.path like :p and m.status in :held and m.type in :scored"
                        + " and m.scheduledStart >= :from and m.scheduledStart < :to"
                        + " and not exists (select e.id from Evaluation e where e.meetingId = m.id)", Object[].class)
                .setParameter("p", path + "%").setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.APPROVED))
                .setParameter("scored", List.of(MeetingType.values()).stream().filter(SelfScoreDeadline::applies).toList())
                .setParameter("from", startOf(LocalDate.of(today.getYear() - 1, 1, 1)))
                .setParameter("to", startOf(today.plusDays(1))).getResultList()) {
            Organization cell = cells.get((UUID) r[0]);
            if (cell == null) continue;
            LocalDate day = time.dateOf((Instant) r[2]);
            int dueDays = PolicyChain.pick(all, cell, day).selfScoreDueDays;
            if (SelfScoreDeadline.overdue((MeetingType) r[1], true, false, day, dueDays, today)) {
                unscored.merge(cell.id, 1, Integer::sum);
            }
        }
        Map<UUID, List<AlertRules.Check>> out = new HashMap<>();
        for (Organization cell : cells.values()) {
            int n = unscored.getOrDefault(cell.id, 0);
            out.put(cell.id, List.of(new AlertRules.Check(AlertKind.MEETING_NOT_SCORED, "-", n > 0, Severity.WARNING,
                    String.valueOf(n))));
        }
        return out;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }
}
