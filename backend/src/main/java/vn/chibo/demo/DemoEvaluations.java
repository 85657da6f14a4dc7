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
import vn.chibo.evaluation.AutoScorer;
import vn.chibo.evaluation.Evaluation;
import vn.chibo.evaluation.EvaluationApi;
import vn.chibo.evaluation.EvaluationScore;
import vn.chibo.evaluation.EvaluationService;
import vn.chibo.evaluation.RatingCalculator;
import vn.chibo.evaluation.ScoringCriterion;
import vn.chibo.evaluation.ScoringTemplate;
import vn.chibo.evaluation.TemplateService;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingFacts;
import vn.chibo.meeting.MeetingFactsReader;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;

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
    private final MeetingFactsReader facts;
    private final PolicyService policies;
    private final EntityManager em;

    DemoEvaluations(TemplateService templates, AutoScorer auto, MeetingFactsReader facts, PolicyService policies,
                    EntityManager em) {
        this.templates = templates;
        this.auto = auto;
        this.facts = facts;
        this.policies = policies;
        this.em = em;
    }

    /** Scores the meeting, submits and verifies as the plan says; returns the evaluation, or null when none yet. */
    Evaluation evaluate(Meeting m, PlannedMeeting p, String secretaryLogin, String supervisor, DemoMeetingWriter audit) {
        if (!p.evaluated() || p.review() == PlannedMeeting.Review.NONE) return null;
        ScoringTemplate template = templates.inForce(m.organization, m.scheduledStart.atZone(DemoHistory.ZONE).toLocalDate(),
                m.type);
        MeetingFacts f = facts.of(m);
        PolicyProfile policy = policies.inForce(m.organization, f.day());
        List<ScoringCriterion> all = templates.criteriaOf(template);
        Map<String, BigDecimal> points = new HashMap<>();
        Map<String, BigDecimal> autoPoints = new LinkedHashMap<>();
        for (ScoringCriterion c : all) {
            if (all.stream().anyMatch(x -> c.id.equals(x.parentId))) continue;
            List<EvaluationApi.Level> levels = templates.levels(c);
            BigDecimal automatic = auto.score(c, levels, m, f, policy);
            autoPoints.put(c.code, automatic);
            points.put(c.code, automatic != null ? automatic : manual(c, levels, p.quality()));
        }
        RatingCalculator.Result result = RatingCalculator.compute(templates.rules(template), points);

        Evaluation e = new Evaluation();
        e.meetingId = m.id;
        e.templateId = template.id;
        e.status = Evaluation.Status.SUBMITTED;
        e.selfTotal = result.total();
        e.selfRating = result.rating();
        e.selfFailedGates = String.join(",", result.failedGates());
        e.submittedAt = m.actualEnd.plus(Duration.ofDays(1));
        e.submittedBy = secretaryLogin;
        em.persist(e);
        Map<String, EvaluationScore> scores = new LinkedHashMap<>();
        autoPoints.forEach((code, automatic) -> {
            EvaluationScore s = new EvaluationScore();
            s.evaluationId = e.id;
            s.code = code;
            s.selfPoints = points.get(code);
            s.autoPoints = automatic;
            scores.put(code, s);
        });
        audit.audit(e.submittedAt, secretaryLogin, "Evaluation", e.id, m.organization, "SUBMIT",
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
            audit.audit(e.verifiedAt, supervisor, "Evaluation", e.id, m.organization, "VERIFY",
                    "{\"rating\":\"" + e.verifiedRating + "\"}");
        }
        scores.values().forEach(em::persist);
        return e;
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
