package vn.chibo.rating;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Versions;
import vn.chibo.common.TimeSource;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * The steps of an annual rating (QĐ 124/366): self-assessment by the cell (for itself and its members),
 * verification and proposal by the upper committee, decision by the committee that opened the cycle, and
 * a new revision, with a reason, to supersede a decided rating. Each step is dated, signed and audited.
 */
@ApplicationScoped
public class RatingWorkflowService implements PanacheRepositoryBase<AnnualRating, UUID> {
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final RegulationCatalog regulations;
    private final RatingViews views;

    public RatingWorkflowService(AccessPolicy access, CurrentActor actor, AuditService audit, TimeSource time,
                                 RegulationCatalog regulations, RatingViews views) {
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.regulations = regulations;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingApi.View get(UUID id, Locale locale) {
        AnnualRating r = require(id);
        if (!views.isOwn(r)) access.requireRead(r.unit);
        return views.view(r, locale);
    }

    @Transactional
    public RatingApi.View selfAssess(UUID id, RatingApi.SelfAssessment body, Locale locale) {
        AnnualRating r = require(id);
        if (!views.isOwn(r)) access.requireChangeMembers(r.unit); // a member self-assesses; the cell may record it
        expect(r, body.version(), RatingState.PENDING, RatingState.SELF_ASSESSED);
        Regulation regulation = regulations.byCode(r.regulationCode);
        BigDecimal points = RatingRules.total(regulation, r.subjectType, body.scores());
        RatingRules.requireAllowed(regulation, points, body.level(), "level");
        r.recordSelfAssessment(body.scores(), points, body.level(), body.note(), body.tasksExceededPercent(),
                body.subordinateDisciplined(), body.shortcomingsFixed(), time.now(), actor.username());
        audit.record("AnnualRating", r.id, r.unit, "SELF_ASSESS", step(points, body.level(), body.note()));
        return flushed(r, locale);
    }

    @Transactional
    public RatingApi.View propose(UUID id, RatingApi.Proposal body, Locale locale) {
        AnnualRating r = require(id);
        access.requireChangeStructureAbove(r.unit);
        expect(r, body.version(), RatingState.SELF_ASSESSED);
        BigDecimal points = body.points() != null ? body.points() : r.selfPoints;
        if (points.scale() > 2) throw ApiException.invalidField("points", "rating-score-scale");
        RatingRules.requireAllowed(regulations.byCode(r.regulationCode), points, body.level(), "level");
        r.recordProposal(points, body.level(), body.note(), time.now(), actor.username());
        audit.record("AnnualRating", r.id, r.unit, "PROPOSE", step(points, body.level(), body.note()));
        return flushed(r, locale);
    }

    @Transactional
    public RatingApi.View decide(UUID id, RatingApi.Decision body, Locale locale) {
        AnnualRating r = require(id);
        access.requireChangeStructure(r.cycle.organization);
        expect(r, body.version(), RatingState.PROPOSED);
        RatingRules.requireAllowed(regulations.byCode(r.regulationCode), r.proposedPoints, body.level(), "level");
        r.recordDecision(body.level(), body.note(), time.now(), actor.username());
        audit.record("AnnualRating", r.id, r.unit, "DECIDE", step(r.proposedPoints, body.level(), body.note()));
        return flushed(r, locale);
    }

    /** A decided rating is never edited: a new revision, carrying the self-assessment, replaces it. */
    @Transactional
    public RatingApi.View supersede(UUID id, RatingApi.Supersede body, Locale locale) {
        AnnualRating r = require(id);
        access.requireChangeStructure(r.cycle.organization);
        expect(r, body.version(), RatingState.DECIDED);
        r.current = false;
        r.state = RatingState.SUPERSEDED;
        flush(); // the old revision stops being current before the new one is written
        AnnualRating next = r.nextRevision(body.reason().trim());
        persist(next);
        audit.record("AnnualRating", r.id, r.unit, "SUPERSEDE", Map.of("reason", next.supersedeReason,
                "newRevision", next.revision, "newId", next.id.toString()));
        return flushed(next, locale);
    }

    private AnnualRating require(UUID id) {
        AnnualRating r = findById(id);
        if (r == null) throw ApiException.notFound("entity.annual-rating");
        return r;
    }

    /** The version the caller saw, and a state that allows the step (a decided rating refuses every edit). */
    private static void expect(AnnualRating r, Long version, RatingState... allowed) {
        Versions.require(version, r.version);
        for (RatingState s : allowed) {
            if (r.state == s) return;
        }
        if (r.state == RatingState.DECIDED) throw ApiException.conflict("rating-decided");
        throw ApiException.conflict("rating-state", "status.rating-" + r.state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private RatingApi.View flushed(AnnualRating r, Locale locale) {
        flush(); // the answer carries the new version
        return views.view(r, locale);
    }

    private static Map<String, Object> step(BigDecimal points, AnnualLevel level, String note) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("points", points == null ? null : points.toPlainString());
        changes.put("level", level.name());
        if (note != null) changes.put("note", note);
        return new HashMap<>(changes);
    }
}
