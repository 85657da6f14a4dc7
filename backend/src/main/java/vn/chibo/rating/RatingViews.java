package vn.chibo.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.evaluation.Rating;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.resolution.TaskStatus;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** Builds what the rating endpoints answer: rows with the caller's actions, and the full view of one rating. */
@ApplicationScoped
public class RatingViews {
    private final EntityManager em;
    private final AccessPolicy access;
    private final TimeSource time;
    private final RegulationCatalog regulations;
    private final PolicyService policies;
    private final CurrentActor actor;

    public RatingViews(EntityManager em, AccessPolicy access, TimeSource time, RegulationCatalog regulations,
                       PolicyService policies, CurrentActor actor) {
        this.em = em;
        this.actor = actor;
        this.access = access;
        this.time = time;
        this.regulations = regulations;
        this.policies = policies;
    }

    public RatingApi.Row row(AnnualRating r) {
        return row(r, true);
    }

    public RatingApi.Row row(AnnualRating r, boolean withActions) {
        return new RatingApi.Row(r.id, r.cycle.id, r.year, r.regulationCode, r.subjectType, r.subjectId, r.subjectName,
                r.unit.id, r.unitName, r.revision, r.state, r.currentLevel, r.selfPoints, r.selfLevel, r.proposedPoints,
                r.proposedLevel, r.finalLevel, local(r.decidedAt), r.decidedBy, r.version,
                withActions ? actions(r) : List.of());
    }

    /** The steps the caller may take now: by the rating's state and the caller's appointments. */
    public List<RatingApi.Action> actions(AnnualRating r) {
        List<RatingApi.Action> out = new ArrayList<>();
        if (!r.current) return out;
        switch (r.state) {
            case PENDING, SELF_ASSESSED -> {
                if (access.mayChangeMembers(r.unit) || isOwn(r)) out.add(RatingApi.Action.SELF_ASSESS);
                if (r.state == RatingState.SELF_ASSESSED && access.mayChangeStructureAbove(r.unit)) {
                    out.add(RatingApi.Action.PROPOSE);
                }
            }
            case PROPOSED -> {
                if (access.mayChangeStructure(r.cycle.organization)) out.add(RatingApi.Action.DECIDE);
            }
            case DECIDED -> {
                if (access.mayChangeStructure(r.cycle.organization)) out.add(RatingApi.Action.SUPERSEDE);
            }
            case SUPERSEDED -> { }
        }
        return out;
    }

    /** The caller's own rating as a member (their account is the member's): they self-assess it. */
    public boolean isOwn(AnnualRating r) {
        if (r.subjectType != SubjectType.MEMBER || actor.username() == null) return false;
        return !em.createQuery("select m.id from Member m where m.id = :id and m.username = :u", UUID.class)
                .setParameter("id", r.subjectId).setParameter("u", actor.username()).getResultList().isEmpty();
    }

    public RatingApi.View view(AnnualRating r, Locale locale) {
        Regulation regulation = regulations.byCode(r.regulationCode);
        var points = r.proposedPoints != null ? r.proposedPoints : r.selfPoints;
        List<RatingApi.HistoryItem> history = em.createQuery("select h from AnnualRating h where h.subjectType = :t"
                        + " and h.subjectId = :s and h.year = :y order by h.revision", AnnualRating.class)
                .setParameter("t", r.subjectType).setParameter("s", r.subjectId).setParameter("y", r.year).getResultList()
                .stream().map(h -> new RatingApi.HistoryItem(h.id, h.revision, h.state, h.finalLevel, local(h.decidedAt),
                        h.decidedBy, h.supersedeReason)).toList();
        return new RatingApi.View(row(r), new TreeMap<>(r.scores), r.selfNote, r.tasksExceededPercent,
                r.subordinateDisciplined, r.shortcomingsFixed, local(r.selfAt), r.selfBy, r.proposalNote,
                local(r.proposedAt), r.proposedBy, r.decisionNote,
                r.decidedByOrganization == null ? null : r.decidedByOrganization.id, r.supersedesId, r.supersedeReason,
                points == null ? null : RatingRules.band(regulation, points), suggested(r.unit, r.year),
                r.subjectType == SubjectType.MEMBER ? memberAttendance(r.subjectId, r.year) : null,
                warnings(r, regulation, locale), history);
    }

    /** HTXSNV's conditions (BR-S3) and, for members, the grassroots organisation's quota when enabled (BR-S4). */
    List<RatingApi.Warning> warnings(AnnualRating r, Regulation regulation, Locale locale) {
        List<RatingRules.Finding> findings = new ArrayList<>();
        if (r.currentLevel != null) {
            findings.addAll(RatingRules.excellenceConditions(regulation, r.subjectType, r.currentLevel,
                    r.tasksExceededPercent, r.subordinateDisciplined, r.shortcomingsFixed));
        }
        if (r.subjectType == SubjectType.MEMBER && r.currentLevel == AnnualLevel.HTXSNV) {
            Organization grassroots = grassrootsOf(r.unit);
            PolicyProfile policy = policies.inForce(grassroots, lastDay(r.year));
            if (policy.excellentQuotaEnabled) {
                Map<AnnualLevel, Integer> levels = memberLevels(grassroots.path, r.year);
                RatingRules.quota(true, policy.excellentQuotaPercent, levels.getOrDefault(AnnualLevel.HTXSNV, 0),
                        levels.getOrDefault(AnnualLevel.HTTNV, 0)).ifPresent(findings::add);
            }
        }
        return findings.stream().map(f -> new RatingApi.Warning(f.code(), f.rule(),
                Messages.get(locale, f.code(), f.args()))).toList();
    }

