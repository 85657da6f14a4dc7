package vn.chibo.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.chibo.alert.Alert;
import vn.chibo.alert.AlertKind;
import vn.chibo.common.Quarters;
import vn.chibo.common.TimeSource;
import vn.chibo.evaluation.Evaluation;
import vn.chibo.evaluation.Rating;
import vn.chibo.meeting.MeetingFactStore;
import vn.chibo.meeting.MeetingFactsReader;
import vn.chibo.organization.Organization;
import vn.chibo.planning.PlanStatus;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.rating.AnnualLevel;
import vn.chibo.rating.RatingQueryService;
import vn.chibo.rating.SubjectType;
import vn.chibo.resolution.TaskStatus;

/**
 * Gathers what the dashboard of a subtree and period is computed from, with one set-based query per
 * kind of fact over the subtree's path (never one per cell), so its cost does not grow with a query
 * per cell. The figures themselves are worked out by {@link DashboardFigures}.
 */
@ApplicationScoped
public class DashboardFactsLoader {
    private static final List<Evaluation.Status> AWAITING_VERIFICATION = List.of(Evaluation.Status.SUBMITTED,
            Evaluation.Status.RETURNED);

    private static final Logger LOG = Logger.getLogger(DashboardFactsLoader.class);

    private final EntityManager em;
    private final MeetingFactStore store;
    private final PolicyService policies;
    private final TimeSource time;
    private final RatingQueryService ratings;

    public DashboardFactsLoader(EntityManager em, MeetingFactStore store, PolicyService policies, TimeSource time,
                                RatingQueryService ratings) {
        this.em = em;
        this.store = store;
        this.policies = policies;
        this.time = time;
        this.ratings = ratings;
    }

    /**
     * The evaluations of the period's meetings: how many and their self and verified ratings counted, and each
     * cell's latest one's rating (verified, else self).
     */
    public record Evaluations(RatingCounts counts, Map<UUID, Rating> latest) {}

    /** Evaluations of meetings in a span of days: how many, and their self and verified ratings counted. */
    public record RatingCounts(int count, Map<Rating, Integer> self, Map<Rating, Integer> verified) {}

    /** An evaluation waiting for verification now (whatever the period), as the verification list shows it. */
    public record WaitingVerification(UUID cellId, LocalDate meetingDay, Evaluation.Status status) {}

    /**
     * @param organizations every organisation of the subtree, open or closed (cells, committees, names)
     * @param cells         the cells of the subtree open at some time during the period, by path
     * @param meetings      the held meetings of the subtree's cells in the period, summed by cell
     */
    public record Facts(Organization root, DashboardPeriod period, Map<UUID, Organization> organizations,
                        List<Organization> cells, Map<UUID, CellMeetings> meetings, Evaluations evaluations,
                        List<WaitingVerification> waiting, Map<UUID, Integer> overdueTasks,
                        Map<UUID, LocalDate> lastVisit, Map<UUID, Integer> coverageVisits,
                        Map<UUID, PlanStatus> plans, Set<String> schedulesSent,
                        Map<AlertKind, Integer> openAlerts, List<PolicyProfile> policies, AnnualLevels annualLevels) {}

    /** Decided annual ratings of the period's year in the subtree, by level, of organisations and of members. */
    public record AnnualLevels(Map<AnnualLevel, Integer> organizations, Map<AnnualLevel, Integer> members) {}

    /** Everything the overview of the subtree and period is computed from. */
    public Facts load(Organization root, DashboardPeriod period) {
        return load(root, period, true);
    }

    /**
     * What the per-cell grid's rows need ({@link DashboardFigures#rows}), without the overview's own facts (visits of
     * the coverage quarter, plans, schedules sent, open alerts and annual ratings: left empty).
     */
    public Facts loadForRows(Organization root, DashboardPeriod period) {
        return load(root, period, false);
    }

