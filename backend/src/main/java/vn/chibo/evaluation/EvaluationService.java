package vn.chibo.evaluation;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.DomainEvent;
import vn.chibo.common.DomainEventType;
import vn.chibo.common.InList;
import vn.chibo.supervision.CellSupervisors;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.Messages;
import vn.chibo.common.PageResult;
import vn.chibo.common.SubtreePageRequest;
import vn.chibo.common.TextFolding;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.meeting.MeetingFactsInvalidation;
import vn.chibo.meeting.MeetingFactsReader;
import vn.chibo.meeting.MeetingGuard;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.Appointment;
import vn.chibo.security.CurrentActor;
import vn.chibo.security.Role;

/**
 * Self-evaluation at the end of a meeting and its verification and signature by the assigned
 * upper-level member. Totals and ratings are always computed here, never taken from the client.
 */
@ApplicationScoped
public class EvaluationService {
    private final MeetingGuard guard;
    private final VerificationNotices notices;
    private final MeetingFactsReader meetingFacts;
    private final TemplateService templates;
    private final AutoScorer auto;
    private final PolicyService policies;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final ApiMetrics metrics;
    private final MeetingFactsInvalidation factsChanged;
    private final CellSupervisors supervisors;

    private final Event<DomainEvent> events;

    public EvaluationService(MeetingGuard guard, MeetingFactsReader meetingFacts, TemplateService templates, AutoScorer auto,
                             PolicyService policies, OrganizationRepository organizations, AccessPolicy access,
                             CurrentActor actor, AuditService audit, TimeSource time,
                             ApiMetrics metrics, MeetingFactsInvalidation factsChanged, CellSupervisors supervisors,
                             VerificationNotices notices, Event<DomainEvent> events) {
        this.events = events;
        this.supervisors = supervisors;
        this.notices = notices;
        this.metrics = metrics;
        this.factsChanged = factsChanged;
        this.guard = guard;
        this.meetingFacts = meetingFacts;
        this.templates = templates;
        this.auto = auto;
        this.policies = policies;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    /** A leaf criterion with its options and the value the meeting's data gives. */
    private record Leaf(ScoringCriterion criterion, List<EvaluationApi.Level> levels, BigDecimal autoPoints) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationApi.Evaluation get(UUID meetingId, Locale locale) {
        Meeting m = guard.readable(meetingId);
        return view(m, Evaluation.find("meetingId", m.id).firstResult(), locale);
    }

    @Transactional
    public EvaluationApi.Evaluation save(UUID meetingId, EvaluationApi.EvaluationSave in, Locale locale) {
        Meeting m = guard.writable(meetingId);
        requireHeld(m);
        Evaluation e = Evaluation.find("meetingId", m.id).firstResult();
        boolean created = e == null;
        if (created) {
            Versions.require(in.version(), 0);
            e = new Evaluation();
            e.meetingId = m.id;
            e.templateId = templates.inForce(m.organization, time.dateOf(m.scheduledStart), m.type).id;
            e.status = Evaluation.Status.DRAFT;
        } else {
            requireEditable(e);
            Versions.require(in.version(), e.version);
        }
        ScoringTemplate template = templates.require(e.templateId);
        Map<String, Leaf> leaves = leaves(template, m);
        Map<String, BigDecimal> points = new HashMap<>();
        Map<String, String> justifications = new HashMap<>();
        leaves.forEach((code, leaf) -> points.put(code, leaf.autoPoints() != null ? leaf.autoPoints() : BigDecimal.ZERO));
        for (int i = 0; i < in.scores().size(); i++) {
            EvaluationApi.ScoreInput s = in.scores().get(i);
            Leaf leaf = checkedLeaf(leaves, s, "scores[" + i + "]");
            boolean overridden = leaf.autoPoints() != null && leaf.autoPoints().compareTo(s.points()) != 0;
            if (overridden && (s.justification() == null || s.justification().isBlank())) {
                throw ApiException.invalidField("scores[" + i + "].justification", "override-needs-justification",
                        leaf.autoPoints().toPlainString());
            }
            points.put(s.code(), s.points());
            if (overridden) justifications.put(s.code(), s.justification().trim());
        }
        RatingCalculator.Result result = RatingCalculator.compute(templates.rules(template), points);
        if (in.proposedRating() != null && in.proposedRating() != result.rating()) {
            if (in.proposedRating() == Rating.GOOD && result.bandRating() == Rating.GOOD) {
                throw ApiException.conflict("rating-gate-failed", String.join(", ", result.failedGates()));
            }
            throw ApiException.conflict("rating-mismatch", "rating." + result.rating().name());
        }
        e.selfTotal = result.total();
        e.selfRating = result.rating();
        e.selfFailedGates = String.join(",", result.failedGates());
        e.comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().trim();
        if (e.status == Evaluation.Status.RETURNED) e.status = Evaluation.Status.DRAFT;
        e.persist();
        EvaluationScore.delete("evaluationId", e.id);
        for (Map.Entry<String, Leaf> entry : leaves.entrySet()) {
            EvaluationScore score = new EvaluationScore();
            score.evaluationId = e.id;
            score.code = entry.getKey();
            score.selfPoints = points.get(entry.getKey());
            score.autoPoints = entry.getValue().autoPoints();
            score.justification = justifications.get(entry.getKey());
            score.persist();
        }
        // Scores live in their own rows: every save bumps the evaluation's version now, so the answer
        // carries the version the next save must be based on.
        if (!created) Evaluation.getEntityManager().lock(e, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Evaluation.flush();
        audit.record("Evaluation", e.id, m.organization, "SELF_SCORE", Map.of("total", e.selfTotal.toPlainString(),
                "rating", e.selfRating.name()));
        return view(m, e, locale);
    }

    @Transactional
    public EvaluationApi.Evaluation submit(UUID meetingId, MeetingApi.VersionOnly v, Locale locale) {
        Meeting m = guard.writable(meetingId);
        Evaluation e = Evaluation.find("meetingId", m.id).firstResult();
        if (e == null) throw ApiException.conflict("evaluation-missing");
        requireEditable(e);
        Versions.require(v.version(), e.version);
        e.status = Evaluation.Status.SUBMITTED;
        e.submittedAt = time.now();
        e.submittedBy = actor.username();
        e.returnReason = null;
        Evaluation.flush();
        audit.record("Evaluation", e.id, m.organization, "SUBMIT", Map.of("rating", e.selfRating.name()));
        notices.requested(m, e);
        announce(DomainEventType.EVALUATION_SUBMITTED, m, e);
        return view(m, e, locale);
    }

    /**
     * Only a supervisor of the cell on the meeting day verifies (BR-E5): by a standing assignment, as the committee's
     * named delegate, or by the supervision team's plan for that month.
     */
    @Transactional
    public EvaluationApi.Evaluation verify(UUID meetingId, EvaluationApi.Verification in, Locale locale) {
        Meeting m = guard.require(meetingId);
        if (!supervisors.supervises(actor.username(), m.organization, time.dateOf(m.scheduledStart))) {
            access.requireRead(m.organization);
            throw ApiException.notPermittedAs("not-assigned-verifier");
        }
        Evaluation e = Evaluation.find("meetingId", m.id).firstResult();
        if (e == null) throw ApiException.conflict("evaluation-missing");
        if (e.status == Evaluation.Status.VERIFIED) throw ApiException.conflict("evaluation-locked");
        if (e.status != Evaluation.Status.SUBMITTED) throw ApiException.conflict("evaluation-not-submitted");
        Versions.require(in.version(), e.version);
        if (in.decision() == EvaluationApi.Decision.RETURN) {
            if (in.reason() == null || in.reason().isBlank()) throw ApiException.invalidField("reason", "return-needs-reason");
            e.status = Evaluation.Status.RETURNED;
            e.returnReason = in.reason().trim();
            Evaluation.flush();
            audit.record("Evaluation", e.id, m.organization, "RETURN", Map.of("reason", e.returnReason));
            notices.returned(m, e);
            announce(DomainEventType.EVALUATION_RETURNED, m, e);
            return view(m, e, locale);
        }
        ScoringTemplate template = templates.require(e.templateId);
        Map<String, Leaf> leaves = leaves(template, m);
        Map<String, EvaluationScore> scores = scoresOf(e);
        Map<String, BigDecimal> verified = new HashMap<>();
        scores.forEach((code, s) -> verified.put(code, s.selfPoints));
        List<EvaluationApi.ScoreInput> inputs = in.scores() == null ? List.of() : in.scores();
        for (int i = 0; i < inputs.size(); i++) {
            EvaluationApi.ScoreInput s = inputs.get(i);
            checkedLeaf(leaves, s, "scores[" + i + "]");
            verified.put(s.code(), s.points());
            EvaluationScore row = scores.get(s.code());
            if (row != null) row.verifierComment = s.comment() == null || s.comment().isBlank() ? null : s.comment().trim();
        }
        scores.forEach((code, row) -> row.verifierPoints = verified.get(code));
        RatingCalculator.Result result = RatingCalculator.compute(templates.rules(template), verified);
        e.verifiedTotal = result.total();
        e.verifiedRating = result.rating();
        e.verifiedFailedGates = String.join(",", result.failedGates());
        e.verifier = actor.username();
        e.verifierComment = in.comment() == null || in.comment().isBlank() ? null : in.comment().trim();
        // Stored timestamps keep microseconds at best: sign with a time the database gives back unchanged.
        e.verifiedAt = time.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        e.status = Evaluation.Status.VERIFIED;
        e.contentHash = hash(e, scores);
        // The verifier is no member of the cell, so the meeting was read with guard.require, not writable: its stored
        // facts carry the verified rating (the dashboard's), so they are marked stale here.
        factsChanged.meeting(m.id);
        Evaluation.flush();
        audit.record("Evaluation", e.id, m.organization, "VERIFY", Map.of("total", e.verifiedTotal.toPlainString(),
                "rating", e.verifiedRating.name(), "hash", e.contentHash));
        notices.verified(m, e);
        announce(DomainEventType.EVALUATION_VERIFIED, m, e);
        return view(m, e, locale);
    }

    /** Tells other systems (webhooks, the change feed) of a submission, a return or a verification. */
    private void announce(DomainEventType type, Meeting m, Evaluation e) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("evaluationId", e.id);
        data.put("meetingId", m.id);
        data.put("organizationId", m.organization.id);
        data.put("organizationName", m.organization.name);
        data.put("status", e.status.name());
        data.put("selfTotal", e.selfTotal);
        data.put("selfRating", e.selfRating == null ? null : e.selfRating.name());
        if (e.verifiedRating != null && e.status == Evaluation.Status.VERIFIED) {
            data.put("verifiedTotal", e.verifiedTotal);
            data.put("verifiedRating", e.verifiedRating.name());
        }
        if (e.returnReason != null) data.put("reason", e.returnReason);
        events.fire(new DomainEvent(type, m.organization.id, m.organization.path, e.id, time.now(), data));
    }

    // ---- supervision assignments ----

    @Transactional
    public EvaluationApi.Assignment assign(EvaluationApi.AssignmentCreate in) {
        Organization cell = organizations.require(in.cellId());
        access.requireChangeStructure(cell);
        if (!cell.holdsMeetings) throw ApiException.conflictOnField("not-a-cell", "cellId", cell.name);
        if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw ApiException.invalidField("validTo", "date-before", in.validFrom().toString());
        }
        SupervisionAssignment a = new SupervisionAssignment();
        a.supervisorUsername = in.supervisorUsername().trim();
        a.cell = cell;
        a.delegate = in.delegate();
        a.validFrom = in.validFrom();
        a.validTo = in.validTo();
        a.assignedBy = actor.username();
        a.createdAt = time.now();
        a.persist();
        boolean canRead = Appointment.<Appointment>list("username = ?1 and organization = ?2", a.supervisorUsername, cell)
                .stream().anyMatch(x -> x.validTo == null || !x.validTo.isBefore(time.today()));
        if (!canRead) {
            Appointment appointment = new Appointment();
            appointment.username = a.supervisorUsername;
            appointment.organization = cell;
            appointment.role = Role.SUPERVISOR;
            appointment.validFrom = a.validFrom;
            appointment.validTo = a.validTo;
            appointment.persist();
        }
        SupervisionAssignment.flush();
        audit.record("SupervisionAssignment", a.id, cell, "ASSIGN", Map.of("supervisor", a.supervisorUsername,
                "delegate", a.delegate));
        return assignmentView(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EvaluationApi.Assignment> assignments(UUID organizationId, SubtreePageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        var query = SupervisionAssignment.<SupervisionAssignment>find(
                "cell.path like ?1 order by cell.nameFolded, cell.path, validFrom, id", org.path + "%");
        return new PageResult<>(query.page(paging.page, paging.size).list().stream().map(this::assignmentView).toList(),
                paging.page, paging.size, query.count());
    }

    // ---- queues and report ----

    /** Filters of a verification list, so the list behind a dashboard figure (pending, overdue) can be reached. */
    public record QueueFilter(Evaluation.Status status, Boolean overdue) {
        public QueueFilter {
            if (status == Evaluation.Status.DRAFT || status == Evaluation.Status.VERIFIED) {
                throw ApiException.invalidField("status", "field.unknown-value", "SUBMITTED, RETURNED");
            }
        }

        boolean accepts(EvaluationApi.QueueItem item) {
            return (status == null || status.name().equals(item.status()))
                    && (overdue == null || overdue == item.overdue());
        }
    }

    /** The caller's cells to verify: submitted evaluations, soonest due first, with their due dates, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EvaluationApi.QueueItem> myQueue(QueueFilter filter, SubtreePageRequest paging) {
        LocalDate today = time.today();
        Set<UUID> cells = supervisors.cellsOf(actor.username(), today.minusYears(1), today);
        if (cells.isEmpty()) return paging.slice(List.of());
        InList assigned = InList.of("cell", cells);
        return paging.slice(queue(assigned.bindTo(Evaluation.getEntityManager().createQuery(QUEUE_ROW + " and o.id in "
                        + assigned + " and e.status = :status", Object[].class))
                .setParameter("status", Evaluation.Status.SUBMITTED).getResultList(), filter));
    }

    /** Committee staff: evaluations of the subtree waiting for verification, overdue ones flagged, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EvaluationApi.QueueItem> pending(UUID organizationId, QueueFilter filter, SubtreePageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireAudit(org);
        InList waiting = InList.of("status", List.of(Evaluation.Status.SUBMITTED, Evaluation.Status.RETURNED));
        return paging.slice(queue(waiting.bindTo(Evaluation.getEntityManager().createQuery(QUEUE_ROW
                        + " and o.path like :path and e.status in " + waiting, Object[].class))
                .setParameter("path", org.path + "%").getResultList(), filter));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationApi.Report report(UUID organizationId, LocalDate from, LocalDate to, String text,
                                       SubtreePageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        LocalDate start = from != null ? from : time.today().withDayOfYear(1);
        LocalDate end = to != null ? to : time.today();
        if (end.isBefore(start)) throw ApiException.invalidField("to", "date-before", start.toString());
        // Summed in SQL, a group per rating pair and a row per cell: a province's year is tens of thousands.
        String inPeriod = " from Evaluation e, Meeting m join m.organization o where e.meetingId = m.id"
                + " and o.path like :path and m.scheduledStart >= :from and m.scheduledStart < :to";
        Map<Rating, Integer> self = emptyCounts();
        Map<Rating, Integer> verifiedCounts = emptyCounts();
        Map<String, Map<Rating, Integer>> byCategory = new LinkedHashMap<>();
        int evaluated = 0;
        int goodDespiteGate = 0;
        for (Object[] r : inPeriod(Object[].class, "select o.categoryCode, e.selfRating, e.verifiedRating, count(e),"
                + " sum(case when e.selfRating = :good and trim(e.verifiedFailedGates) <> '' then 1 else 0 end)" + inPeriod
                + " group by o.categoryCode, e.selfRating, e.verifiedRating", org, start, end)
                .setParameter("good", Rating.GOOD).getResultList()) {
            int n = ((Number) r[3]).intValue();
            evaluated += n;
            self.merge((Rating) r[1], n, Integer::sum);
            if (r[2] != null) verifiedCounts.merge((Rating) r[2], n, Integer::sum);
            byCategory.computeIfAbsent((String) r[0], k -> emptyCounts()).merge((Rating) r[1], n, Integer::sum);
            goodDespiteGate += ((Number) r[4]).intValue();
        }
        List<EvaluationApi.CellGap> gaps = new ArrayList<>();
        for (Object[] r : inPeriod(Object[].class, "select o.id, o.name, count(e), sum(e.selfTotal), count(e.verifiedTotal),"
                + " sum(e.verifiedTotal), sum(case when e.verifiedTotal is not null then e.selfTotal end)" + inPeriod
                + " group by o.id, o.name", org, start, end).getResultList()) {
            int count = ((Number) r[2]).intValue();
            int verified = ((Number) r[4]).intValue();
            BigDecimal meanVerified = verified == 0 ? null : mean((BigDecimal) r[5], verified);
            BigDecimal gap = verified == 0 ? null : mean((BigDecimal) r[6], verified).subtract(meanVerified);
            gaps.add(new EvaluationApi.CellGap((UUID) r[0], (String) r[1], count, mean((BigDecimal) r[3], count),
                    meanVerified, gap));
        }
        Predicate<String> named = TextFolding.matches(text);
        PageResult<EvaluationApi.CellGap> page = paging.slice(gaps.stream()
                .filter(g -> named.test(g.organizationName()))
                .sorted(Comparator.comparing((EvaluationApi.CellGap g) -> g.gap() == null ? BigDecimal.ZERO : g.gap())
                        .reversed().thenComparing(EvaluationApi.CellGap::organizationName)
                        .thenComparing(g -> g.organizationId().toString()))
                .toList());
        return new EvaluationApi.Report(org.id, start, end, evaluated, self, verifiedCounts, byCategory,
                goodDespiteGate, page.items(), page.page(), page.size(), page.total());
    }

    // ---- helpers ----

    /**
     * A verification queue's rows as plain columns (a province waits on thousands of evaluations): meeting id, cell
     * id, name and path, meeting type and start, evaluation status, self rating and total.
     */
    private static final String QUEUE_ROW = "select m.id, o.id, o.name, o.path, m.type, m.scheduledStart, e.status,"
            + " e.selfRating, e.selfTotal from Evaluation e, Meeting m join m.organization o where e.meetingId = m.id";

    /**
     * Queue items of {@link #QUEUE_ROW} rows, filtered, soonest due first (then by cell and meeting, so pages are
     * stable); due dates resolved in memory from every policy profile, a province has thousands of them.
     */
    private List<EvaluationApi.QueueItem> queue(List<Object[]> rows, QueueFilter filter) {
        LocalDate today = time.today();
        List<PolicyProfile> allPolicies = rows.isEmpty() ? List.of() : policies.all();
        List<EvaluationApi.QueueItem> items = new ArrayList<>();
        for (Object[] row : rows) {
            Instant start = (Instant) row[5];
            LocalDate day = time.dateOf(start);
            LocalDate due = VerificationDeadline.due(day, PolicyChain.pick(allPolicies, PolicyChain.chainOf((String) row[3]), day));
            EvaluationApi.QueueItem item = new EvaluationApi.QueueItem((UUID) row[0], (UUID) row[1], (String) row[2],
                    ((MeetingType) row[4]).name(), time.local(start), ((Evaluation.Status) row[6]).name(),
                    (Rating) row[7], (BigDecimal) row[8], due, today.isAfter(due));
            if (filter.accepts(item)) items.add(item);
        }
        items.sort(Comparator.comparing(EvaluationApi.QueueItem::dueDate)
                .thenComparing(EvaluationApi.QueueItem::organizationName)
                .thenComparing(i -> i.meetingId().toString()));
        return items;
    }

    private LocalDate dueDate(Meeting m) {
        LocalDate day = time.dateOf(m.scheduledStart);
        return VerificationDeadline.due(day, policies.inForce(m.organization, day));
    }

    private Map<String, Leaf> leaves(ScoringTemplate template, Meeting m) {
        MeetingFacts facts = meetingFacts.of(m);
        PolicyProfile policy = policies.pinnedOrInForce(m.policyProfileId, m.organization, facts.day()); // BR-D2
        Map<String, Leaf> leaves = new LinkedHashMap<>();
        List<ScoringCriterion> all = templates.criteriaOf(template);
        for (ScoringCriterion c : all) {
            boolean isLeaf = all.stream().noneMatch(x -> c.id.equals(x.parentId));
            if (!isLeaf) continue;
            List<EvaluationApi.Level> levels = templates.levels(c);
            leaves.put(c.code, new Leaf(c, levels, auto.score(c, levels, m, facts, policy)));
        }
        metrics.evaluationRecomputed();
        return leaves;
    }

    private static Leaf checkedLeaf(Map<String, Leaf> leaves, EvaluationApi.ScoreInput s, String field) {
        Leaf leaf = leaves.get(s.code());
        if (leaf == null) throw ApiException.invalidField(field + ".code", "unknown-criterion", s.code());
        BigDecimal max = leaf.criterion().maxPoints;
        if (s.points().signum() < 0 || s.points().compareTo(max) > 0) {
            throw ApiException.invalidField(field + ".points", "score-out-of-range", s.code(), max.toPlainString());
        }
        if (!leaf.levels().isEmpty() && leaf.levels().stream().noneMatch(l -> l.points().compareTo(s.points()) == 0)) {
            throw ApiException.invalidField(field + ".points", "score-not-a-level", s.code(),
                    leaf.levels().stream().map(l -> l.points().stripTrailingZeros().toPlainString())
                            .collect(Collectors.joining(", ")));
        }
        return leaf;
    }

    private void requireHeld(Meeting m) {
        if (m.status != MeetingStatus.HELD && m.status != MeetingStatus.APPROVED) {
            throw ApiException.conflict("meeting-not-held");
        }
    }

    private static void requireEditable(Evaluation e) {
        if (e.status == Evaluation.Status.VERIFIED) throw ApiException.conflict("evaluation-locked");
        if (e.status == Evaluation.Status.SUBMITTED) throw ApiException.conflict("evaluation-submitted");
    }

    private Map<String, EvaluationScore> scoresOf(Evaluation e) {
        Map<String, EvaluationScore> scores = new LinkedHashMap<>();
        EvaluationScore.<EvaluationScore>list("evaluationId", e.id).forEach(s -> scores.put(s.code, s));
        return scores;
    }

    private EvaluationApi.Evaluation view(Meeting m, Evaluation e, Locale locale) {
        ScoringTemplate template = e != null ? templates.require(e.templateId)
                : templates.inForce(m.organization, time.dateOf(m.scheduledStart), m.type);
        Map<String, Leaf> leaves = leaves(template, m);
        Map<String, EvaluationScore> saved = e == null ? Map.of() : scoresOf(e);
        List<EvaluationApi.Score> scores = new ArrayList<>();
        Map<String, BigDecimal> points = new HashMap<>();
        for (Leaf leaf : leaves.values()) {
            EvaluationScore s = saved.get(leaf.criterion().code);
            BigDecimal self = s != null ? s.selfPoints : leaf.autoPoints();
            if (self != null) points.put(leaf.criterion().code, self);
            scores.add(new EvaluationApi.Score(leaf.criterion().code, leaf.criterion().name, leaf.criterion().maxPoints,
                    leaf.criterion().gate, self, leaf.autoPoints(), s == null ? null : s.justification,
                    s == null ? null : s.verifierPoints, s == null ? null : s.verifierComment));
        }
        RatingCalculator.Result result = RatingCalculator.compute(templates.rules(template), points);
        List<String> reasons = new ArrayList<>();
        reasons.add(Messages.get(locale, "evaluation.band", result.total().stripTrailingZeros().toPlainString(),
                "rating." + result.bandRating().name()));
        if (result.gateLowered()) {
            reasons.add(Messages.get(locale, "evaluation.gate", String.join(", ", result.failedGates())));
        }
        if (e != null && e.contentHash != null && !e.contentHash.equals(hash(e, saved))) {
            reasons.add(Messages.get(locale, "evaluation.tampered"));
        }
        LocalDate due = dueDate(m);
        boolean overdue = VerificationDeadline.overdue(e != null && e.status == Evaluation.Status.SUBMITTED, due, time.today());
        return new EvaluationApi.Evaluation(m.id, template.id, template.name,
                e == null ? "NOT_STARTED" : e.status.name(), scores, result.total(), result.rating(),
                result.failedGates(), reasons, e == null ? null : e.verifiedTotal, e == null ? null : e.verifiedRating,
                e == null || e.verifiedFailedGates == null || e.verifiedFailedGates.isBlank() ? List.of()
                        : Arrays.asList(e.verifiedFailedGates.split(",")),
                e == null ? null : e.verifier, e == null ? null : time.local(e.verifiedAt),
                e == null ? null : e.contentHash, e == null ? null : e.returnReason, e == null ? null : e.comment,
                e == null ? null : e.verifierComment, due, overdue, e == null ? 0 : e.version);
    }

    private EvaluationApi.Assignment assignmentView(SupervisionAssignment a) {
        return new EvaluationApi.Assignment(a.id, a.supervisorUsername, a.cell.id, a.cell.name, a.delegate, a.validFrom,
                a.validTo);
    }

    /**
     * SHA-256 of everything the signature vouches for; recomputing it later reveals tampering. Public
     * so the demo history seals its verified evaluations the same way.
     */
    public static String hash(Evaluation e, Map<String, EvaluationScore> scores) {
        StringBuilder content = new StringBuilder();
        content.append(e.meetingId).append('|').append(e.templateId).append('|')
                .append(e.selfTotal.stripTrailingZeros().toPlainString()).append('|').append(e.selfRating).append('|');
        scores.values().stream().sorted((a, b) -> a.code.compareTo(b.code)).forEach(s -> content.append(s.code).append(':')
                .append(s.selfPoints.stripTrailingZeros().toPlainString()).append(':')
                .append(s.verifierPoints == null ? "" : s.verifierPoints.stripTrailingZeros().toPlainString()).append(';'));
        content.append('|').append(e.verifiedTotal.stripTrailingZeros().toPlainString()).append('|').append(e.verifiedRating)
                .append('|').append(e.verifier).append('|')
                .append(e.verifiedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<Rating, Integer> emptyCounts() {
        Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) counts.put(r, 0);
        return counts;
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** The query over the evaluations of a subtree's meetings scheduled from one day to another (inclusive). */
    private <T> TypedQuery<T> inPeriod(Class<T> type, String hql, Organization org, LocalDate from, LocalDate to) {
        return Evaluation.getEntityManager().createQuery(hql, type).setParameter("path", org.path + "%")
                .setParameter("from", from.atStartOfDay(time.zone()).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(time.zone()).toInstant());
    }
}
