package vn.chibo.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.Messages;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/**
 * Model-meeting programmes: the cells a committee chooses each year, checked against the rule of the
 * policy in force (too few cells or the wrong kinds are warnings), the appraisal of their content
 * beforehand and the lessons drawn afterwards, shared with the committee's other cells.
 */
@ApplicationScoped
public class ModelService {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final PolicyService policies;

    public ModelService(OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                        AuditService audit, TimeSource time, PolicyService policies) {
        this.policies = policies;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
    }

    /** The model-meeting numbers of the policy in force for the committee. */
    record Numbers(int threshold, int below, int atOrAbove, int quarter, String policyLabel) {}

    private Numbers policyNumbers(Organization committee) {
        PolicyProfile p = policies.inForce(committee, time.today());
        return new Numbers(p.modelCellThreshold, p.modelMeetingsBelowThreshold, p.modelMeetingsAtOrAboveThreshold,
                p.modelMeetingQuarter, p.label());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ModelApi.ProgrammeView get(UUID committeeId, int year, Locale locale) {
        Organization committee = organizations.require(committeeId);
        access.requireRead(committee);
        requireCommittee(committee);
        requireYear(year);
        return view(committee, year, find(committee, year), locale);
    }

    @Transactional
    public ModelApi.ProgrammeView save(UUID committeeId, int year, ModelApi.ProgrammeSave in, Locale locale) {
        Organization committee = organizations.require(committeeId);
        access.requireChangeStructure(committee);
        requireCommittee(committee);
        requireYear(year);
        organizations.lockForWrite(committee); // one programme a year
        ModelProgramme p = find(committee, year);
        boolean created = p == null;
        if (created) {
            Versions.require(in.version(), 0);
            p = new ModelProgramme();
            p.committee = committee;
            p.year = year;
            p.quarter = policyNumbers(committee).quarter();
        } else {
            Versions.require(in.version(), p.version);
        }
        if (in.quarter() != null) p.quarter = in.quarter();
        List<Organization> cells = checkedCells(committee, in.selections());
        p.updatedAt = time.now();
        p.updatedBy = actor.username();
        if (created) p.persist();

        Map<UUID, ModelSelection> existing = new HashMap<>();
        for (ModelSelection s : selectionsOf(p)) existing.put(s.cell.id, s);
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < in.selections().size(); i++) {
            ModelApi.SelectionInput input = in.selections().get(i);
            Organization cell = cells.get(i);
            ModelSelection s = existing.get(cell.id);
            if (s == null) {
                s = new ModelSelection();
                s.programmeId = p.id;
                s.cell = cell;
            }
            s.kind = input.kind();
            s.meetingId = input.meetingId();
            s.position = i;
            s.invitees = input.invitees().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
            s.inviteeNote = blankToNull(input.inviteeNote());
            if (!s.isPersistent()) s.persist();
            kept.add(cell.id);
        }
        for (ModelSelection s : existing.values()) {
            if (!kept.contains(s.cell.id)) s.delete();
        }
        ModelProgramme.flush();
        audit.record("ModelProgramme", p.id, committee, created ? "CREATE" : "EDIT", Map.of("year", year,
                "quarter", p.quarter, "cells", cells.stream().map(c -> c.name).toList()));
        return view(committee, year, p, locale);
    }

    @Transactional
    public ModelApi.ProgrammeView appraise(UUID selectionId, ModelApi.AppraisalInput in, Locale locale) {
        ModelSelection s = requireSelection(selectionId);
        ModelProgramme p = ModelProgramme.findById(s.programmeId);
        access.requireChangeStructure(p.committee);
        Versions.require(in.version(), p.version);
        s.appraisal = in.text().trim();
        s.appraisedBy = actor.username();
        s.appraisedAt = time.now();
        touch(p);
        audit.record("ModelSelection", s.id, p.committee, "APPRAISE", Map.of("cell", s.cell.name));
        return view(p.committee, p.year, p, locale);
    }