    private Facts load(Organization root, DashboardPeriod period, boolean overview) {
        String path = root.path + "%";
        Map<UUID, Organization> organizations = new HashMap<>();
        List<Organization> cells = new ArrayList<>();
        for (Object[] r : em.createQuery("select o.id, o.name, o.parentId, o.path, o.holdsMeetings, o.validFrom, o.validTo, o.nameFolded"
                + " from Organization o where o.path like :p order by o.path", Object[].class).setParameter("p", path)
                .getResultList()) {
            Organization o = summary(r);
            organizations.put(o.id, o);
            if (o.holdsMeetings && !o.validFrom.isAfter(period.to())
                    && (o.validTo == null || o.validTo.isAfter(period.from()))) {
                cells.add(o);
            }
        }
        Map<UUID, CellMeetings> meetings = meetingsOf(root, period);
        Map<UUID, Rating> latest = new HashMap<>();
        meetings.forEach((cell, held) -> {
            if (held.latestRating() != null) latest.put(cell, held.latestRating());
        });
        Evaluations evaluations = new Evaluations(CellMeetings.ratings(meetings.values()), latest);
        List<WaitingVerification> waiting = new ArrayList<>();
        for (Object[] r : em.createQuery("select m.organization.id, m.scheduledStart, e.status from Evaluation e, Meeting m"
                        + " where e.meetingId = m.id and m.organization.path like :p and e.status in :waiting", Object[].class)
                .setParameter("p", path).setParameter("waiting", AWAITING_VERIFICATION).getResultList()) {
            waiting.add(new WaitingVerification((UUID) r[0], time.dateOf((Instant) r[1]), (Evaluation.Status) r[2]));
        }
        Map<UUID, Integer> overdueTasks = new HashMap<>();
        for (Object[] r : em.createQuery("select t.organizationId, count(t) from Task t, Organization o"
                        + " where o.id = t.organizationId and o.path like :p and t.dueDate < :today and t.status in :open"
                        + " group by t.organizationId", Object[].class)
                .setParameter("p", path).setParameter("today", period.today()).setParameter("open", TaskStatus.OPEN)
                .getResultList()) {
            overdueTasks.put((UUID) r[0], ((Number) r[1]).intValue());
        }
        Map<UUID, LocalDate> lastVisit = new HashMap<>();
        for (Object[] r : em.createQuery("select v.cell.id, max(v.visitedOn) from SupervisionVisit v"
                        + " where v.cell.path like :p and v.visitedOn <= :last group by v.cell.id", Object[].class)
                .setParameter("p", path).setParameter("last", period.lastDay()).getResultList()) {
            lastVisit.put((UUID) r[0], (LocalDate) r[1]);
        }
        if (!overview) {
            return new Facts(root, period, organizations, cells, meetings, evaluations, waiting, overdueTasks, lastVisit,
                    Map.of(), Map.of(), Set.of(), Map.of(), policies.all(), null);
        }
        LocalDate quarter = period.coverageQuarter();
        Map<UUID, Integer> coverageVisits = new HashMap<>();
        for (Object[] r : em.createQuery("select v.cell.id, count(v) from SupervisionVisit v where v.cell.path like :p"
                        + " and v.visitedOn between :from and :to group by v.cell.id", Object[].class)
                .setParameter("p", path).setParameter("from", quarter).setParameter("to", Quarters.end(quarter))
                .getResultList()) {
            coverageVisits.put((UUID) r[0], ((Number) r[1]).intValue());
        }
        Map<UUID, PlanStatus> plans = new HashMap<>();
        for (Object[] r : em.createQuery("select p.organization.id, p.status from TopicalPlan p"
                        + " where p.organization.path like :p and p.year = :y", Object[].class)
                .setParameter("p", path).setParameter("y", period.from().getYear()).getResultList()) {
            plans.put((UUID) r[0], (PlanStatus) r[1]);
        }
        Set<String> schedulesSent = new HashSet<>();
        List<String> months = period.months().stream().map(YearMonth::toString).toList();
        for (Object[] r : em.createQuery("select s.organizationId, s.month from MonthlySchedule s where s.month in :months",
                Object[].class).setParameter("months", months).getResultList()) {
            schedulesSent.add(r[0] + "|" + r[1]);
        }
        Map<AlertKind, Integer> openAlerts = new EnumMap<>(AlertKind.class);
        for (Object[] r : em.createQuery("select a.kind, count(a) from Alert a where a.orgPath like :p and a.state = :open"
                + " group by a.kind", Object[].class).setParameter("p", path).setParameter("open", Alert.State.OPEN)
                .getResultList()) {
            openAlerts.put((AlertKind) r[0], ((Number) r[1]).intValue());
        }
        return new Facts(root, period, organizations, cells, meetings, evaluations, waiting, overdueTasks, lastVisit,
                coverageVisits, plans, schedulesSent, openAlerts, policies.all(),
                annualLevels(root, period));
    }

    /**
     * The columns of an organisation the figures read, as an unmanaged copy that is never persisted: a province
     * has thousands of organisations, and loading them as managed entities cost more than all of their columns.
     */
    private static Organization summary(Object[] r) {
        Organization o = new Organization();
        o.id = (UUID) r[0];
        o.name = (String) r[1];
        o.parentId = (UUID) r[2];
        o.path = (String) r[3];
        o.holdsMeetings = (Boolean) r[4];
        o.validFrom = (LocalDate) r[5];
        o.validTo = (LocalDate) r[6];
        o.nameFolded = (String) r[7];
        return o;
    }

    /**
     * The period's meetings summed by cell from their stored facts, made current first: a meeting whose
     * records, roster or rules changed since its row was written is recomputed by {@link MeetingFactsReader}.
     */
    private Map<UUID, CellMeetings> meetingsOf(Organization root, DashboardPeriod period) {
        refreshMeetingFacts(root.path, period);
        return CellMeetings.of(em, root.path, period);
    }

    /**
     * Makes the stored facts of the subtree's meetings in the period current, so sums read after it never
     * show figures older than the last write.
     */
    void refreshMeetingFacts(String path, DashboardPeriod period) {
        try {
            store.refresh(path, period.from(), period.to());
        } catch (RuntimeException concurrent) {
            // Another read refreshed the same meetings at the same time and won: what it left is current.
            LOG.debugf(concurrent, "Meeting facts of %s refreshed concurrently; refreshing again", path);
            store.refresh(path, period.from(), period.to());
        }
    }

    /** The decided annual ratings of the period's year: what the rating targets are measured on (BR-S5). */
    private AnnualLevels annualLevels(Organization root, DashboardPeriod period) {
        Map<SubjectType, Map<AnnualLevel, Integer>> decided = ratings.decidedLevels(root.path, period.from().getYear());
        return new AnnualLevels(decided.get(SubjectType.ORGANIZATION), decided.get(SubjectType.MEMBER));
    }
}
