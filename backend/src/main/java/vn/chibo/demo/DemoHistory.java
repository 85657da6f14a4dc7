package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.chibo.member.Exemption;
import vn.chibo.member.Member;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipKind;
import vn.chibo.member.Position;
import vn.chibo.member.PositionHeld;
import vn.chibo.organization.Organization;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
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
        List<DemoRoster> rosters = cellsUnder(root).stream().map(cell -> roster(cell, supervisorOf(cell), new HashMap<>()))
                .toList();
        return new DemoMeetingPlanner(seed, today, ZONE).plan(rosters);
    }

    private List<Organization> cellsUnder(Organization root) {
        return em.createQuery("select o from Organization o where o.path like :path"
                + " and o.holdsMeetings = true order by o.path", Organization.class)
                .setParameter("path", root.path + "%").getResultList();
    }

    public Summary load(Organization root, LocalDate today, long seed, LocalDate founded) {
        return load(root, today, seed, founded, new DemoPhases());
    }

    Summary load(Organization root, LocalDate today, long seed, LocalDate founded, DemoPhases phases) {
        List<Organization> cells = cellsUnder(root);
        List<DemoRoster> rosters = new ArrayList<>();
        Map<String, Organization> byCode = new HashMap<>();
        Map<String, Map<UUID, Member>> membersByCell = new HashMap<>();
        for (Organization cell : cells) {
            byCode.put(cell.code, cell);
            String supervisor = supervisorOf(cell);
            assignSupervisor(cell, supervisor, founded);
            Map<UUID, Member> members = new LinkedHashMap<>();
            rosters.add(roster(cell, supervisor, members));
            membersByCell.put(cell.code, members);
        }
        phases.stop("rosters");
        DemoMeetingPlanner.Plan plan = new DemoMeetingPlanner(seed, today, ZONE).plan(rosters);
        phases.stop("plan");

        Map<String, List<PlannedMeeting>> byCell = plan.meetings().stream()
                .collect(Collectors.groupingBy(PlannedMeeting::cellCode, LinkedHashMap::new, Collectors.toList()));
        int evaluated = 0;
        List<PolicyProfile> allPolicies = policies.all();
        Map<UUID, DemoEvaluations.Sheet> sheets = new HashMap<>();
        for (DemoRoster roster : rosters) {
            // Each cell is flushed and cleared after writing, so later cells start from fresh entities.
            Organization cell = em.find(Organization.class, byCode.get(roster.code()).id);
            Map<UUID, Member> members = reload(membersByCell.get(roster.code()));
            DemoMeetingWriter.Context context = new DemoMeetingWriter.Context(cell, members,
                    members.get(roster.secretary().id()), members.get(roster.deputy().id()), roster.secretaryLogin(),
                    policies.inForce(cell, today), new HashMap<>());
            List<PlannedMeeting> planned = byCell.getOrDefault(roster.code(), List.of());
            List<UUID> chain = PolicyChain.chainOf(cell);
            for (PlannedMeeting p : planned) writer.write(p, context);
            // The automatic criteria read the recorded rows (attendance, tasks of the previous resolution).
            em.flush();
            phases.stop("write");
            // Facts of the evaluated meetings in one batch; no query reads what the evaluations write, so
            // the context is not flushed before each of them.
            em.setFlushMode(FlushModeType.COMMIT);
            List<UUID> toEvaluate = planned.stream().filter(DemoEvaluations::evaluated)
                    .map(p -> context.written().get(p.key()).id).toList();
            Map<UUID, MeetingFacts> factsById = new HashMap<>();
            facts.withHistory(toEvaluate).forEach(f -> factsById.put(f.meetingId(), f));
            phases.stop("facts");
            for (PlannedMeeting p : planned) {
                Meeting m = context.written().get(p.key());
                MeetingFacts f = factsById.get(m.id);
                if (f != null) {
                    PolicyProfile policy = PolicyChain.pick(allPolicies, chain, f.day());
                    evaluations.evaluate(m, f, policy, p, roster.secretaryLogin(), roster.supervisor(), writer, sheets);
                    evaluated++;
                }
                if (p.visitedBy() != null) visit(m, p, cell);
            }
            phases.stop("evaluate");
            em.flush();
            em.clear();
            em.setFlushMode(FlushModeType.AUTO);
            phases.stop("flush evaluations");
        }
        byCode.replaceAll((code, org) -> em.find(Organization.class, org.id));
        planning.loadLiving(plan.topics(), byCode, today);
        phases.stop("planning");
        return new Summary(cells.size(), plan.meetings().size(), evaluated);
    }

    private Map<UUID, Member> reload(Map<UUID, Member> members) {
        Map<UUID, Member> fresh = new LinkedHashMap<>();
        members.keySet().forEach(id -> fresh.put(id, em.find(Member.class, id)));
        return fresh;
    }

    /** Secretary first, deputy second (the chair and the minute-taker), then the others by name. */
    private DemoRoster roster(Organization cell, String supervisor, Map<UUID, Member> members) {
        List<Membership> memberships = em.createQuery("select ms from Membership ms join fetch ms.member m"
                + " where ms.organization = :cell and ms.kind = :kind and ms.validTo is null order by m.nameFolded",
                Membership.class).setParameter("cell", cell).setParameter("kind", MembershipKind.PRIMARY).getResultList();
        Map<Position, UUID> positions = new HashMap<>();
        em.createQuery("select p from PositionHeld p where p.organization = :cell and p.validTo is null", PositionHeld.class)
                .setParameter("cell", cell).getResultList().forEach(p -> positions.putIfAbsent(p.position, p.member.id));
        Set<UUID> exempt = em.createQuery("select e.member.id from Exemption e where e.member.id in :ids and e.validTo is null",
                UUID.class).setParameter("ids", memberships.stream().map(ms -> ms.member.id).toList())
                .getResultStream().collect(Collectors.toSet());
        List<Membership> ordered = new ArrayList<>(memberships);
        ordered.sort((a, b) -> Integer.compare(rank(a.member.id, positions), rank(b.member.id, positions)));
        List<DemoRoster.Person> people = new ArrayList<>();
        String secretaryLogin = null;
        for (Membership ms : ordered) {
            Member m = ms.member;
            members.put(m.id, m);
            people.add(new DemoRoster.Person(m.id, m.fullName, ms.validFrom, exempt.contains(m.id), m.username));
            if (secretaryLogin == null) secretaryLogin = m.username;
        }
        String login = secretaryLogin != null ? secretaryLogin : "bithu." + cell.code.toLowerCase();
        boolean evening = "THON_BAN_TDP".equals(cell.categoryCode);
        return new DemoRoster(cell.code, cell.name, supervisor, login, evening, people);
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
    private void assignSupervisor(Organization cell, String supervisor, LocalDate founded) {
        Long existing = em.createQuery("select count(a) from SupervisionAssignment a where a.cell = :cell", Long.class)
                .setParameter("cell", cell).getSingleResult();
        if (existing > 0) return;
        SupervisionAssignment a = new SupervisionAssignment();
        a.supervisorUsername = supervisor;
        a.cell = cell;
        a.validFrom = founded;
        a.assignedBy = "canbo.tinh";
        a.createdAt = founded.atStartOfDay(ZONE).toInstant();
        em.persist(a);
    }

    private void visit(Meeting m, PlannedMeeting p, Organization cell) {
        SupervisionVisit v = new SupervisionVisit();
        v.meetingId = m.id;
        v.cell = cell;
        v.supervisorUsername = p.visitedBy();
        v.supervisorName = "giamsat".equals(p.visitedBy()) ? "Cán bộ giám sát" : "Đồng chí cấp ủy viên phụ trách";
        v.basis = SupervisionApi.Basis.STANDING;
        v.visitedOn = m.scheduledStart.atZone(ZONE).toLocalDate();
        v.comments = "Chi bộ chuẩn bị chu đáo, nội dung sát thực tế địa phương.";
        v.problems = p.quality() == PlannedMeeting.Quality.GOOD ? null
                : "Tỷ lệ đảng viên phát biểu còn thấp\nCần đôn đốc thực hiện nhiệm vụ đúng hạn";
        v.createdAt = m.actualEnd;
        em.persist(v);
        writer.audit(m.actualEnd, p.visitedBy(), "SupervisionVisit", v.id, cell, "CREATE", null);
    }
}
