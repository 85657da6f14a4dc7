package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.evaluation.AutoScorer;
import vn.chibo.evaluation.Evaluation;
import vn.chibo.evaluation.EvaluationApi;
import vn.chibo.evaluation.EvaluationScore;
import vn.chibo.evaluation.EvaluationService;
import vn.chibo.evaluation.RatingCalculator;
import vn.chibo.evaluation.ScoringCriterion;
import vn.chibo.evaluation.ScoringTemplate;
import vn.chibo.evaluation.TemplateRules;
import vn.chibo.evaluation.TemplateService;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.policy.PolicyProfile;

/**
 * The self-evaluation of a held demo meeting and its verification, scored by the product's own rules:
 * the template in force, the automatic criteria from the meeting's recorded facts (AutoScorer), the
 * total and rating from RatingCalculator. Only the criteria a secretary scores by hand come from the
 * plan's quality, and the supervisor confirms the secretary's scores.
 */
@ApplicationScoped
class DemoEvaluations {
    private final TemplateService templates;
    private final AutoScorer auto;
    private final EntityManager em;

    DemoEvaluations(TemplateService templates, AutoScorer auto, EntityManager em) {
        this.templates = templates;
        this.auto = auto;
        this.em = em;
    }

    /** Whether the plan has the meeting self-evaluated (so its facts, with history, are needed). */
    static boolean evaluated(PlannedMeeting p) {
        return p.evaluated() && p.review() != PlannedMeeting.Review.NONE;
    }

    /**
     * Scores the meeting from its facts (with history) and the policy in force on its day, submits and
     * verifies as the plan says; returns the evaluation, or null when none yet.
     */
    Evaluation evaluate(Meeting m, MeetingFacts facts, PolicyProfile policy, PlannedMeeting p, String secretaryLogin,
                        String supervisor, boolean secretaryOnly, DemoMeetingWriter audit, Sheets sheets, DemoRows rows) {
        if (!evaluated(p)) return null;
        ScoringTemplate template = TemplateService.pick(sheets.templates(), m.organization, facts.day(), m.type);
        Sheet sheet = sheets.byTemplate().computeIfAbsent(template.id, id -> sheet(template));
        Map<String, BigDecimal> points = new HashMap<>();
        Map<String, BigDecimal> autoPoints = new LinkedHashMap<>();
        for (Map.Entry<ScoringCriterion, List<EvaluationApi.Level>> leaf : sheet.leaves().entrySet()) {
            ScoringCriterion c = leaf.getKey();
            List<EvaluationApi.Level> levels = leaf.getValue();
            BigDecimal automatic = auto.score(c, levels, m, facts, policy, () -> secretaryOnly);
            autoPoints.put(c.code, automatic);
            points.put(c.code, automatic != null ? automatic : manual(c, levels, p.quality()));
        }
        RatingCalculator.Result result = RatingCalculator.compute(sheet.rules(), points);

        Evaluation e = new Evaluation();
        e.meetingId = m.id;
        e.templateId = template.id;
        e.status = Evaluation.Status.SUBMITTED;
        e.selfTotal = result.total();
        e.selfRating = result.rating();
        e.selfFailedGates = String.join(",", result.failedGates());
        e.submittedAt = m.actualEnd.plus(Duration.ofDays(1));
        e.submittedBy = secretaryLogin;
        rows.add(e);
        Map<String, EvaluationScore> scores = new LinkedHashMap<>();
        autoPoints.forEach((code, automatic) -> {
            EvaluationScore s = new EvaluationScore();
            s.evaluationId = e.id;
            s.code = code;
            s.selfPoints = points.get(code);
            s.autoPoints = automatic;
            scores.put(code, s);
        });
        audit.audit(rows, e.submittedAt, secretaryLogin, "Evaluation", e.id, m.organization, "SUBMIT",
                "{\"rating\":\"" + e.selfRating + "\"}");
        if (p.review() == PlannedMeeting.Review.VERIFIED) {
            scores.values().forEach(s -> s.verifierPoints = s.selfPoints);
            e.verifiedTotal = result.total();
            e.verifiedRating = result.rating();
            e.verifiedFailedGates = e.selfFailedGates;
            e.verifier = supervisor;
            e.verifierComment = "Nhất trí với kết quả chi bộ tự chấm.";
            e.verifiedAt = e.submittedAt.plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MILLIS);
            e.status = Evaluation.Status.VERIFIED;
            e.contentHash = EvaluationService.hash(e, scores);
            audit.audit(rows, e.verifiedAt, supervisor, "Evaluation", e.id, m.organization, "VERIFY",
                    "{\"rating\":\"" + e.verifiedRating + "\"}");
        }
        scores.values().forEach(rows::add);
        return e;
    }

    /**
     * A template's leaf criteria with their levels, in order, and its rules: read once per template for
     * a whole load (the caller keeps the map) rather than once per evaluated meeting.
     */
    record Sheet(LinkedHashMap<ScoringCriterion, List<EvaluationApi.Level>> leaves, TemplateRules rules) {}

    /** Every scoring template (with its issuer), read once for a load, and the sheets of those used so far. */
    record Sheets(List<ScoringTemplate> templates, Map<UUID, Sheet> byTemplate) {}

    Sheets sheets() {
        return new Sheets(em.createQuery("select t from ScoringTemplate t left join fetch t.issuer", ScoringTemplate.class)
                .getResultList(), new HashMap<>());
    }

    private Sheet sheet(ScoringTemplate template) {
        List<ScoringCriterion> all = templates.criteriaOf(template);
        LinkedHashMap<ScoringCriterion, List<EvaluationApi.Level>> leaves = new LinkedHashMap<>();
        for (ScoringCriterion c : all) {
            if (all.stream().anyMatch(x -> c.id.equals(x.parentId))) continue;
            leaves.put(c, templates.levels(c));
        }
        return new Sheet(leaves, templates.rules(template));
    }

    /** What a secretary gives a hand-scored criterion: everything for a good meeting, less as it went worse. */
    private static BigDecimal manual(ScoringCriterion c, List<EvaluationApi.Level> levels, PlannedMeeting.Quality quality) {
        double share = switch (quality) {
            case GOOD -> 1.0;
            case FAIR -> 0.75;
            case AVERAGE -> 0.5;
            case POOR -> 0.2;
        };
        if (!levels.isEmpty()) {
            // Levels are ordered best first: pick the level at the same distance from the top.
            int index = (int) Math.round((1 - share) * (levels.size() - 1));
            return levels.get(Math.min(index, levels.size() - 1)).points();
        }
        return c.maxPoints.multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP);
    }

}