    @Transactional
    public ModelApi.ProgrammeView lessons(UUID selectionId, ModelApi.LessonsInput in, Locale locale) {
        ModelSelection s = requireSelection(selectionId);
        ModelProgramme p = ModelProgramme.findById(s.programmeId);
        access.requireChangeStructure(p.committee);
        Versions.require(in.version(), p.version);
        if (s.meetingId == null) throw ApiException.conflict("model-meeting-not-linked", s.cell.name);
        Meeting m = Meeting.findById(s.meetingId);
        if (m == null || !tookPlace(m.status)) throw ApiException.conflict("model-meeting-not-held", s.cell.name);
        String strengths = blankToNull(in.strengths());
        String weaknesses = blankToNull(in.weaknesses());
        String actions = blankToNull(in.actions());
        if (strengths == null && weaknesses == null && actions == null) {
            throw ApiException.invalidField("strengths", "model-lessons-empty");
        }
        s.strengths = strengths;
        s.weaknesses = weaknesses;
        s.actions = actions;
        s.lessonsBy = actor.username();
        s.lessonsSharedAt = time.now();
        touch(p);
        audit.record("ModelSelection", s.id, p.committee, "LESSONS", Map.of("cell", s.cell.name));
        return view(p.committee, p.year, p, locale);
    }

    /**
     * Lessons shared down to the organisation (from the committees above it and its own) and reported
     * up to it (from the committees below it), for one year.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ModelApi.LessonView> lessonsFor(UUID organizationId, Integer year, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        int y = year == null ? time.today().getYear() : year;
        requireYear(y);
        List<UUID> above = new ArrayList<>(org.ancestorIds());
        above.add(org.id);
        String where = " where s.programmeId = p.id and p.year = :year and s.lessonsSharedAt is not null"
                + " and (c.id in :above or c.path like :below)";
        long total = ModelSelection.getEntityManager().createQuery(
                        "select count(s) from ModelSelection s, ModelProgramme p join p.committee c" + where, Long.class)
                .setParameter("year", y).setParameter("above", above).setParameter("below", org.path + "%")
                .getSingleResult();
        // s.id breaks ties of two programmes of a committee with a selection at the same position
        List<Object[]> rows = ModelSelection.getEntityManager().createQuery(
                        "select s, p from ModelSelection s, ModelProgramme p join fetch p.committee c" + where
                                + " order by c.path, s.position, s.id", Object[].class)
                .setParameter("year", y).setParameter("above", above).setParameter("below", org.path + "%")
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList();
        List<ModelApi.LessonView> views = new ArrayList<>();
        for (Object[] row : rows) {
            ModelSelection s = (ModelSelection) row[0];
            ModelProgramme p = (ModelProgramme) row[1];
            views.add(new ModelApi.LessonView(s.id, p.id, p.committee.id, p.committee.name, p.year, p.quarter,
                    s.cell.id, s.cell.name, s.kind, s.meetingId, s.strengths, s.weaknesses, s.actions, s.lessonsBy,
                    time.local(s.lessonsSharedAt)));
        }
        return new PageResult<>(views, paging.page, paging.size, total);
    }

    // ---- helpers ----

    /** Open organisations holding meetings below the committee (the committee itself excluded). */
    int subordinateCellCount(Organization committee) {
        LocalDate today = time.today();
        return ((Number) Organization.getEntityManager().createQuery(
                        "select count(o) from Organization o where o.path like :path and o.id <> :id"
                                + " and o.holdsMeetings = true and o.validFrom <= :today"
                                + " and (o.validTo is null or o.validTo > :today)")
                .setParameter("path", committee.path + "%").setParameter("id", committee.id)
                .setParameter("today", today).getSingleResult()).intValue();
    }

