package vn.chibo.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.member.MembershipKind;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.resolution.TaskStatus;

/**
 * Computes {@link MeetingFacts} for a set of meetings with a fixed number of set-based queries,
 * whatever the number of meetings: one per kind of record (attendance, speeches, documents...),
 * each restricted by the same selection of meetings. The roster of expected members (BR-H2) is
 * worked out in memory from the memberships and exemptions of the cells concerned, by the same rule
 * as {@link MeetingRoster}.
 *
 * <p>Minutes and resolutions are read by entity name only, so the meeting feature keeps no compile-time
 * dependency on the records feature (which depends on it).
 */
@ApplicationScoped
public class MeetingFactsReader {

    private final EntityManager em;
    private final PolicyService policies;
    private final MeetingRules rules;
    private final ExcusedStreaks streaks;
    private final TimeSource time;

    public MeetingFactsReader(EntityManager em, PolicyService policies, MeetingRules rules, ExcusedStreaks streaks,
                              TimeSource time) {
        this.em = em;
        this.policies = policies;
        this.rules = rules;
        this.streaks = streaks;
        this.time = time;
    }

    /** Facts of one meeting, with the history a score sheet needs. */
    public MeetingFacts of(Meeting m) {
        MeetingFacts facts = read(Selection.ids(List.of(m.id))).get(0);
        Map<UUID, Integer> runs = streaks.upTo(m, expectedMembers(m));
        int longest = runs.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Double completion = m.type.isRegular() ? rules.previousCompletionRate(m) : null;
        return withHistory(facts, new MeetingFacts.History(longest, completion));
    }

    /** Facts of the meetings scheduled from one day to another (inclusive) in a subtree, without history. */
    public List<MeetingFacts> inSubtree(String path, LocalDate from, LocalDate to) {
        return read(Selection.subtree(path, startOf(from), startOf(to.plusDays(1))));
    }

