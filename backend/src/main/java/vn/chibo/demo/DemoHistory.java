package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.evaluation.SupervisionAssignment;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.meeting.MeetingFactsReader;
import vn.chibo.member.CellLeadership;
import vn.chibo.member.Member;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipKind;
import vn.chibo.member.Position;
import vn.chibo.member.PositionHeld;
import vn.chibo.organization.Organization;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.records.RecordNumbers;
import vn.chibo.supervision.SupervisionApi;
import vn.chibo.supervision.SupervisionVisit;

/**
 * A year of life for every demo cell under a root, up to the given day: builds each cell's roster
 * from the database, asks {@link DemoMeetingPlanner} for the plan, writes it, then scores the
 * evaluations with the product's rules and records the supervisors' visits and the annual plans.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class DemoHistory {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Who verifies the cells of each commune or bloc (the demo login giamsat has Bình Lư). */
    private static final Map<String, String> SUPERVISORS = Map.of(
            "LCH-BL", "giamsat", "LCH-TP", "uyvien.tanphong", "LCH-TD", "uyvien.tamduong");
    private static final String PROVINCE_SUPERVISOR = "uyvien.tinh";

    private final EntityManager em;
    private final DemoMeetingWriter writer;
    private final DemoEvaluations evaluations;
    private final DemoPlanning planning;
    private final PolicyService policies;
    private final MeetingFactsReader facts;

    DemoHistory(EntityManager em, DemoMeetingWriter writer, DemoEvaluations evaluations, DemoPlanning planning,
                PolicyService policies, MeetingFactsReader facts) {
        this.facts = facts;
        this.em = em;
        this.writer = writer;
        this.evaluations = evaluations;
        this.planning = planning;
        this.policies = policies;
    }

    /** What was written, for the log line and the tests. */
    public record Summary(int cells, int meetings, int evaluations) {}

    /** The plan the history of the cells under the root follows (read only: tests compare it with what was written). */
    public DemoMeetingPlanner.Plan plan(Organization root, LocalDate today, long seed) {
        return new DemoMeetingPlanner(seed, today, ZONE).plan(rosters(cellsUnder(root)).rosters());
    }

    private List<Organization> cellsUnder(Organization root) {
        return em.createQuery("select o from Organization o where o.path like :path"
                + " and o.holdsMeetings = true order by o.path", Organization.class)
                .setParameter("path", root.path + "%").getResultList();
    }

    public Summary load(Organization root, LocalDate today, long seed, LocalDate founded) {
        return load(root, today, seed, founded, new DemoPhases());
    }

    /**
     * Writes every cell's year (each cell flushed and cleared after it, so the persistence context stays
     * small), reads the facts of every evaluated meeting in one batch, then scores them all. Nothing read
     * while writing or scoring depends on what is being written, so the context is flushed only by hand.
     */
    Summary load(Organization root, LocalDate today, long seed, LocalDate founded, DemoPhases phases) {
        List<Organization> cells = cellsUnder(root);
        assignSupervisors(cells, founded);
        Rosters rosters = rosters(cells);
        phases.stop("rosters");
        DemoMeetingPlanner.Plan plan = new DemoMeetingPlanner(seed, today, ZONE).plan(rosters.rosters());
        phases.stop("plan");

        Map<String, List<PlannedMeeting>> byCell = plan.meetings().stream()
                .collect(Collectors.groupingBy(PlannedMeeting::cellCode, LinkedHashMap::new, Collectors.toList()));
        List<PolicyProfile> allPolicies = policies.all();
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            Map<String, DemoMeetingWriter.Context> contexts = new LinkedHashMap<>();
            RecordNumbers.Batch numbers = new RecordNumbers.Batch(em);
            for (int i = 0; i < cells.size(); i++) {
                DemoRoster roster = rosters.rosters().get(i);
                Organization cell = em.find(Organization.class, cells.get(i).id);
                Map<UUID, Member> members = new HashMap<>();
                em.createQuery("select m from Member m where m.id in :ids", Member.class)
                        .setParameter("ids", roster.members().stream().map(DemoRoster.Person::id).toList())
                        .getResultList().forEach(m -> members.put(m.id, m));
                DemoMeetingWriter.Context context = new DemoMeetingWriter.Context(cell, members,
                        members.get(roster.secretary().id()), members.get(roster.deputy().id()), roster.secretaryLogin(),
                        PolicyChain.pick(allPolicies, cell, today), allPolicies, new HashMap<>(), new DemoRows(), today,
                        rosters.positions().getOrDefault(cell.id, List.of()), numbers, new ArrayList<>());
                for (PlannedMeeting p : byCell.getOrDefault(roster.code(), List.of())) writer.write(p, context);
                writer.number(context);
                contexts.put(roster.code(), context);
                context.rows().persistAll(em);
                em.flush();
                em.clear();
            }
            phases.stop("write");

            // The automatic criteria read the recorded rows (attendance, tasks of the previous resolution):
            // the facts of every evaluated meeting, with their history, in a fixed number of queries.
            List<UUID> toEvaluate = plan.meetings().stream().filter(DemoEvaluations::evaluated)
                    .map(p -> contexts.get(p.cellCode()).written().get(p.key()).id).toList();
            Map<UUID, MeetingFacts> factsById = new HashMap<>();
            facts.withHistory(toEvaluate).forEach(f -> factsById.put(f.meetingId(), f));
            phases.stop("facts");

            int evaluated = 0;
            DemoEvaluations.Sheets sheets = evaluations.sheets();
            DemoRows rows = new DemoRows();
            for (DemoRoster roster : rosters.rosters()) {
                DemoMeetingWriter.Context context = contexts.get(roster.code());
                // The meetings and the cell are detached now: read only, and the visits refer to the cell by id.
                Organization cell = context.cell();
                List<UUID> chain = PolicyChain.chainOf(cell);
                List<PositionHeld> positions = rosters.positions().getOrDefault(cell.id, List.of());
                for (PlannedMeeting p : byCell.getOrDefault(roster.code(), List.of())) {
                    Meeting m = context.written().get(p.key());
                    MeetingFacts f = factsById.get(m.id);
                    if (f != null) {
                        evaluations.evaluate(m, f, PolicyChain.pick(allPolicies, chain, f.day()), p,
                                roster.secretaryLogin(), roster.supervisor(), CellLeadership.secretaryOnly(positions, f.day()),
                                writer, sheets, rows);
                        evaluated++;
                    }
                    if (p.visitedBy() != null) visit(rows, m, p, cell);
                }
            }
            phases.stop("evaluate");
            rows.persistAll(em);
            em.flush();
            em.clear();
            phases.stop("flush evaluations");
            Map<String, Organization> byCode = new HashMap<>();
            em.createQuery("select o from Organization o where o.id in :ids", Organization.class)
                    .setParameter("ids", cells.stream().map(o -> o.id).toList()).getResultList()
                    .forEach(o -> byCode.put(o.code, o));
            planning.loadLiving(plan.topics(), byCode, today, allPolicies);
            phases.stop("planning");
            return new Summary(cells.size(), plan.meetings().size(), evaluated);
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    /** The cells' rosters in the cells' order, and every position held in them, read in three queries. */
    private record Rosters(List<DemoRoster> rosters, Map<UUID, List<PositionHeld>> positions) {}

    /** Secretary first, deputy second (the chair and the minute-taker), then the others by name. */
    private Rosters rosters(List<Organization> cells) {
        if (cells.isEmpty()) return new Rosters(List.of(), Map.of());
        Map<UUID, List<Membership>> memberships = new HashMap<>();
        em.createQuery("select ms from Membership ms join fetch ms.member m where ms.organization in :cells"
                        + " and ms.kind = :kind and ms.validTo is null order by m.nameFolded", Membership.class)
                .setParameter("cells", cells).setParameter("kind", MembershipKind.PRIMARY).getResultList()
                .forEach(ms -> memberships.computeIfAbsent(ms.organization.id, k -> new ArrayList<>()).add(ms));
        Map<UUID, List<PositionHeld>> positions = new HashMap<>();
        em.createQuery("select p from PositionHeld p join fetch p.member where p.organization in :cells", PositionHeld.class)
                .setParameter("cells", cells).getResultList()
                .forEach(p -> positions.computeIfAbsent(p.organization.id, k -> new ArrayList<>()).add(p));
        Set<UUID> exempt = new HashSet<>(em.createQuery("select e.member.id from Exemption e where e.validTo is null"
                        + " and e.member.id in (select ms.member.id from Membership ms where ms.organization in :cells)", UUID.class)
                .setParameter("cells", cells).getResultList());
        List<DemoRoster> rosters = new ArrayList<>();
        for (Organization cell : cells) {
            Map<Position, UUID> current = new HashMap<>();
            positions.getOrDefault(cell.id, List.of()).stream().filter(p -> p.validTo == null)
                    .forEach(p -> current.putIfAbsent(p.position, p.member.id));
            List<Membership> ordered = new ArrayList<>(memberships.getOrDefault(cell.id, List.of()));
            ordered.sort((a, b) -> Integer.compare(rank(a.member.id, current), rank(b.member.id, current)));
            List<DemoRoster.Person> people = new ArrayList<>();
            String secretaryLogin = null;
            for (Membership ms : ordered) {
                Member m = ms.member;
                people.add(new DemoRoster.Person(m.id, m.fullName, ms.validFrom, exempt.contains(m.id), m.username));
                if (secretaryLogin == null) secretaryLogin = m.username;
            }
            String login = secretaryLogin != null ? secretaryLogin : "bithu." + cell.code.toLowerCase();
            boolean evening = "THON_BAN_TDP".equals(cell.categoryCode);
            rosters.add(new DemoRoster(cell.code, cell.name, supervisorOf(cell), login, evening, people));
        }
        return new Rosters(rosters, positions);
    }

    private static int rank(UUID member, Map<Position, UUID> positions) {
        if (member.equals(positions.get(Position.SECRETARY))) return 0;
        if (member.equals(positions.get(Position.DEPUTY_SECRETARY))) return 1;
        return 2;
    }

    private static String supervisorOf(Organization cell) {
        return SUPERVISORS.entrySet().stream().filter(e -> cell.code.startsWith(e.getKey() + "-")).map(Map.Entry::getValue)
                .findFirst().orElse(PROVINCE_SUPERVISOR);
    }

    /** Standing assignments; the bare demo already assigns giamsat to Nà Khoang and Nà Bỏ. */
    private void assignSupervisors(List<Organization> cells, LocalDate founded) {
        if (cells.isEmpty()) return;
        Set<UUID> assigned = new HashSet<>(em.createQuery("select a.cell.id from SupervisionAssignment a where a.cell in :cells",
                UUID.class).setParameter("cells", cells).getResultList());
        for (Organization cell : cells) {
            if (!assigned.contains(cell.id)) assignSupervisor(cell, supervisorOf(cell), founded);
        }
    }

    private void assignSupervisor(Organization cell, String supervisor, LocalDate founded) {
        SupervisionAssignment a = new SupervisionAssignment();
        a.supervisorUsername = supervisor;
        a.cell = cell;
        a.validFrom = founded;
        a.assignedBy = "canbo.tinh";
        a.createdAt = founded.atStartOfDay(ZONE).toInstant();
        em.persist(a);
    }

    private void visit(DemoRows rows, Meeting m, PlannedMeeting p, Organization cell) {
        SupervisionVisit v = new SupervisionVisit();
        v.meetingId = m.id;
        v.cell = em.getReference(Organization.class, cell.id);
        v.supervisorUsername = p.visitedBy();
        v.supervisorName = "giamsat".equals(p.visitedBy()) ? "Cán bộ giám sát" : "Đồng chí cấp ủy viên phụ trách";
        v.basis = SupervisionApi.Basis.STANDING;
        v.visitedOn = m.scheduledStart.atZone(ZONE).toLocalDate();
        v.comments = "Chi bộ chuẩn bị chu đáo, nội dung sát thực tế địa phương.";
        v.problems = p.quality() == PlannedMeeting.Quality.GOOD ? null
                : "Tỷ lệ đảng viên phát biểu còn thấp\nCần đôn đốc thực hiện nhiệm vụ đúng hạn";
        v.createdAt = m.actualEnd;
        rows.add(v);
        writer.audit(rows, m.actualEnd, p.visitedBy(), "SupervisionVisit", v.id, cell, "CREATE", null);
    }
}
