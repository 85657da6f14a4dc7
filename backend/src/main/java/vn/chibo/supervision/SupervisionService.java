package vn.chibo.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.InList;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.common.TextFolding;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.meeting.MeetingGuard;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;
import vn.chibo.common.Quarters;
import vn.chibo.common.Deadlines;

/**
 * Supervision of cells by the committees above them: teams and their monthly assignments, visits to
 * held meetings, quarterly coverage against the policy, and the supervisors' half-year and annual
 * reports drafted from their visits.
 */
@ApplicationScoped
public class SupervisionService {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Pattern MONTH = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OrganizationRepository organizations;
    private final MeetingGuard guard;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;

    private final PolicyService policies;
    private final CellSupervisors supervisors;

    public SupervisionService(OrganizationRepository organizations, MeetingGuard guard, AccessPolicy access,
                              CurrentActor actor, AuditService audit, TimeSource time, PolicyService policies,
                              CellSupervisors supervisors) {
        this.policies = policies;
        this.supervisors = supervisors;
        this.organizations = organizations;
        this.guard = guard;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    /** The supervision numbers of the policy in force for the committee. */
    record Numbers(int visitsPerCellPerQuarter, String halfYearReportDue, String annualReportDue) {}

    private Numbers policyNumbers(Organization committee) {
        PolicyProfile p = policies.inForce(committee, time.today());
        return new Numbers(p.visitsPerCellPerQuarter, p.supervisorHalfYearReportDue, p.supervisorAnnualReportDue);
    }

    // ---- teams ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<SupervisionApi.TeamView> teams(UUID organizationId, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        long total = SupervisionTeam.getEntityManager().createQuery(
                        "select count(t) from SupervisionTeam t join t.committee c where c.path like :path", Long.class)
                .setParameter("path", org.path + "%").getSingleResult();
        List<SupervisionTeam> teams = SupervisionTeam.getEntityManager().createQuery(
                        "select t from SupervisionTeam t join fetch t.committee c where c.path like :path"
                                + " order by c.path, t.name, t.id", SupervisionTeam.class)
                .setParameter("path", org.path + "%")
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        return new PageResult<>(teams.stream().map(this::teamView).toList(), paging.page, paging.size, total);
    }

    @Transactional
    public SupervisionApi.TeamView createTeam(UUID committeeId, SupervisionApi.TeamCreate in) {
        Organization committee = organizations.require(committeeId);
        access.requireChangeStructure(committee);
        requireCommittee(committee);
        SupervisionTeam team = new SupervisionTeam();
        team.committee = committee;
        team.name = in.name().trim();
        team.leaderUsername = in.leaderUsername().trim();
        team.createdAt = time.now();
        team.persist();
        replaceMembers(team, in.members());
        SupervisionTeam.flush();
        audit.record("SupervisionTeam", team.id, committee, "CREATE", Map.of("name", team.name,
                "leader", team.leaderUsername, "members", memberNames(team)));
        return teamView(team);
    }

    @Transactional
    public SupervisionApi.TeamView updateTeam(UUID teamId, SupervisionApi.TeamUpdate in) {
        SupervisionTeam team = requireTeam(teamId);
        access.requireChangeStructure(team.committee);
        Versions.require(in.version(), team.version);
        team.name = in.name().trim();
        team.leaderUsername = in.leaderUsername().trim();
        replaceMembers(team, in.members());
        SupervisionTeam.getEntityManager().lock(team, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        SupervisionTeam.flush();
        audit.record("SupervisionTeam", team.id, team.committee, "EDIT", Map.of("name", team.name,
                "leader", team.leaderUsername, "members", memberNames(team)));
        return teamView(team);
    }

    // ---- monthly assignments ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupervisionApi.MonthlyAssignments month(UUID teamId, String month) {
        SupervisionTeam team = requireTeam(teamId);
        if (!isMember(team, actor.username())) access.requireRead(team.committee);
        String ym = parseMonth(month);
        return monthView(team, ym, findMonth(team, ym));
    }

    /** The team leader, or staff of the team's committee, assigns members to cells of its subtree. */
    @Transactional
    public SupervisionApi.MonthlyAssignments saveMonth(UUID teamId, String month, SupervisionApi.MonthlyAssignmentsSave in) {
        SupervisionTeam team = requireTeam(teamId);
        if (!team.leaderUsername.equals(actor.username())) access.requireChangeStructure(team.committee);
        String ym = parseMonth(month);
        organizations.lockForWrite(team.committee); // one assignment list per team and month
        SupervisionMonth m = findMonth(team, ym);
        boolean created = m == null;
        if (created) {
            Versions.require(in.version(), 0);
            m = new SupervisionMonth();
            m.teamId = team.id;
            m.month = ym;
        } else {
            Versions.require(in.version(), m.version);
        }
        Map<String, String> members = members(team);
        List<SupervisionMonthEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < in.entries().size(); i++) {
            SupervisionApi.AssignmentInput input = in.entries().get(i);
            String field = "entries[" + i + "]";
            String username = input.username().trim();
            if (!members.containsKey(username)) {
                throw unprocessable(field + ".username", "assignment-not-team-member", username, team.name);
            }
            Organization cell = organizations.findById(input.cellId());
            if (cell == null || cell.id.equals(team.committee.id) || !cell.isWithin(team.committee)) {
                throw unprocessable(field + ".cellId", "assignment-outside-subtree", team.committee.name);
            }
            if (!cell.holdsMeetings) throw unprocessable(field + ".cellId", "assignment-not-a-cell", cell.name);
            if (!seen.add(username + "/" + cell.id)) continue;
            SupervisionMonthEntry e = new SupervisionMonthEntry();
            e.monthId = m.id;
            e.username = username;
            e.cell = cell;
            entries.add(e);
        }
        m.updatedAt = time.now();
        m.updatedBy = actor.username();
        if (created) {
            m.persist();
        } else {
            // updatedAt always changes, so the month's version goes up with every save.
            SupervisionMonthEntry.delete("monthId", m.id);
        }
        SupervisionMonthEntry.flush();
        entries.forEach(e -> e.persist());
        SupervisionMonth.flush();
        audit.record("SupervisionMonth", m.id, team.committee, "ASSIGN", Map.of("team", team.name, "month", ym,
                "entries", entries.stream().map(e -> e.username + ": " + e.cell.name).toList()));
        return monthView(team, ym, m);
    }

    // ---- visits ----

    @Transactional
    public SupervisionApi.VisitView visit(UUID meetingId, SupervisionApi.VisitCreate in) {
        Meeting m = guard.require(meetingId);
        Meeting.getEntityManager().refresh(m, LockModeType.PESSIMISTIC_WRITE); // one visit per supervisor and meeting
        Organization cell = m.organization;
        LocalDate day = time.dateOf(m.actualStart != null ? m.actualStart : m.scheduledStart);
        SupervisionApi.Basis basis = basisFor(cell, day);
        if (basis == null) {
            access.requireRead(cell);
            throw ApiException.notPermittedAs("not-a-supervisor");
        }
        if (!tookPlace(m.status)) throw ApiException.conflict("visit-meeting-not-held", "status." + m.status.name());
        String username = actor.username();
        if (SupervisionVisit.count("meetingId = ?1 and supervisorUsername = ?2", m.id, username) > 0) {
            throw ApiException.conflict("visit-duplicate");
        }
        SupervisionVisit v = new SupervisionVisit();
        v.meetingId = m.id;
        v.cell = cell;
        v.supervisorUsername = username;
        v.supervisorName = actor.displayName();
        v.basis = basis;
        v.visitedOn = day;
        v.comments = blankToNull(in.comments());
        List<String> problems = in.problems() == null ? List.of()
                : in.problems().stream().map(p -> p.trim().replace('\n', ' ')).filter(p -> !p.isEmpty()).toList();
        v.problems = problems.isEmpty() ? null : String.join("\n", problems);
        v.createdAt = time.now();
        v.persist();
        SupervisionVisit.flush();
        audit.record("SupervisionVisit", v.id, cell, "VISIT", Map.of("meeting", m.id.toString(), "basis", basis.name(),
                "problems", problems.size()));
        return visitView(v, m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<SupervisionApi.VisitView> visits(UUID organizationId, LocalDate from, LocalDate to,
                                                       SubtreePageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        int year = time.today().getYear();
        LocalDate start = from != null ? from : LocalDate.of(year, 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(year, 12, 31);
        if (end.isBefore(start)) throw ApiException.invalidField("to", "date-before", start.toString());
        String where = " where v.cell.path like :path and v.visitedOn between :from and :to";
        long total = SupervisionVisit.getEntityManager().createQuery("select count(v) from SupervisionVisit v" + where,
                        Long.class)
                .setParameter("path", org.path + "%").setParameter("from", start).setParameter("to", end)
                .getSingleResult();
        List<SupervisionVisit> visits = SupervisionVisit.getEntityManager().createQuery(
                        "select v from SupervisionVisit v join fetch v.cell" + where
                                + " order by v.visitedOn desc, v.createdAt desc, v.id", SupervisionVisit.class)
                .setParameter("path", org.path + "%").setParameter("from", start).setParameter("to", end)
                .setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        Map<UUID, Meeting> meetings = meetingsOf(visits);
        return new PageResult<>(visits.stream().map(v -> visitView(v, meetings.get(v.meetingId))).toList(),
                paging.page, paging.size, total);
    }

    // ---- coverage ----

    /** Filters of the coverage rows: covered or not (the lists behind the totals), a text in the cell name. */
    public record CoverageFilter(Boolean covered, String text) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupervisionApi.Coverage coverage(UUID organizationId, Integer year, Integer quarter, CoverageFilter filter,
                                            SubtreePageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        LocalDate today = time.today();
        int y = year != null ? year : today.getYear();
        int q = quarter != null ? quarter : Quarters.of(today);
        requireYear(y);
        if (q < 1 || q > 4) throw ApiException.invalidField("quarter", "quarter-out-of-range");
        SupervisionRules.Period period = SupervisionRules.quarter(y, q);
        int required = policyNumbers(org).visitsPerCellPerQuarter();
        // The cells with their visit counts as plain columns, sorted here rather than in SQL (PostgreSQL took longer to
        // sort a province's 3,000 grouped rows by name than to count them); the supervisors and visitors are only
        // read for the page's cells.
        List<CellVisits> cells = new ArrayList<>();
        int covered = 0;
        int total = 0;
        for (Object[] r : Organization.getEntityManager().createQuery("select o.id, o.name, o.nameFolded, o.path,"
                        + " count(v.id) from Organization o left join SupervisionVisit v on v.cell.id = o.id"
                        + " and v.visitedOn between :from and :to where o.path like :path and o.holdsMeetings = true"
                        + " and o.validFrom <= :to and (o.validTo is null or o.validTo > :from)"
                        + " group by o.id, o.name, o.nameFolded, o.path", Object[].class)
                .setParameter("path", org.path + "%").setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList()) {
            CellVisits cell = new CellVisits((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), required);
            if (cell.covered()) covered++;
            total += cell.visits();
            cells.add(cell);
        }
        Predicate<String> named = TextFolding.matches(filter.text());
        PageResult<CellVisits> page = paging.slice(cells.stream()
                .filter(c -> filter.covered() == null || filter.covered() == c.covered())
                .filter(c -> named.test(c.name()))
                .sorted(CellVisits.ORDER).toList());
        List<UUID> shown = page.items().stream().map(CellVisits::id).toList();
        Map<UUID, Set<String>> visitors = new HashMap<>();
        Map<UUID, Set<String>> assigned = new HashMap<>();
        if (!shown.isEmpty()) {
            // The page's visitors, and its supervisors in the quarter (standing or by the team's month plans).
            InList cellIds = InList.of("cell", shown);
            for (Object[] r : cellIds.bindTo(SupervisionVisit.getEntityManager().createQuery("select v.cell.id,"
                            + " v.supervisorUsername from SupervisionVisit v where v.cell.id in " + cellIds
                            + " and v.visitedOn between :from and :to", Object[].class))
                    .setParameter("from", period.from()).setParameter("to", period.to()).getResultList()) {
                visitors.computeIfAbsent((UUID) r[0], k -> new TreeSet<>()).add((String) r[1]);
            }
            assigned.putAll(supervisors.byCell(shown, period.from(), period.to()));
        }
        List<SupervisionApi.CoverageCell> views = page.items().stream().map(c -> new SupervisionApi.CoverageCell(c.id(),
                c.name(), c.visits(), required, c.covered(), List.copyOf(assigned.getOrDefault(c.id(), Set.of())),
                List.copyOf(visitors.getOrDefault(c.id(), Set.of())))).toList();
        return new SupervisionApi.Coverage(org.id, org.name, y, q, period.from(), period.to(), required, views,
                page.page(), page.size(), page.total(),
                new SupervisionApi.CoverageTotals(cells.size(), covered, cells.size() - covered, total));
    }

    /** A cell of the coverage list before its page is chosen. */
    private record CellVisits(UUID id, String name, String nameFolded, String path, int visits, int required) {
        /**
         * Uncovered first, fewest visits first, then by name and path. Spelt out rather than chained
         * (Comparator.comparing...thenComparing): a province sorts 3,000 cells per request, and the chain's boxing and
         * key extraction took about half of the request's CPU.
         */
        static final Comparator<CellVisits> ORDER = (a, b) -> {
            int order = Boolean.compare(a.covered(), b.covered());
            if (order == 0) order = Integer.compare(a.visits, b.visits);
            if (order == 0) order = a.nameFolded.compareTo(b.nameFolded);
            return order != 0 ? order : a.path.compareTo(b.path);
        };

        boolean covered() {
            return SupervisionRules.covered(visits, required);
        }
    }

    // ---- reports ----

    @Transactional
    public SupervisionApi.ReportView createReport(SupervisionApi.ReportCreate in, Locale locale) {
        Organization committee = organizations.require(in.committeeId());
        String username = actor.username();
        if (!supervisesIn(committee, username)) access.requireRead(committee);
        requireCommittee(committee);
        organizations.lockForWrite(committee); // one report per author, kind and year
        if (SupervisionReport.count("committee = ?1 and year = ?2 and kind = ?3 and author = ?4", committee, in.year(),
                in.kind(), username) > 0) {
            throw ApiException.conflict("report-exists");
        }
        SupervisionRules.Period period = SupervisionRules.reportPeriod(in.year(), in.kind());
        List<SupervisionVisit> visits = SupervisionVisit.getEntityManager().createQuery(
                        "select v from SupervisionVisit v join fetch v.cell c where c.path like :path"
                                + " and v.supervisorUsername = :user and v.visitedOn between :from and :to"
                                + " order by c.path, v.visitedOn", SupervisionVisit.class)
                .setParameter("path", committee.path + "%").setParameter("user", username)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        Numbers numbers = policyNumbers(committee);
        SupervisionReport r = new SupervisionReport();
        r.committee = committee;
        r.year = in.year();
        r.kind = in.kind();
        r.author = username;
        r.authorName = actor.displayName();
        r.status = SupervisionApi.ReportStatus.DRAFT;
        r.visitCount = visits.size();
        r.cellCount = (int) visits.stream().map(v -> v.cell.id).distinct().count();
        r.problemCount = visits.stream().mapToInt(v -> problems(v.problems).size()).sum();
        r.body = draft(locale, r, period, visits);
        r.dueDate = PolicyProfile.dayOfYear(r.kind == SupervisionApi.ReportKind.HALF_YEAR
                ? numbers.halfYearReportDue() : numbers.annualReportDue(), r.year);
        r.createdAt = time.now();
        r.persist();
        SupervisionReport.flush();
        audit.record("SupervisionReport", r.id, committee, "DRAFT", Map.of("year", r.year, "kind", r.kind.name(),
                "visits", r.visitCount));
        return reportView(r);
    }

    /** All reports to the committee for those who read it; a supervisor outside it sees only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<SupervisionApi.ReportView> reports(UUID committeeId, Integer year, PageRequest paging) {
        if (committeeId == null) throw ApiException.invalidField("committeeId", "committee-required");
        Organization committee = organizations.require(committeeId);
        String username = actor.username();
        boolean supervises = supervisesIn(committee, username);
        boolean reads;
        try {
            access.requireRead(committee);
            reads = true;
        } catch (ApiException e) {
            if (!supervises) throw e;
            reads = false;
        }
        int y = year != null ? year : time.today().getYear();
        requireYear(y);
        // a supervisor who may not read the committee sees only their own reports
        String where = reads ? "committee = ?1 and year = ?2" : "committee = ?1 and year = ?2 and author = ?3";
        Object[] params = reads ? new Object[] {committee, y} : new Object[] {committee, y, username};
        // id breaks ties of one author's reports of the same kind so pages never overlap
        List<SupervisionReport> reports = SupervisionReport.<SupervisionReport>find(where + " order by kind, author, id", params)
                .page(paging.page, paging.size).list();
        return new PageResult<>(reports.stream().map(this::reportView).toList(), paging.page, paging.size,
                SupervisionReport.count(where, params));
    }

    @Transactional
    public SupervisionApi.ReportView updateReport(UUID id, SupervisionApi.ReportUpdate in) {
        SupervisionReport r = requireOwnReport(id);
        if (r.status == SupervisionApi.ReportStatus.SUBMITTED) throw ApiException.conflict("report-submitted");
        Versions.require(in.version(), r.version);
        r.body = in.text().trim();
        SupervisionReport.flush();
        audit.record("SupervisionReport", r.id, r.committee, "EDIT", Map.of("length", r.body.length()));
        return reportView(r);
    }

    @Transactional
    public SupervisionApi.ReportView submitReport(UUID id, MeetingApi.VersionOnly in) {
        SupervisionReport r = requireOwnReport(id);
        if (r.status == SupervisionApi.ReportStatus.SUBMITTED) throw ApiException.conflict("report-submitted");
        Versions.require(in.version(), r.version);
        r.status = SupervisionApi.ReportStatus.SUBMITTED;
        r.submittedAt = time.now();
        SupervisionReport.flush();
        audit.record("SupervisionReport", r.id, r.committee, "SUBMIT", Map.of("late", reportView(r).late()));
        return reportView(r);
    }

    // ---- helpers ----

    /** A standing assignment on the day, this month's team assignment, or staff above the cell; else null. */
    private SupervisionApi.Basis basisFor(Organization cell, LocalDate day) {
        CellSupervisors.Basis basis = supervisors.basisOf(actor.username(), cell, day);
        if (basis != null) return SupervisionApi.Basis.valueOf(basis.name());
        return access.mayChangeStructure(cell) ? SupervisionApi.Basis.STAFF : null;
    }

    /** A member of one of its teams, or a standing or monthly supervisor of one of its cells at any time. */
    private boolean supervisesIn(Organization committee, String username) {
        long teams = SupervisionTeam.getEntityManager().createQuery("select count(m) from SupervisionTeamMember m,"
                        + " SupervisionTeam t where m.teamId = t.id and m.username = :user and t.committee.path like :path", Long.class)
                .setParameter("user", username).setParameter("path", committee.path + "%").getSingleResult();
        return teams > 0 || supervisors.everInSubtree(username, committee);
    }

    private String draft(Locale locale, SupervisionReport r, SupervisionRules.Period period,
                         List<SupervisionVisit> visits) {
        StringBuilder text = new StringBuilder();
        text.append(Messages.get(locale, "supervision-report.title", Messages.get(locale, "supervision-report.kind."
                + r.kind.name()), String.valueOf(r.year), r.committee.name)).append('\n');
        text.append(Messages.get(locale, "supervision-report.author", r.authorName == null ? r.author : r.authorName))
                .append('\n');
        text.append(Messages.get(locale, "supervision-report.period", DAY.format(period.from()),
                DAY.format(period.to()))).append("\n\n");
        text.append(Messages.get(locale, "supervision-report.summary", r.visitCount, r.cellCount, r.problemCount))
                .append('\n');
        Map<String, List<SupervisionVisit>> byCell = new LinkedHashMap<>();
        for (SupervisionVisit v : visits) byCell.computeIfAbsent(v.cell.name, k -> new ArrayList<>()).add(v);
        byCell.forEach((cell, list) -> text.append("- ").append(Messages.get(locale, "supervision-report.cell", cell,
                list.size(), String.join(", ", list.stream().map(v -> DAY.format(v.visitedOn)).toList()))).append('\n'));
        text.append('\n').append(Messages.get(locale, "supervision-report.problems")).append('\n');
        if (r.problemCount == 0) {
            text.append("- ").append(Messages.get(locale, "supervision-report.no-problems")).append('\n');
        }
        for (SupervisionVisit v : visits) {
            for (String p : problems(v.problems)) {
                text.append("- ").append(v.cell.name).append(" (").append(DAY.format(v.visitedOn)).append("): ")
                        .append(p).append('\n');
            }
        }
        text.append('\n').append(Messages.get(locale, "supervision-report.proposals")).append('\n');
        String body = text.toString();
        return body.length() > 20000 ? body.substring(0, 20000) : body;
    }

    private SupervisionReport requireOwnReport(UUID id) {
        SupervisionReport r = id == null ? null : SupervisionReport.findById(id);
        if (r == null) throw ApiException.notFound("entity.supervision-report");
        if (!r.author.equals(actor.username())) {
            if (!supervisesIn(r.committee, actor.username())) access.requireRead(r.committee);
            throw ApiException.notPermittedAs("not-report-author");
        }
        return r;
    }

    private SupervisionApi.ReportView reportView(SupervisionReport r) {
        SupervisionRules.Period period = SupervisionRules.reportPeriod(r.year, r.kind);
        boolean late = Deadlines.late(r.dueDate, r.submittedAt == null ? null : time.dateOf(r.submittedAt),
                time.today());
        return new SupervisionApi.ReportView(r.id, r.committee.id, r.committee.name, r.year, r.kind, period.from(),
                period.to(), r.author, r.authorName, r.status, r.body, r.visitCount, r.cellCount, r.problemCount,
                r.dueDate, late, time.local(r.createdAt), time.local(r.submittedAt), r.version);
    }

    private SupervisionApi.VisitView visitView(SupervisionVisit v, Meeting m) {
        return new SupervisionApi.VisitView(v.id, v.meetingId, m == null ? null : m.type.name(),
                m == null ? null : time.local(m.scheduledStart), v.cell.id, v.cell.name, v.supervisorUsername,
                v.supervisorName, v.basis, v.visitedOn, v.comments, problems(v.problems), time.local(v.createdAt));
    }

    private Map<UUID, Meeting> meetingsOf(List<SupervisionVisit> visits) {
        List<UUID> ids = visits.stream().map(v -> v.meetingId).distinct().toList();
        Map<UUID, Meeting> map = new HashMap<>();
        if (ids.isEmpty()) return map;
        for (Meeting m : Meeting.<Meeting>list("id in ?1", ids)) map.put(m.id, m);
        return map;
    }

    private SupervisionApi.MonthlyAssignments monthView(SupervisionTeam team, String ym, SupervisionMonth m) {
        Map<String, String> members = members(team);
        List<SupervisionApi.AssignmentEntry> entries = m == null ? List.of()
                : SupervisionMonthEntry.getEntityManager().createQuery(
                                "select e from SupervisionMonthEntry e join fetch e.cell c where e.monthId = :id"
                                        + " order by e.username, c.path", SupervisionMonthEntry.class)
                        .setParameter("id", m.id).getResultList().stream()
                        .map(e -> new SupervisionApi.AssignmentEntry(e.username, members.get(e.username), e.cell.id,
                                e.cell.name)).toList();
        return new SupervisionApi.MonthlyAssignments(team.id, team.name, team.committee.id, ym, entries,
                m == null ? null : time.local(m.updatedAt), m == null ? null : m.updatedBy, m == null ? 0 : m.version);
    }

    private SupervisionApi.TeamView teamView(SupervisionTeam team) {
        List<SupervisionApi.TeamMember> members = SupervisionTeamMember.<SupervisionTeamMember>list(
                        "teamId = ?1 order by position", team.id).stream()
                .map(m -> new SupervisionApi.TeamMember(m.username, m.displayName)).toList();
        return new SupervisionApi.TeamView(team.id, team.committee.id, team.committee.name, team.name,
                team.leaderUsername, members, team.version);
    }

    /** The leader is always a member; a name given twice is kept once. */
    private void replaceMembers(SupervisionTeam team, List<SupervisionApi.TeamMemberInput> inputs) {
        SupervisionTeamMember.delete("teamId", team.id);
        SupervisionTeamMember.flush();
        Map<String, String> members = new LinkedHashMap<>();
        boolean leaderListed = inputs.stream().anyMatch(i -> i.username().trim().equals(team.leaderUsername));
        if (!leaderListed) members.put(team.leaderUsername, null);
        for (SupervisionApi.TeamMemberInput input : inputs) {
            members.putIfAbsent(input.username().trim(), blankToNull(input.displayName()));
        }
        int position = 0;
        for (Map.Entry<String, String> entry : members.entrySet()) {
            SupervisionTeamMember m = new SupervisionTeamMember();
            m.teamId = team.id;
            m.username = entry.getKey();
            m.displayName = entry.getValue();
            m.position = position++;
            m.persist();
        }
    }

    private Map<String, String> members(SupervisionTeam team) {
        Map<String, String> members = new LinkedHashMap<>();
        for (SupervisionTeamMember m : SupervisionTeamMember.<SupervisionTeamMember>list("teamId = ?1 order by position",
                team.id)) {
            members.put(m.username, m.displayName);
        }
        return members;
    }

    private List<String> memberNames(SupervisionTeam team) {
        return List.copyOf(members(team).keySet());
    }

    private boolean isMember(SupervisionTeam team, String username) {
        return SupervisionTeamMember.count("teamId = ?1 and username = ?2", team.id, username) > 0;
    }

    private SupervisionTeam requireTeam(UUID id) {
        SupervisionTeam team = id == null ? null : SupervisionTeam.findById(id);
        if (team == null) throw ApiException.notFound("entity.supervision-team");
        return team;
    }

    private SupervisionMonth findMonth(SupervisionTeam team, String ym) {
        return SupervisionMonth.find("teamId = ?1 and month = ?2", team.id, ym).firstResult();
    }

    private static String parseMonth(String month) {
        if (month == null || !MONTH.matcher(month).matches()) {
            throw ApiException.badRequest("malformed-month", month == null ? "" : month.length() > 20
                    ? month.substring(0, 20) : month);
        }
        requireYear(Integer.parseInt(month.substring(0, 4)));
        return month;
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiException.invalidField("year", "year-out-of-range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    private void requireCommittee(Organization org) {
        if (org.holdsMeetings) throw ApiException.conflict("not-a-committee", org.name);
    }

    static boolean tookPlace(MeetingStatus status) {
        return status == MeetingStatus.HELD || status == MeetingStatus.APPROVED;
    }

    static ApiException unprocessable(String field, String code, Object... args) {
        return new ApiException(422, code, code, args, List.of(new ApiException.FieldError(field, code + ".detail", args)),
                null);
    }

    private static List<String> problems(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