    /** Facts of the given meetings, without history. */
    public List<MeetingFacts> of(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) return List.of();
        return read(Selection.ids(meetingIds));
    }

    /**
     * Facts of the given meetings with their history, as {@link #of(Meeting)} gives for each one, in a
     * fixed number of queries: the cells' earlier meetings of the year, their attendance and the tasks
     * of their regular meetings are read once for all. For loading many meetings (the demo's year).
     */
    public List<MeetingFacts> withHistory(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) return List.of();
        Map<UUID, List<UUID>> expected = new HashMap<>();
        List<MeetingFacts> base = read(Selection.ids(meetingIds), expected);
        Set<UUID> cells = new HashSet<>();
        base.forEach(f -> cells.add(f.organizationId()));

        // Every meeting of these cells, oldest first: the streaks and the previous regular meeting come from them.
        Map<UUID, List<Object[]>> byCell = new HashMap<>();
        Map<UUID, Object[]> byId = new HashMap<>();
        for (Object[] r : em.createQuery("select m.id, m.organization.id, m.scheduledStart, m.type, m.status from Meeting m"
                + " where m.organization.id in :cells order by m.scheduledStart, m.id", Object[].class)
                .setParameter("cells", cells).getResultList()) {
            byCell.computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add(r);
            byId.put((UUID) r[0], r);
        }
        LocalDate firstDay = base.stream().map(MeetingFacts::day).min(LocalDate::compareTo).orElseThrow();
        Instant from = startOf(firstDay.withDayOfYear(1));
        Map<UUID, Map<UUID, AttendanceStatus>> attendance = new HashMap<>();
        for (Object[] r : em.createQuery("select a.meetingId, a.memberId, a.status from Attendance a, Meeting m"
                + " where a.meetingId = m.id and m.organization.id in :cells and m.scheduledStart >= :from", Object[].class)
                .setParameter("cells", cells).setParameter("from", from).getResultList()) {
            attendance.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((UUID) r[1], (AttendanceStatus) r[2]);
        }
        Map<UUID, int[]> tasks = new HashMap<>();
        for (Object[] r : em.createQuery("select t.meetingId, t.status from Task t, Meeting m"
                + " where t.meetingId = m.id and m.organization.id in :cells", Object[].class)
                .setParameter("cells", cells).getResultList()) {
            int[] counts = tasks.computeIfAbsent((UUID) r[0], k -> new int[2]);
            counts[0]++;
            if (((TaskStatus) r[1]).isCompleted()) counts[1]++;
        }

        List<MeetingFacts> out = new ArrayList<>(base.size());
        for (MeetingFacts f : base) {
            Instant start = (Instant) byId.get(f.meetingId())[2];
            List<Object[]> cellMeetings = byCell.get(f.organizationId());
            // BR-H5, as ExcusedStreaks counts it: held cell meetings of the year up to this one, and this one.
            Instant yearStart = startOf(f.day().withDayOfYear(1));
            List<Map<UUID, AttendanceStatus>> year = new ArrayList<>();
            for (Object[] r : cellMeetings) {
                Instant at = (Instant) r[2];
                if (at.isBefore(yearStart) || at.isAfter(start) || r[3] == MeetingType.COMMITTEE) continue;
                if (!isHeld((MeetingStatus) r[4]) && !r[0].equals(f.meetingId())) continue;
                year.add(attendance.getOrDefault((UUID) r[0], Map.of()));
            }
            int longest = 0;
            for (UUID member : expected.getOrDefault(f.meetingId(), List.of())) {
                int streak = 0;
                for (Map<UUID, AttendanceStatus> statuses : year) {
                    AttendanceStatus s = statuses.get(member);
                    if (s == null) continue;
                    streak = s == AttendanceStatus.ABSENT_EXCUSED ? streak + 1 : 0;
                }
                longest = Math.max(longest, streak);
            }
            // BR-E7, as MeetingRules.previousCompletionRate reads it: the last held regular meeting before this one.
            Double completion = null;
            if (f.type().isRegular()) {
                Object[] previous = null;
                for (Object[] r : cellMeetings) {
                    if (!((Instant) r[2]).isBefore(start)) break;
                    if (((MeetingType) r[3]).isRegular() && isHeld((MeetingStatus) r[4])) previous = r;
                }
                int[] counts = previous == null ? null : tasks.get((UUID) previous[0]);
                if (counts != null && counts[0] > 0) completion = MeetingViews.percent(counts[1], counts[0]);
            }
            out.add(withHistory(f, new MeetingFacts.History(longest, completion)));
        }
        return out;
    }

    private static boolean isHeld(MeetingStatus status) {
        return status == MeetingStatus.HELD || status == MeetingStatus.APPROVED;
    }

    /** Which meetings to read: a where-clause on the alias {@code m} of Meeting and its parameters. */
    private record Selection(String where, Map<String, Object> params) {
        static Selection ids(Collection<UUID> ids) {
            return new Selection("m.id in :ids", Map.of("ids", ids));
        }

        boolean byIds() {
            return params.containsKey("ids");
        }

        static Selection subtree(String path, Instant from, Instant to) {
            return new Selection("m.organization.path like :path and m.scheduledStart >= :from and m.scheduledStart < :to",
                    Map.of("path", path + "%", "from", from, "to", to));
        }
    }

    /** A meeting row before its facts are complete. */
    private record Row(UUID id, UUID organizationId, String path, MeetingType type, MeetingStatus status,
                       Instant scheduledStart, Instant actualStart, Instant actualEnd, boolean chairAndMinuteTaker,
                       boolean notified, UUID pinnedPolicy) {}

    private record Period(UUID memberId, MembershipKind kind, LocalDate from, LocalDate to) {
        boolean activeOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    private List<MeetingFacts> read(Selection sel) {
        return read(sel, null);
    }

    /** Reads the facts; when {@code expectedOut} is given, also fills it with each meeting's expected members. */
    private List<MeetingFacts> read(Selection sel, Map<UUID, List<UUID>> expectedOut) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : query("select m.id, m.organization.id, m.organization.path, m.type, m.status, m.scheduledStart,"
                + " m.actualStart, m.actualEnd, m.chair.id, m.minuteTaker.id, m.notifiedAt, m.policyProfileId from Meeting m where "
                + sel.where() + " order by m.scheduledStart, m.id", sel).getResultList()) {
            rows.add(new Row((UUID) r[0], (UUID) r[1], (String) r[2], (MeetingType) r[3], (MeetingStatus) r[4],
                    (Instant) r[5], (Instant) r[6], (Instant) r[7], r[8] != null && r[9] != null, r[10] != null, (UUID) r[11]));
        }
        if (rows.isEmpty()) return List.of();
        LocalDate first = rows.stream().map(r -> time.dateOf(r.scheduledStart())).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(r -> time.dateOf(r.scheduledStart())).max(LocalDate::compareTo).orElseThrow();

        Map<UUID, Map<UUID, AttendanceStatus>> attendance = new HashMap<>();
        for (Object[] r : query("select a.meetingId, a.memberId, a.status from Attendance a, Meeting m"
                + " where a.meetingId = m.id and " + sel.where(), sel).getResultList()) {
            attendance.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((UUID) r[1], (AttendanceStatus) r[2]);
        }
        Map<UUID, Set<UUID>> speakers = new HashMap<>();
        for (Object[] r : query("select distinct s.meetingId, s.memberId from Speech s, Meeting m"
                + " where s.meetingId = m.id and s.memberId is not null and " + sel.where(), sel).getResultList()) {
            speakers.computeIfAbsent((UUID) r[0], k -> new HashSet<>()).add((UUID) r[1]);
        }
        Map<UUID, Integer> votes = counts("select v.meetingId, count(v) from Vote v, Meeting m"
                + " where v.meetingId = m.id and " + sel.where() + " group by v.meetingId", sel);
        Map<UUID, List<Instant>> documents = new HashMap<>();
        for (Object[] r : query("select d.meetingId, d.publishedAt from MeetingDocument d, Meeting m"
                + " where d.meetingId = m.id and " + sel.where(), sel).getResultList()) {
            documents.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((Instant) r[1]);
        }
        Set<UUID> prepared = new HashSet<>();
        for (Object[] r : query("select p.prepares.id, p.id from Meeting p, Meeting m where p.prepares.id = m.id and "
                + sel.where(), sel).getResultList()) {
            prepared.add((UUID) r[0]);
        }
        Map<UUID, Object[]> minutes = new HashMap<>();
        for (Object[] r : query("select mi.meetingId, case when mi.freeText is not null and mi.conclusions is not null"
                + " then 1 else 0 end, mi.approvedAt from Minutes mi, Meeting m where mi.meetingId = m.id and "
                + sel.where(), sel).getResultList()) {
            minutes.put((UUID) r[0], r);
        }
        Set<UUID> resolutions = new HashSet<>();
        for (Object[] r : query("select r.meetingId, r.kind from Resolution r, Meeting m where r.meetingId = m.id and "
                + sel.where(), sel).getResultList()) {
            resolutions.add((UUID) r[0]);
        }
        Map<UUID, int[]> tasks = new HashMap<>();
        TypedQuery<Object[]> taskQuery = query("select t.meetingId, count(t), sum(case when t.status in :done then 1 else 0 end)"
                + " from Task t, Meeting m where t.meetingId = m.id and " + sel.where() + " group by t.meetingId", sel);
        for (Object[] r : taskQuery.setParameter("done", TaskStatus.COMPLETED).getResultList()) {
            tasks.put((UUID) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
        }

        Roster roster = roster(sel, first, last);
        Collection<PolicyProfile> allPolicies = policies.all();
        List<MeetingFacts> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            LocalDate day = time.dateOf(row.scheduledStart());
            PolicyProfile policy = MeetingPolicies.of(allPolicies, row.pinnedPolicy(), row.path(), day); // BR-D2
            Instant deadline = row.scheduledStart().minus(Duration.ofDays(policy.documentLeadDays));
            List<Instant> published = documents.getOrDefault(row.id(), List.of());
            int late = (int) published.stream().filter(at -> at.isAfter(deadline)).count();
            Object[] mi = minutes.get(row.id());
            MeetingFacts.MinutesState minutesState = mi == null ? MeetingFacts.MinutesState.MISSING
                    : mi[2] != null ? MeetingFacts.MinutesState.APPROVED : MeetingFacts.MinutesState.DRAFT;
            int[] taskCounts = tasks.getOrDefault(row.id(), new int[2]);
            Integer duration = row.actualStart() == null || row.actualEnd() == null ? null
                    : (int) Duration.between(row.actualStart(), row.actualEnd()).toMinutes();

            Attendees people = row.type().isCellMeeting() ? roster.on(row.organizationId(), day) : Attendees.NONE;
            if (expectedOut != null) expectedOut.put(row.id(), people.expected());
            Map<UUID, AttendanceStatus> recorded = attendance.getOrDefault(row.id(), Map.of());
            int present = 0;
            int excused = 0;
            int unexcused = 0;
            int notRecorded = 0;
            Set<UUID> presentIds = new HashSet<>();
            for (UUID member : people.expected()) {
                AttendanceStatus s = recorded.getOrDefault(member, AttendanceStatus.NOT_RECORDED);
                if (s.countsAsPresent(policy)) {
                    present++;
                    presentIds.add(member);
                }
                switch (s) {
                    case ABSENT_EXCUSED -> excused++;
                    case ABSENT_UNEXCUSED -> unexcused++;
                    case NOT_RECORDED -> notRecorded++;
                    default -> { }
                }
            }
            int spoke = (int) speakers.getOrDefault(row.id(), Set.of()).stream().filter(presentIds::contains).count();
            out.add(new MeetingFacts(row.id(), row.organizationId(), row.type(), row.status(), day, duration,
                    row.chairAndMinuteTaker(), row.notified(), people.expected().size(), present, excused, unexcused,
                    notRecorded, people.exempt(), spoke, votes.getOrDefault(row.id(), 0), published.size(), late,
                    prepared.contains(row.id()), minutesState, mi != null && ((Number) mi[1]).intValue() == 1,
                    resolutions.contains(row.id()), taskCounts[0], taskCounts[1], null));
        }
        return out;
    }

    /** Expected members of a cell on a day (one entry per active membership, as the roster lists them). */
    private record Attendees(List<UUID> expected, int exempt) {
        static final Attendees NONE = new Attendees(List.of(), 0);
    }

    /** Memberships, exemptions and temporary attachments of the members of the selected meetings' cells. */
    private record Roster(Map<UUID, List<Period>> membershipsByCell, Map<UUID, List<Period>> exemptions,
                          Map<UUID, List<Period>> temporary) {
        Attendees on(UUID cell, LocalDate day) {
            List<UUID> expected = new ArrayList<>();
            int exempt = 0;
            for (Period ms : membershipsByCell.getOrDefault(cell, List.of())) {
                if (!ms.activeOn(day)) continue;
                if (any(exemptions, ms.memberId(), day)) {
                    exempt++;
                } else if (ms.kind() == MembershipKind.TEMPORARY || !any(temporary, ms.memberId(), day)) {
                    expected.add(ms.memberId());
                }
            }
            return new Attendees(expected, exempt);
        }

        private static boolean any(Map<UUID, List<Period>> periods, UUID member, LocalDate day) {
            return periods.getOrDefault(member, List.of()).stream().anyMatch(p -> p.activeOn(day));
        }
    }

    private Roster roster(Selection sel, LocalDate first, LocalDate last) {
        String cells = "(select m.organization.id from Meeting m where " + sel.where() + ")";
        String members = "(select ms.member.id from Membership ms where ms.organization.id in " + cells + ")";
        Map<String, Object> cellParams = sel.params();
        Map<String, Object> memberParams = sel.params();
        if (sel.byIds()) {
            // A list of meetings: their cells and members are read first and passed as lists. As subqueries
            // holding the id list, H2 evaluated them again for every row (seconds for a few hundred meetings).
            TypedQuery<UUID> cellQuery = em.createQuery("select distinct m.organization.id from Meeting m where "
                    + sel.where(), UUID.class);
            sel.params().forEach(cellQuery::setParameter);
            List<UUID> cellIds = cellQuery.getResultList();
            List<UUID> memberIds = cellIds.isEmpty() ? List.of() : em.createQuery("select distinct ms.member.id"
                    + " from Membership ms where ms.organization.id in :cells", UUID.class)
                    .setParameter("cells", cellIds).getResultList();
            if (memberIds.isEmpty()) return new Roster(Map.of(), Map.of(), Map.of());
            cells = "(:cells)";
            members = "(:members)";
            cellParams = Map.of("cells", cellIds);
            memberParams = Map.of("members", memberIds);
        }
        String overlaps = " <= :last and (%s is null or %s >= :first)";
        Map<UUID, List<Period>> byCell = new HashMap<>();
        for (Object[] r : dated("select ms.organization.id, ms.member.id, ms.kind, ms.validFrom, ms.validTo from Membership ms"
                + " where ms.organization.id in " + cells + " and ms.validFrom" + overlaps.formatted("ms.validTo", "ms.validTo")
                , cellParams, first, last)) {
            byCell.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new Period((UUID) r[1], (MembershipKind) r[2], (LocalDate) r[3], (LocalDate) r[4]));
        }
        Map<UUID, List<Period>> exemptions = new HashMap<>();
        for (Object[] r : dated("select e.member.id, e.validFrom, e.validTo from Exemption e where e.member.id in " + members
                + " and e.validFrom" + overlaps.formatted("e.validTo", "e.validTo"), memberParams, first, last)) {
            exemptions.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new Period((UUID) r[0], null, (LocalDate) r[1], (LocalDate) r[2]));
        }
        Map<UUID, List<Period>> temporary = new HashMap<>();
        for (Object[] r : dated("select t.member.id, t.validFrom, t.validTo from Membership t where t.kind = :temporary"
                + " and t.member.id in " + members + " and t.validFrom" + overlaps.formatted("t.validTo", "t.validTo"),
                memberParams, first, last, "temporary", MembershipKind.TEMPORARY)) {
            temporary.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new Period((UUID) r[0], MembershipKind.TEMPORARY, (LocalDate) r[1], (LocalDate) r[2]));
        }
        return new Roster(byCell, exemptions, temporary);
    }

    private List<Object[]> dated(String hql, Map<String, Object> params, LocalDate first, LocalDate last, Object... extra) {
        TypedQuery<Object[]> q = em.createQuery(hql, Object[].class).setParameter("first", first).setParameter("last", last);
        params.forEach(q::setParameter);
        for (int i = 0; i < extra.length; i += 2) q.setParameter((String) extra[i], extra[i + 1]);
        return q.getResultList();
    }

    private TypedQuery<Object[]> query(String hql, Selection sel) {
        TypedQuery<Object[]> q = em.createQuery(hql, Object[].class);
        sel.params().forEach(q::setParameter);
        return q;
    }

    private Map<UUID, Integer> counts(String hql, Selection sel) {
        Map<UUID, Integer> out = new HashMap<>();
        for (Object[] r : query(hql, sel).getResultList()) out.put((UUID) r[0], ((Number) r[1]).intValue());
        return out;
    }

    /** Expected members of one meeting (for the absence streaks of its history). */
    private List<UUID> expectedMembers(Meeting m) {
        if (!m.type.isCellMeeting()) return List.of();
        LocalDate day = time.dateOf(m.scheduledStart);
        return roster(Selection.ids(List.of(m.id)), day, day).on(m.organization.id, day).expected();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }

    private static MeetingFacts withHistory(MeetingFacts f, MeetingFacts.History history) {
        return new MeetingFacts(f.meetingId(), f.organizationId(), f.type(), f.status(), f.day(), f.durationMinutes(),
                f.chairAndMinuteTakerSet(), f.notified(), f.expected(), f.present(), f.excused(), f.unexcused(),
                f.notRecorded(), f.exempt(), f.distinctSpeakers(), f.votes(), f.documents(), f.lateDocuments(),
                f.hasPreMeeting(), f.minutes(), f.minutesWritten(), f.hasResolution(), f.tasks(), f.tasksCompleted(),
                history);
    }
}