    /** The nearest grassroots organisation at or above the cell (its type says so), else the cell itself. */
    Organization grassrootsOf(Organization unit) {
        List<UUID> chain = new ArrayList<>(unit.ancestorIds());
        chain.add(unit.id);
        return em.createQuery("select o from Organization o, OrganizationType t where t.code = o.typeCode"
                        + " and t.grassroots = true and o.id in :chain order by o.depth desc", Organization.class)
                .setParameter("chain", chain).setMaxResults(1).getResultStream().findFirst().orElse(unit);
    }

    /** Current member ratings of the year under a path, by the level of their latest step. */
    private Map<AnnualLevel, Integer> memberLevels(String path, int year) {
        Map<AnnualLevel, Integer> out = new EnumMap<>(AnnualLevel.class);
        for (Object[] row : em.createQuery("select r.currentLevel, count(r) from AnnualRating r where r.orgPath like :p"
                        + " and r.year = :y and r.current = true and r.subjectType = :t and r.currentLevel is not null"
                        + " group by r.currentLevel", Object[].class)
                .setParameter("p", path + "%").setParameter("y", year).setParameter("t", SubjectType.MEMBER).getResultList()) {
            out.put((AnnualLevel) row[0], ((Number) row[1]).intValue());
        }
        return out;
    }

    /** The cell's year as suggested inputs: held regular months and their ratings by level (BR-E8), the tasks due. */
    RatingApi.Suggested suggested(Organization cell, int year) {
        MonthlyFeed.Months months = MonthlyFeed.months(regularMeetings(cell.path, year).getOrDefault(cell.id, List.of()));
        LocalDate from = LocalDate.of(year, 1, 1);
        int tasks = 0;
        int completed = 0;
        int exceeded = 0;
        for (Object[] t : em.createQuery("select t.status, count(t) from Task t where t.organizationId = :cell"
                        + " and t.dueDate between :from and :to group by t.status", Object[].class)
                .setParameter("cell", cell.id).setParameter("from", from).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList()) {
            TaskStatus status = (TaskStatus) t[0];
            int n = ((Number) t[1]).intValue();
            tasks += n;
            if (status.isCompleted()) completed += n;
            if (status == TaskStatus.DONE_BEYOND) exceeded += n;
        }
        return new RatingApi.Suggested(cell.id, months.held(), months.byRating(), months.notEvaluated(), tasks,
                completed, exceeded, tasks == 0 ? null : MeetingFacts.percent(exceeded, tasks));
    }

    /**
     * BR-E8: the held regular (or combined) meetings of the cells under a path in the year up to its last day, with
     * their evaluations' ratings, by cell: one query whatever the size of the subtree.
     */
    Map<UUID, List<MonthlyFeed.RegularMeeting>> regularMeetings(String path, int year) {
        Map<UUID, List<MonthlyFeed.RegularMeeting>> out = new HashMap<>();
        LocalDate to = lastDay(year);
        if (to.isBefore(LocalDate.of(year, 1, 1))) return out;
        for (Object[] r : em.createQuery("select m.organization.id, m.scheduledStart, e.selfRating, e.verifiedRating"
                        + " from Meeting m left join Evaluation e on e.meetingId = m.id where m.organization.path like :p"
                        + " and m.status in :held and m.type in :regular and m.scheduledStart >= :from"
                        + " and m.scheduledStart < :to", Object[].class)
                .setParameter("p", path + "%").setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.APPROVED))
                .setParameter("regular", List.of(MeetingType.REGULAR, MeetingType.COMBINED))
                .setParameter("from", startOf(LocalDate.of(year, 1, 1))).setParameter("to", startOf(to.plusDays(1)))
                .getResultList()) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new MonthlyFeed.RegularMeeting(
                    time.dateOf((Instant) r[1]), (Rating) r[2], (Rating) r[3]));
        }
        return out;
    }

    /** BR-E8: a member's attendance at the held cell meetings of the year (any cell they belonged to). */
    RatingApi.MemberAttendance memberAttendance(UUID memberId, int year) {
        List<AttendanceStatus> statuses = em.createQuery("select a.status from Attendance a, Meeting m"
                        + " where a.meetingId = m.id and a.memberId = :member and m.status in :held and m.type <> :committee"
                        + " and m.scheduledStart >= :from and m.scheduledStart < :to", AttendanceStatus.class)
                .setParameter("member", memberId).setParameter("held", List.of(MeetingStatus.HELD, MeetingStatus.APPROVED))
                .setParameter("committee", MeetingType.COMMITTEE).setParameter("from", startOf(LocalDate.of(year, 1, 1)))
                .setParameter("to", startOf(LocalDate.of(year + 1, 1, 1))).getResultList();
        MonthlyFeed.Attendance a = MonthlyFeed.attendance(statuses);
        return new RatingApi.MemberAttendance(memberId, a.recorded(), a.attended(), a.absentExcused(),
                a.absentUnexcused(), a.attendedPercent());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }

    /** The year's last day, or today while the year runs. */
    LocalDate lastDay(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(time.today()) ? time.today() : end;
    }

    private java.time.OffsetDateTime local(Instant instant) {
        return instant == null ? null : time.local(instant);
    }
}
