package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.evaluation.Evaluation;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.planning.PlanStatus;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.resolution.TaskStatus;

/**
 * Gathers, in a fixed handful of set-based queries whatever the size of the subtree, the facts the alert
 * rules need about every cell and committee under a path.
 */
@ApplicationScoped
public class AlertFactsLoader {
    private final EntityManager em;
    private final TimeSource time;

    public AlertFactsLoader(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    public record Facts(Map<UUID, AlertRules.CellFacts> cells, Map<UUID, AlertRules.CommitteeFacts> committees) {}

    /**
     * @param orgs the open organisations of the subtree
     * @param policyOf the policy in force for each of them today (verification deadlines differ by policy)
     */
    public Facts load(String path, List<Organization> orgs, Map<UUID, PolicyProfile> policyOf, LocalDate today) {
        LocalDate previousQuarter = Periods.quarterStart(today).minusMonths(3);
        LocalDate windowStart = previousQuarter.isBefore(today.withDayOfMonth(1).minusMonths(1))
                ? previousQuarter : today.withDayOfMonth(1).minusMonths(1);
        LocalDate windowEnd = Periods.quarterEnd(Periods.quarterStart(today));
        Map<UUID, List<AlertRules.MeetingFact>> meetings = new HashMap<>();
        Map<UUID, Integer> forumsLastYear = new HashMap<>();
        for (Object[] r : em.createQuery("select m.organization.id, m.type, m.status, m.scheduledStart from Meeting m"
                        + " where m.organization.path like :p and ((m.type <> :forum and m.scheduledStart >= :from"
                        + " and m.scheduledStart < :to) or (m.type = :forum and m.scheduledStart >= :lastYear and m.scheduledStart < :to))",
                        Object[].class)
                .setParameter("p", path + "%").setParameter("forum", MeetingType.FORUM)
                .setParameter("from", startOf(windowStart)).setParameter("to", startOf(windowEnd.plusDays(1)))
                .setParameter("lastYear", startOf(LocalDate.of(today.getYear() - 1, 1, 1))).getResultList()) {
            UUID org = (UUID) r[0];
            var fact = new AlertRules.MeetingFact((MeetingType) r[1], (MeetingStatus) r[2], time.dateOf((Instant) r[3]));
            if (fact.type() == MeetingType.FORUM && fact.day().getYear() == today.getYear() - 1) {
                if (fact.held()) forumsLastYear.merge(org, 1, Integer::sum);
            } else {
                meetings.computeIfAbsent(org, k -> new ArrayList<>()).add(fact);
            }
        }
        Map<UUID, PlanStatus> plans = new HashMap<>();
        for (Object[] r : em.createQuery("select p.organization.id, p.status from TopicalPlan p"
                        + " where p.organization.path like :p and p.year = :y", Object[].class)
                .setParameter("p", path + "%").setParameter("y", today.getYear()).getResultList()) {
            plans.put((UUID) r[0], (PlanStatus) r[1]);
        }
        Map<UUID, Integer> verifications = new HashMap<>();
        for (Object[] r : em.createQuery("select m.organization.id, coalesce(m.actualStart, m.scheduledStart) from Evaluation e,"
                        + " Meeting m where e.meetingId = m.id and m.organization.path like :p and e.status = :s", Object[].class)
                .setParameter("p", path + "%").setParameter("s", Evaluation.Status.SUBMITTED).getResultList()) {
            UUID org = (UUID) r[0];
            PolicyProfile p = policyOf.get(org);
            if (p != null && today.isAfter(time.dateOf((Instant) r[1]).plusDays(p.verificationDueDays))) {
                verifications.merge(org, 1, Integer::sum);
            }
        }
        Map<UUID, Integer> tasks = new HashMap<>();
        for (Object[] r : em.createQuery("select t.organizationId, count(t) from Task t, Organization o where o.id = t.organizationId"
                        + " and o.path like :p and t.dueDate < :today and t.status in :open group by t.organizationId", Object[].class)
                .setParameter("p", path + "%").setParameter("today", today)
                .setParameter("open", List.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.LATE)).getResultList()) {
            tasks.put((UUID) r[0], ((Number) r[1]).intValue());
        }
        Map<UUID, Map<String, Integer>> visits = new HashMap<>();
        for (Object row : em.createNativeQuery("select v.cell_org_id, v.visited_on from supervision_visit v join organization o"
                        + " on o.id = v.cell_org_id where o.path like ?1 and v.visited_on >= ?2")
                .setParameter(1, path + "%").setParameter(2, previousQuarter).getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate day = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
            visits.computeIfAbsent(uuid(r[0]), k -> new HashMap<>())
                    .merge(Periods.quarterKey(Periods.quarterStart(day)), 1, Integer::sum);
        }
        Map<UUID, AlertRules.CellFacts> cells = new HashMap<>();
        for (Organization o : orgs) {
            if (!o.holdsMeetings) continue;
            cells.put(o.id, new AlertRules.CellFacts(o.id, o.validFrom, meetings.getOrDefault(o.id, List.of()),
                    forumsLastYear.getOrDefault(o.id, 0), plans.get(o.id), verifications.getOrDefault(o.id, 0),
                    tasks.getOrDefault(o.id, 0), visits.getOrDefault(o.id, Map.of())));
        }
        return new Facts(cells, committees(path, orgs, today));
    }

    /** Committees with cells directly below them: they send monthly schedules and hold model meetings. */
    private Map<UUID, AlertRules.CommitteeFacts> committees(String path, List<Organization> orgs, LocalDate today) {
        Set<UUID> withChildCells = new HashSet<>();
        Map<UUID, Integer> cellsBelow = new HashMap<>();
        for (Organization o : orgs) {
            if (!o.holdsMeetings) continue;
            if (o.parentId != null) withChildCells.add(o.parentId);
            for (UUID ancestor : o.ancestorIds()) cellsBelow.merge(ancestor, 1, Integer::sum);
        }
        Set<UUID> sent = new HashSet<>(em.createQuery("select s.organizationId from MonthlySchedule s where s.month = :m", UUID.class)
                .setParameter("m", YearMonth.from(today).toString()).getResultList());
        Map<UUID, Integer> modelHeld = new HashMap<>();
        for (Object row : em.createNativeQuery("select p.committee_org_id, m.status from model_programme p"
                        + " join model_selection s on s.programme_id = p.id join meeting m on m.id = s.meeting_id"
                        + " join organization o on o.id = p.committee_org_id where p.plan_year = ?1 and o.path like ?2")
                .setParameter(1, today.getYear()).setParameter(2, path + "%").getResultList()) {
            Object[] r = (Object[]) row;
            String status = String.valueOf(r[1]);
            if (MeetingStatus.HELD.name().equals(status) || MeetingStatus.APPROVED.name().equals(status)) {
                modelHeld.merge(uuid(r[0]), 1, Integer::sum);
            }
        }
        Map<UUID, AlertRules.CommitteeFacts> out = new HashMap<>();
        for (Organization o : orgs) {
            if (o.holdsMeetings || !withChildCells.contains(o.id)) continue;
            out.put(o.id, new AlertRules.CommitteeFacts(o.id, sent.contains(o.id), cellsBelow.getOrDefault(o.id, 0),
                    modelHeld.getOrDefault(o.id, 0)));
        }
        return out;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(String.valueOf(value));
    }
}
