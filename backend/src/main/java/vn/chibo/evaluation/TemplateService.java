package vn.chibo.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.LegalReferenceService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * Score sheets as data: the one in force for a cell on a day, the catalogue, and creating,
 * adopting (copying) and editing sheets. A sheet that has been used is never changed in place.
 */
@ApplicationScoped
public class TemplateService {
    private static final TypeReference<List<EvaluationApi.Level>> LEVELS = new TypeReference<>() {};

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final ObjectMapper json;
    private final LegalReferenceService references;

    public TemplateService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                           AuditService audit, TimeSource time, ObjectMapper json, LegalReferenceService references) {
        this.references = references;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.json = json;
    }

    /** The sheet in force: issued by the nearest committee at or above the cell, else central. */
    public ScoringTemplate inForce(Organization cell, LocalDate day, MeetingType type) {
        List<UUID> chain = new ArrayList<>(cell.ancestorIds());
        chain.add(cell.id);
        return pick(ScoringTemplate.list("(issuer.id in ?1 or issuer is null) and catalogueOnly = false"
                + " and validFrom <= ?2 and (validTo is null or validTo >= ?2)", chain, day), cell, day, type);
    }

    /**
     * The sheet in force among candidates read beforehand (every sheet, once, for a job that scores many
     * meetings): the same choice as {@link #inForce(Organization, LocalDate, MeetingType)}.
     */
    public static ScoringTemplate pick(List<ScoringTemplate> candidates, Organization cell, LocalDate day, MeetingType type) {
        List<UUID> chain = new ArrayList<>(cell.ancestorIds());
        chain.add(cell.id);
        return candidates.stream()
                .filter(t -> !t.catalogueOnly && (t.issuer == null || chain.contains(t.issuer.id)))
                .filter(t -> !t.validFrom.isAfter(day) && (t.validTo == null || !t.validTo.isBefore(day)))
                .filter(t -> t.types().contains(type.name()))
                .max(Comparator.<ScoringTemplate>comparingInt(t -> t.issuer == null ? -1 : chain.indexOf(t.issuer.id))
                        .thenComparing(t -> t.validFrom).thenComparingInt(t -> t.version))
                .orElseThrow(() -> ApiException.conflict("no-scoring-template", type.name()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EvaluationApi.Template> list(UUID organizationId, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        List<UUID> chain = new ArrayList<>(org.ancestorIds());
        chain.add(org.id);
        String where = "issuer.id in ?1 or issuer is null";
        // id breaks ties of two sheets of one name valid from the same day so pages never overlap
        List<EvaluationApi.Template> items = ScoringTemplate.<ScoringTemplate>find(where + " order by validFrom desc, name, id", chain)
                .page(paging.page, paging.size).list().stream().map(this::view).toList();
        return new PageResult<>(items, paging.page, paging.size, ScoringTemplate.count(where, chain));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationApi.Template get(UUID id) {
        ScoringTemplate t = require(id);
        if (t.issuer != null) access.requireRead(t.issuer);
        return view(t);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationApi.Template effective(UUID organizationId, LocalDate on, MeetingType type) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        return view(inForce(org, on != null ? on : time.today(), type != null ? type : MeetingType.REGULAR));
    }

    @Transactional
    public EvaluationApi.Template create(EvaluationApi.TemplateInput in) {
        Organization issuer = organizations.require(in.issuerOrganizationId());
        access.requireChangeStructure(issuer);
        ScoringTemplate t = new ScoringTemplate();
        t.version = 1;
        fill(t, issuer, in);
        persistWithCriteria(t, in.criteria());
        audit.record("ScoringTemplate", t.id, issuer, "CREATE", Map.of("name", t.name));
        return view(t);
    }

    /** Adopting a sheet: a copy issued by the caller's committee, from a date. */
    @Transactional
    public EvaluationApi.Template copy(UUID id, EvaluationApi.TemplateCopy c) {
        ScoringTemplate source = require(id);
        if (source.issuer != null) access.requireRead(source.issuer);
        Organization issuer = organizations.require(c.issuerOrganizationId());
        access.requireChangeStructure(issuer);
        ScoringTemplate t = new ScoringTemplate();
        t.issuer = issuer;
        t.name = source.name;
        t.legalBasis = source.legalBasis;
        t.legalReference = source.legalReference;
        t.version = 1;
        t.validFrom = c.validFrom();
        t.meetingTypes = source.meetingTypes;
        t.total = source.total;
        t.goodMin = source.goodMin;
        t.fairMin = source.fairMin;
        t.averageMin = source.averageMin;
        t.reconstructed = source.reconstructed;
        t.copiedFromId = source.id;
        t.createdAt = time.now();
        t.createdBy = actor.username();
        t.persist();
        // Parents before children, so every row refers to one already written.
        List<ScoringCriterion> pending = new ArrayList<>(criteriaOf(source));
        java.util.Set<UUID> written = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            for (java.util.Iterator<ScoringCriterion> it = pending.iterator(); it.hasNext(); ) {
                ScoringCriterion sc = it.next();
                if (sc.parentId != null && !written.contains(sc.parentId)) continue;
                ScoringCriterion copy = new ScoringCriterion();
                copy.id = UUID.nameUUIDFromBytes((t.id + "/" + sc.id).getBytes());
                copy.templateId = t.id;
                copy.parentId = sc.parentId == null ? null : UUID.nameUUIDFromBytes((t.id + "/" + sc.parentId).getBytes());
                copy.position = sc.position;
                copy.code = sc.code;
                copy.name = sc.name;
                copy.maxPoints = sc.maxPoints;
                copy.inputType = sc.inputType;
                copy.autoSource = sc.autoSource;
                copy.levels = sc.levels;
                copy.conditionKind = sc.conditionKind;
                copy.gate = sc.gate;
                copy.persist();
                ScoringCriterion.flush();
                written.add(sc.id);
                it.remove();
            }
        }
        ScoringTemplate.flush();
        audit.record("ScoringTemplate", t.id, issuer, "COPY", Map.of("from", source.id.toString()));
        return view(t);
    }

    /** An unused sheet is edited in place; a used one gets a new version and the old one ends. */
    @Transactional
    public EvaluationApi.Template update(UUID id, EvaluationApi.TemplateInput in) {
        ScoringTemplate current = require(id);
        if (current.issuer == null) throw ApiException.conflict("template-central");
        access.requireChangeStructure(current.issuer);
        Organization issuer = organizations.require(in.issuerOrganizationId());
        if (!issuer.id.equals(current.issuer.id)) throw ApiException.invalidField("issuerOrganizationId", "template-issuer");
        ScoringTemplate target;
        if (isUsed(current)) {
            if (!in.validFrom().isAfter(current.validFrom)) {
                throw ApiException.invalidField("validFrom", "date-after", current.validFrom.toString());
            }
            current.validTo = in.validFrom().minusDays(1);
            target = new ScoringTemplate();
            target.version = current.version + 1;
            target.copiedFromId = current.id;
        } else {
            ScoringCriterion.delete("templateId", current.id);
            ScoringCriterion.flush();
            target = current;
        }
        fill(target, issuer, in);
        persistWithCriteria(target, in.criteria());
        audit.record("ScoringTemplate", target.id, issuer, "UPDATE", Map.of("version", target.version));
        return view(target);
    }

    public boolean isUsed(ScoringTemplate t) {
        return Evaluation.count("templateId", t.id) > 0;
    }

    /** The arithmetic of a sheet, for the calculator. */
    public TemplateRules rules(ScoringTemplate t) {
        List<ScoringCriterion> all = criteriaOf(t);
        return new TemplateRules(t.total, t.goodMin, t.fairMin, t.averageMin, nodes(all, null));
    }

    public List<ScoringCriterion> criteriaOf(ScoringTemplate t) {
        return ScoringCriterion.list("templateId = ?1 order by position", t.id);
    }

    public List<EvaluationApi.Level> levels(ScoringCriterion c) {
        if (c.levels == null) return List.of();
        try {
            return json.readValue(c.levels, LEVELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScoringTemplate require(UUID id) {
        ScoringTemplate t = id == null ? null : ScoringTemplate.findById(id);
        if (t == null) throw ApiException.notFound("entity.template");
        return t;
    }

    public EvaluationApi.Template view(ScoringTemplate t) {
        return new EvaluationApi.Template(t.id, t.issuer == null ? null : t.issuer.id,
                t.issuer == null ? "Trung ương" : t.issuer.name, t.name, t.legalBasis, t.version, t.validFrom, t.validTo,
                t.types(), t.catalogueOnly, t.reconstructed, t.total, t.goodMin, t.fairMin, t.averageMin, t.copiedFromId,
                isUsed(t), criteriaViews(criteriaOf(t), null), vn.chibo.policy.LegalReferenceApi.View.of(t.legalReference));
    }

    private List<EvaluationApi.Criterion> criteriaViews(List<ScoringCriterion> all, UUID parent) {
        return all.stream().filter(c -> java.util.Objects.equals(c.parentId, parent))
                .map(c -> new EvaluationApi.Criterion(c.code, c.name, c.maxPoints, c.inputType, c.autoSource, levels(c),
                        c.conditionKind, c.gate, criteriaViews(all, c.id))).toList();
    }

    private List<TemplateRules.Node> nodes(List<ScoringCriterion> all, UUID parent) {
        return all.stream().filter(c -> java.util.Objects.equals(c.parentId, parent))
                .map(c -> new TemplateRules.Node(c.code, c.maxPoints, c.gate, nodes(all, c.id))).toList();
    }

    private void fill(ScoringTemplate t, Organization issuer, EvaluationApi.TemplateInput in) {
        for (String type : in.meetingTypes()) {
            try {
                MeetingType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("meetingTypes", "field.unknown-value", java.util.Arrays.toString(MeetingType.values()));
            }
        }
        if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw ApiException.invalidField("validTo", "date-before", in.validFrom().toString());
        }
        t.issuer = issuer;
        t.name = in.name().trim();
        t.legalBasis = in.legalBasis();
        t.legalReference = in.legalReferenceId() != null ? references.require("legalReferenceId", in.legalReferenceId())
                : references.resolve("legalBasis", in.legalBasis());
        t.validFrom = in.validFrom();
        t.validTo = in.validTo();
        t.meetingTypes = String.join(",", in.meetingTypes());
        t.total = in.total();
        t.goodMin = in.goodMin();
        t.fairMin = in.fairMin();
        t.averageMin = in.averageMin();
        t.createdAt = time.now();
        t.createdBy = actor.username();
    }

    private void persistWithCriteria(ScoringTemplate t, List<EvaluationApi.CriterionInput> criteria) {
        TemplateRules rules = new TemplateRules(t.total, t.goodMin, t.fairMin, t.averageMin, inputNodes(criteria));
        List<TemplateRules.Problem> problems = new ArrayList<>(rules.validate());
        checkLevels(criteria, problems);
        if (!problems.isEmpty()) {
            TemplateRules.Problem first = problems.get(0);
            throw ApiException.conflict(first.key(), first.args());
        }
        t.persist();
        persistCriteria(t, criteria, null);
        ScoringTemplate.flush();
    }

    private void checkLevels(List<EvaluationApi.CriterionInput> criteria, List<TemplateRules.Problem> problems) {
        for (EvaluationApi.CriterionInput c : criteria) {
            boolean leaf = c.children() == null || c.children().isEmpty();
            if (leaf && c.inputType() == null) problems.add(new TemplateRules.Problem("criterion-input", c.code()));
            if (leaf && c.inputType() != null && c.inputType() != ScoringCriterion.InputType.POINTS
                    && (c.levels() == null || c.levels().isEmpty())) {
                problems.add(new TemplateRules.Problem("criterion-levels", c.code()));
            }
            if (c.levels() != null && c.levels().stream().anyMatch(l -> l.points().compareTo(c.maxPoints()) > 0)) {
                problems.add(new TemplateRules.Problem("criterion-level-points", c.code()));
            }
            if ("DURATION".equals(c.autoSource()) && c.levels() != null && c.levels().stream().limit(c.levels().size() - 1L)
                    .anyMatch(l -> l.min() == null && l.maxShortMinutes() == null)) {
                // The bands are the template's data: only the last level may go without one (it catches the rest).
                problems.add(new TemplateRules.Problem("criterion-duration-bands", c.code()));
            }
            if (!leaf) checkLevels(c.children(), problems);
        }
    }

    private List<TemplateRules.Node> inputNodes(List<EvaluationApi.CriterionInput> criteria) {
        return criteria.stream().map(c -> new TemplateRules.Node(c.code(), c.maxPoints(), c.gate(),
                c.children() == null ? List.of() : inputNodes(c.children()))).toList();
    }

    private void persistCriteria(ScoringTemplate t, List<EvaluationApi.CriterionInput> criteria, UUID parent) {
        int position = 0;
        for (EvaluationApi.CriterionInput in : criteria) {
            ScoringCriterion c = new ScoringCriterion();
            c.templateId = t.id;
            c.parentId = parent;
            c.position = position++;
            c.code = in.code().trim();
            c.name = in.name().trim();
            c.maxPoints = in.maxPoints();
            c.inputType = in.inputType();
            c.autoSource = in.autoSource();
            try {
                c.levels = in.levels() == null || in.levels().isEmpty() ? null : json.writeValueAsString(in.levels());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            c.conditionKind = in.condition();
            c.gate = in.gate();
            c.persist();
            if (in.children() != null) persistCriteria(t, in.children(), c.id);
        }
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
