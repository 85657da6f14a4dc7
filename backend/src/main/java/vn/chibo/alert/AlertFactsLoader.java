package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import vn.chibo.evaluation.VerificationDeadline;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.planning.PlanStatus;
import vn.chibo.meeting.rules.PublicationDeadline;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.resolution.TaskStatus;
import vn.chibo.supervision.CellSupervisors;
import vn.chibo.common.Quarters;

/**
 * Gathers, in a fixed handful of set-based queries whatever the size of the subtree, the facts the alert
 * rules need about every cell and committee under a path.
 */
@ApplicationScoped
public class AlertFactsLoader {
    private final EntityManager em;
    private final TimeSource time;
    private final CellSupervisors supervisors;

    public AlertFactsLoader(EntityManager em, TimeSource time, CellSupervisors supervisors) {
        this.supervisors = supervisors;
        this.em = em;
        this.time = time;
    }

    public record Facts(Map<UUID, AlertRules.CellFacts> cells, Map<UUID, AlertRules.CommitteeFacts> committees) {}

    /**
     * @param orgs the open organisations of the subtree
     * @param policyOf the policy in force for each of them today (verification deadlines differ by policy)
     */
    public Facts load(String path, List<Organization> orgs, Map<UUID, PolicyProfile> policyOf, LocalDate today) {
        LocalDate previousQuarter = Quarters.start(today).minusMonths(3);
        LocalDate windowStart = previousQuarter.isBefore(today.withDayOfMonth(1).minusMonths(1))
                ? previousQuarter : today.withDayOfMonth(1).minusMonths(1);
        LocalDate windowEnd = Quarters.end(Quarters.start(today));
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
            if (p != null && VerificationDeadline.overdue(true, VerificationDeadline.due(time.dateOf((Instant) r[1]), p), today)) {
                verifications.merge(org, 1, Integer::sum);
            }
        }
        Map<UUID, Integer> tasks = new HashMap<>();
        for (Object[] r : em.createQuery("select t.organizationId, count(t) from Task t, Organization o where o.id = t.organizationId"
                        + " and o.path like :p and t.dueDate < :today and t.status in :open group by t.organizationId", Object[].class)
                .setParameter("p", path + "%").setParameter("today", today)
                .setParameter("open", TaskStatus.OPEN).getResultList()) {
            tasks.put((UUID) r[0], ((Number) r[1]).intValue());
        }
        Map<UUID, Integer> unpublished = unpublished(path, policyOf, startOf(windowStart), today);
        Map<UUID, Map<String, Integer>> visits = new HashMap<>();
        for (Object[] r : em.createQuery("select v.cell.id, v.visitedOn from SupervisionVisit v where v.cell.path like :p"
                        + " and v.visitedOn >= :from", Object[].class)
                .setParameter("p", path + "%").setParameter("from", previousQuarter).getResultList()) {
            visits.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .merge(Periods.quarterKey(Quarters.start((LocalDate) r[1])), 1, Integer::sum);
        }
        Set<UUID> supervised = supervisors.supervisedCells(path, today);
        Map<UUID, AlertRules.CellFacts> cells = new HashMap<>();
        for (Organization o : orgs) {
            if (!o.holdsMeetings) continue;
            cells.put(o.id, new AlertRules.CellFacts(o.id, o.validFrom, meetings.getOrDefault(o.id, List.of()),
                    forumsLastYear.getOrDefault(o.id, 0), plans.get(o.id), verifications.getOrDefault(o.id, 0),
                    tasks.getOrDefault(o.id, 0), visits.getOrDefault(o.id, Map.of()), supervised.contains(o.id),
                    unpublished.getOrDefault(o.id, 0)));
        }
        return new Facts(cells, committees(path, orgs, today));
    }

    /**
     * BR-R5: held cell meetings since the window's start whose final documents are not published although the
     * policy's deadline has passed (PublicationDeadline decides), counted per cell.
     */
    private Map<UUID, Integer> unpublished(String path, Map<UUID, PolicyProfile> policyOf, Instant from, LocalDate today) {
        Map<UUID, Integer> out = new HashMap<>();
        for (Object[] r : em.createQuery("select m.organization.id, m.scheduledStart from Meeting m"
                        + " where m.organization.path like :p and m.status in :held and m.type <> :committee"
                        + " and m.recordsPublishedAt is null and m.scheduledStart >= :from", Object[].class)
                .setParameter("p", path + "%").setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.APPROVED))
                .setParameter("committee", MeetingType.COMMITTEE).setParameter("from", from).getResultList()) {
            UUID org = (UUID) r[0];
            PolicyProfile p = policyOf.get(org);
            if (p != null && PublicationDeadline.check(time.dateOf((Instant) r[1]), p.postPublishDeadlineDays, null, today)
                    .isPresent()) {
                out.merge(org, 1, Integer::sum);
            }
        }
        return out;
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
        Map<UUID, Integer> withoutLessons = new HashMap<>();
        Map<UUID, Integer> programmeQuarter = new HashMap<>();
        for (Object[] r : em.createQuery("select p.committee.id, p.quarter, s.lessonsSharedAt from ModelProgramme p,"
                        + " ModelSelection s, Meeting m where s.programmeId = p.id and m.id = s.meetingId and p.year = :y"
                        + " and p.committee.path like :p and m.status in :held", Object[].class)
                .setParameter("y", today.getYear()).setParameter("p", path + "%")
                .setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.APPROVED)).getResultList()) {
            UUID committee = (UUID) r[0];
            modelHeld.merge(committee, 1, Integer::sum);
            programmeQuarter.put(committee, (Integer) r[1]);
            if (r[2] == null) withoutLessons.merge(committee, 1, Integer::sum);
        }
        Map<UUID, AlertRules.CommitteeFacts> out = new HashMap<>();
        for (Organization o : orgs) {
            if (o.holdsMeetings || !withChildCells.contains(o.id)) continue;
            out.put(o.id, new AlertRules.CommitteeFacts(o.id, sent.contains(o.id), cellsBelow.getOrDefault(o.id, 0),
                    modelHeld.getOrDefault(o.id, 0), withoutLessons.getOrDefault(o.id, 0), programmeQuarter.get(o.id)));
        }
        return out;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }
}