    private ModelApi.ProgrammeView view(Organization committee, int year, ModelProgramme p, Locale locale) {
        Numbers numbers = policyNumbers(committee);
        int cells = subordinateCellCount(committee);
        int required = ModelRules.requiredCount(cells, numbers.threshold(), numbers.below(), numbers.atOrAbove());
        List<ModelSelection> selections = p == null ? List.of() : selectionsOf(p);
        Map<UUID, Meeting> meetings = new LinkedHashMap<>();
        for (ModelSelection s : selections) {
            if (s.meetingId != null) meetings.put(s.meetingId, Meeting.findById(s.meetingId));
        }
        List<ModelApi.SelectionView> views = selections.stream().map(s -> {
            Meeting m = s.meetingId == null ? null : meetings.get(s.meetingId);
            return new ModelApi.SelectionView(s.id, s.cell.id, s.cell.name, s.kind, s.meetingId,
                    m == null ? null : time.local(m.scheduledStart), m == null ? null : m.status.name(),
                    invitees(s.invitees), s.inviteeNote,
                    s.appraisal == null ? null : new ModelApi.Appraisal(s.appraisal, s.appraisedBy, time.local(s.appraisedAt)),
                    s.lessonsSharedAt == null ? null : new ModelApi.Lessons(s.strengths, s.weaknesses, s.actions,
                            s.lessonsBy, time.local(s.lessonsSharedAt)));
        }).toList();
        List<ModelRules.Finding> findings = new ArrayList<>(ModelRules.check(cells, numbers.threshold(), required,
                selections.stream().map(s -> s.kind).toList()));
        int quarter = p == null ? numbers.quarter() : p.quarter;
        for (ModelSelection s : selections) {
            Meeting m = s.meetingId == null ? null : meetings.get(s.meetingId);
            if (m != null && !ModelRules.inQuarter(time.dateOf(m.scheduledStart), year, quarter)) {
                findings.add(new ModelRules.Finding("model-meeting-outside-quarter", s.cell.name, String.valueOf(quarter),
                        String.valueOf(year)));
            }
            ModelRules.lessonsMissing(s.cell.name, m != null && tookPlace(m.status), s.lessonsSharedAt != null)
                    .ifPresent(findings::add);
        }
        List<ModelApi.Warning> warnings = findings.stream()
                .map(f -> new ModelApi.Warning(f.code(), Messages.get(locale, f.code(), f.args()))).toList();
        return new ModelApi.ProgrammeView(p == null ? null : p.id, committee.id, committee.name, year,
                quarter, cells, required,
                ModelRules.bothKindsRequired(cells, numbers.threshold()), views, warnings,
                p == null ? null : time.local(p.updatedAt), p == null ? null : p.updatedBy, p == null ? 0 : p.version,
                numbers.policyLabel());
    }

    private List<Organization> checkedCells(Organization committee, List<ModelApi.SelectionInput> inputs) {
        List<Organization> cells = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ModelApi.SelectionInput input = inputs.get(i);
            String field = "selections[" + i + "]";
            Organization cell = organizations.findById(input.cellId());
            if (cell == null || cell.id.equals(committee.id) || !cell.isWithin(committee)) {
                throw unprocessable(field + ".cellId", "model-cell-outside", committee.name);
            }
            if (!cell.holdsMeetings || !cell.openOn(time.today())) {
                throw unprocessable(field + ".cellId", "model-not-a-cell", cell.name);
            }
            if (!seen.add(cell.id)) throw unprocessable(field + ".cellId", "model-cell-twice", cell.name);
            if (input.meetingId() != null) {
                Meeting m = Meeting.findById(input.meetingId());
                if (m == null || !m.organization.id.equals(cell.id)) {
                    throw unprocessable(field + ".meetingId", "model-meeting-other-cell", cell.name);
                }
            }
            cells.add(cell);
        }
        return cells;
    }

    static boolean tookPlace(MeetingStatus status) {
        return status == MeetingStatus.HELD || status == MeetingStatus.APPROVED;
    }

    static ApiException unprocessable(String field, String code, Object... args) {
        return new ApiException(422, code, code, args, List.of(new ApiException.FieldError(field, code + ".detail", args)),
                null);
    }

    private void touch(ModelProgramme p) {
        p.updatedAt = time.now();
        p.updatedBy = actor.username();
        ModelProgramme.flush();
    }

    private ModelProgramme find(Organization committee, int year) {
        return ModelProgramme.find("committee = ?1 and year = ?2", committee, year).firstResult();
    }

    private List<ModelSelection> selectionsOf(ModelProgramme p) {
        return ModelSelection.list("programmeId = ?1 order by position", p.id);
    }

    private ModelSelection requireSelection(UUID id) {
        ModelSelection s = id == null ? null : ModelSelection.findById(id);
        if (s == null) throw ApiException.notFound("entity.model-selection");
        return s;
    }

    private void requireCommittee(Organization org) {
        if (org.holdsMeetings) throw ApiException.conflict("not-a-committee", org.name);
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiException.invalidField("year", "year-out-of-range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    private static List<ModelInvitee> invitees(String csv) {
        if (csv == null || csv.isBlank()) return List.of();
        return Arrays.stream(csv.split(",")).map(ModelInvitee::valueOf).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
