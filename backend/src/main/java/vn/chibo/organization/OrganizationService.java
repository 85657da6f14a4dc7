package vn.chibo.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipRepository;
import vn.chibo.member.MembershipTransfers;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** The organisation tree: browsing within the caller's scope and every structural change. */
@ApplicationScoped
public class OrganizationService {
    static final String ENTITY = "Organization";

    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final MembershipTransfers transfers;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final Event<OrganizationMoved> moves;

    public OrganizationService(OrganizationRepository organizations, MembershipRepository memberships,
                               MembershipTransfers transfers, AccessPolicy access, CurrentActor actor,
                               AuditService audit, TimeSource time, Event<OrganizationMoved> moves) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.transfers = transfers;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.moves = moves;
    }

    /** Query parameters of the list endpoint. */
    /** {@code externalIds}: the organisation carrying these national identifiers (BR-D4), for integrators. */
    public record ListQuery(UUID parentId, UUID within, String text, Boolean holdsMeetings, ExternalIds externalIds,
                            boolean includeClosed, String sort) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<OrganizationApi.Summary> list(ListQuery query, PageRequest paging) {
        OrganizationRepository.Filter filter;
        if (query.parentId() != null || query.within() != null) {
            Organization anchor = organizations.require(query.parentId() != null ? query.parentId() : query.within());
            access.requireRead(anchor);
            filter = new OrganizationRepository.Filter(query.parentId(), false,
                    query.within() != null ? List.of(anchor.path) : null,
                    query.text(), query.holdsMeetings(), query.externalIds(), query.includeClosed(), query.sort());
        } else if ((query.text() != null && !query.text().isBlank()) || query.holdsMeetings() != null
                || !query.externalIds().isEmpty()) {
            filter = new OrganizationRepository.Filter(null, false, access.readablePaths(), query.text(),
                    query.holdsMeetings(), query.externalIds(), query.includeClosed(), query.sort());
        } else {
            return summaries(scopeRoots(query, paging));
        }
        return summaries(organizations.list(filter, paging));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationApi.View get(UUID id) {
        Organization org = organizations.require(id);
        access.requireRead(org);
        return view(org);
    }

    @Transactional
    public OrganizationApi.View create(OrganizationApi.Create command) {
        Organization parent = organizations.require(command.parentId());
        access.requireChangeStructure(parent);
        Organization org = build(command, parent);
        audit.record(ENTITY, org.id, org, "CREATE", Map.of("name", org.name, "parentId", parent.id.toString(),
                "typeCode", org.typeCode));
        return view(org);
    }

    @Transactional
    public OrganizationApi.View update(UUID id, OrganizationApi.Patch patch) {
        Organization org = organizations.require(id);
        access.requireChangeStructure(org);
        Versions.require(patch.version(), org.version);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (patch.name() != null && !patch.name().isBlank() && !patch.name().trim().equals(org.name)) {
            String oldName = org.name;
            org.rename(patch.name());
            changes.put("name", List.of(oldName, org.name));
            organizations.getEntityManager().persist(LineageRecord.of(org, org, LineageEventType.RENAMED,
                    pastOrToday(patch.effectiveDate(), "effectiveDate"), patch.decisionRef(), oldName));
        }
        if (patch.typeCode() != null && !patch.typeCode().equals(org.typeCode)) {
            requireType(patch.typeCode(), "typeCode");
            changes.put("typeCode", List.of(org.typeCode, patch.typeCode()));
            org.typeCode = patch.typeCode();
        }
        if (patch.categoryCode() != null && !patch.categoryCode().equals(org.categoryCode)) {
            requireCategory(patch.categoryCode(), "categoryCode");
            changes.put("categoryCode", List.of(org.categoryCode, patch.categoryCode()));
            org.categoryCode = patch.categoryCode();
        }
        if (patch.holdsMeetings() != null && patch.holdsMeetings() != org.holdsMeetings) {
            if (!patch.holdsMeetings() && memberships.countActiveIn(org, time.today()) > 0) {
                throw ApiException.conflict("organization-has-active-members", org.name);
            }
            changes.put("holdsMeetings", List.of(org.holdsMeetings, patch.holdsMeetings()));
            org.holdsMeetings = patch.holdsMeetings();
        }
        if (patch.hasCommittee() != null && patch.hasCommittee() != org.hasCommittee) {
            changes.put("hasCommittee", List.of(org.hasCommittee, patch.hasCommittee()));
            org.hasCommittee = patch.hasCommittee();
        }
        if (patch.locality() != null) {
            org.locality = Strings.blankToNull(patch.locality());
            changes.put("locality", String.valueOf(org.locality));
        }
        if (patch.shortName() != null) {
            org.shortName = Strings.blankToNull(patch.shortName());
            changes.put("shortName", String.valueOf(org.shortName));
        }
        if (patch.code() != null) {
            org.code = Strings.blankToNull(patch.code());
            changes.put("code", String.valueOf(org.code));
        }
        updateExternalIds(org, patch, changes);
        organizations.flush();
        audit.record(ENTITY, org.id, org, "UPDATE", changes);
        return view(org);
    }

    @Transactional
    public OrganizationApi.View move(UUID id, OrganizationApi.Move command) {
        Organization org = organizations.require(id);
        Organization newParent = organizations.require(command.newParentId());
        access.requireChangeStructure(org);
        access.requireChangeStructure(newParent);
        Versions.require(command.version(), org.version);
        if (newParent.isWithin(org)) throw ApiException.conflict("move-into-descendant", org.name, newParent.name);
        if (newParent.isClosed()) throw ApiException.conflict("organization-closed", newParent.name);
        if (org.parentId == null) throw ApiException.conflict("move-root", org.name);
        LocalDate effective = pastOrToday(command.effectiveDate(), "effectiveDate");
        Organization oldParent = organizations.require(org.parentId);
        String oldPath = org.path;
        int oldDepth = org.depth;
        org.placeUnder(newParent);
        organizations.flush();
        organizations.rebaseDescendants(oldPath, org.path, org.depth - oldDepth);
        moves.fire(new OrganizationMoved(org.path));
        LineageRecord moved = LineageRecord.of(org, newParent, LineageEventType.MOVED, effective, command.decisionRef(),
                oldParent.name);
        moved.previousParentId = oldParent.id;
        organizations.getEntityManager().persist(moved);
        audit.record(ENTITY, org.id, org, "MOVE", Map.of("from", oldParent.id.toString(), "to", newParent.id.toString()));
        organizations.getEntityManager().refresh(org);
        return view(org);
    }

    @Transactional
    public OrganizationApi.View close(UUID id, OrganizationApi.Close command) {
        Organization org = organizations.require(id);
        access.requireChangeStructure(org);
        Versions.require(command.version(), org.version);
        if (org.isClosed()) throw ApiException.conflict("organization-closed", org.name);
        LocalDate closedOn = pastOrToday(command.closedOn(), "closedOn");
        requireNotBefore(closedOn, org.validFrom, "closedOn");
        closeAfterChecks(org, closedOn);
        organizations.flush();
        audit.record(ENTITY, org.id, org, "CLOSE", Map.of("closedOn", closedOn.toString(),
                "decisionRef", String.valueOf(command.decisionRef())));
        return view(org);
    }

    @Transactional
    public OrganizationApi.View merge(OrganizationApi.Merge command) {
        if ((command.targetId() == null) == (command.newTarget() == null)) {
            throw ApiException.invalidField("targetId", "merge-target-required");
        }
        LocalDate effective = pastOrToday(command.effectiveDate(), "effectiveDate");
        Set<UUID> sourceIds = new HashSet<>(command.sourceIds());
        if (command.targetId() != null && sourceIds.contains(command.targetId())) {
            throw ApiException.invalidField("sourceIds", "merge-target-is-source");
        }
        List<Organization> sources = new ArrayList<>();
        for (UUID sourceId : sourceIds) {
            Organization source = organizations.require(sourceId);
            access.requireChangeStructure(source);
            if (source.isClosed()) throw ApiException.conflict("organization-closed", source.name);
            sources.add(source);
        }
        boolean consolidating = command.targetId() == null;
        Organization target;
        if (consolidating) {
            Organization parent = organizations.require(command.newTarget().parentId());
            access.requireChangeStructure(parent);
            target = build(command.newTarget(), parent);
        } else {
            target = organizations.require(command.targetId());
            access.requireChangeStructure(target);
            if (target.isClosed()) throw ApiException.conflict("organization-closed", target.name);
        }
        for (Organization source : sources) {
            if (target.isWithin(source)) throw ApiException.conflict("move-into-descendant", source.name, target.name);
        }
        for (Organization source : sources) {
            List<Membership> moving = transfers.currentOrLater(source, effective);
            if (!moving.isEmpty() && !target.holdsMeetings) {
                throw ApiException.conflict("target-not-a-cell", target.name);
            }
            transfers.move(moving, target, effective, command.decisionRef());
            for (Organization child : organizations.openChildren(source)) {
                reparent(child, target);
            }
            organizations.flush();
            source.validTo = effective;
            organizations.getEntityManager().persist(LineageRecord.of(source, target,
                    consolidating ? LineageEventType.CONSOLIDATED_INTO : LineageEventType.MERGED_INTO,
                    effective, command.decisionRef(), null));
            audit.record(ENTITY, source.id, source, "MERGE", Map.of("into", target.id.toString(),
                    "effectiveDate", effective.toString(), "members", moving.size()));
        }
        organizations.flush();
        organizations.getEntityManager().refresh(target);
        return view(target);
    }

    @Transactional
    public List<OrganizationApi.View> split(UUID id, OrganizationApi.Split command) {
        Organization source = organizations.require(id);
        access.requireChangeStructure(source);
        Versions.require(command.version(), source.version);
        if (source.isClosed()) throw ApiException.conflict("organization-closed", source.name);
        if (source.parentId == null) throw ApiException.conflict("move-root", source.name);
        LocalDate effective = pastOrToday(command.effectiveDate(), "effectiveDate");
        Organization parent = organizations.require(source.parentId);
        access.requireChangeStructure(parent);

        Map<UUID, Membership> activeMembers = new LinkedHashMap<>();
        for (Membership ms : transfers.currentOrLater(source, effective)) activeMembers.put(ms.member.id, ms);
        Map<UUID, Organization> openChildren = new LinkedHashMap<>();
        for (Organization child : organizations.openChildren(source)) openChildren.put(child.id, child);

        Set<UUID> assignedMembers = new HashSet<>();
        Set<UUID> assignedChildren = new HashSet<>();
        for (int i = 0; i < command.parts().size(); i++) {
            OrganizationApi.SplitPart part = command.parts().get(i);
            for (UUID memberId : nullToEmpty(part.memberIds())) {
                if (!activeMembers.containsKey(memberId) || !assignedMembers.add(memberId)) {
                    throw ApiException.invalidField("parts[" + i + "].memberIds", "split-member-invalid", memberId.toString());
                }
            }
            for (UUID childId : nullToEmpty(part.childIds())) {
                if (!openChildren.containsKey(childId) || !assignedChildren.add(childId)) {
                    throw ApiException.invalidField("parts[" + i + "].childIds", "split-child-invalid", childId.toString());
                }
            }
        }
        boolean closeSource = command.closeSource() == null || command.closeSource();
        if (closeSource && (assignedMembers.size() < activeMembers.size() || assignedChildren.size() < openChildren.size())) {
            throw ApiException.conflict("split-incomplete", activeMembers.size() - assignedMembers.size(),
                    openChildren.size() - assignedChildren.size());
        }

        List<Organization> created = new ArrayList<>();
        for (OrganizationApi.SplitPart part : command.parts()) {
            Organization piece = build(new OrganizationApi.Create(part.name(), null, part.typeCode(), part.categoryCode(),
                    parent.id, part.holdsMeetings(), false, null, effective, null, null), parent);
            List<Membership> moving = nullToEmpty(part.memberIds()).stream().map(activeMembers::get).toList();
            if (!moving.isEmpty() && !piece.holdsMeetings) throw ApiException.conflict("target-not-a-cell", piece.name);
            transfers.move(moving, piece, effective, command.decisionRef());
            for (UUID childId : nullToEmpty(part.childIds())) reparent(openChildren.get(childId), piece);
            organizations.getEntityManager().persist(LineageRecord.of(source, piece, LineageEventType.SPLIT_INTO,
                    effective, command.decisionRef(), null));
            created.add(piece);
        }
        if (closeSource) source.validTo = effective;
        organizations.flush();
        audit.record(ENTITY, source.id, source, "SPLIT", Map.of("into",
                created.stream().map(o -> o.id.toString()).toList(), "effectiveDate", effective.toString()));
        return created.stream().map(o -> {
            organizations.getEntityManager().refresh(o);
            return view(o);
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationApi.TypeView> types() {
        return OrganizationType.<OrganizationType>listAll(io.quarkus.panache.common.Sort.by("sortOrder")).stream()
                .map(t -> new OrganizationApi.TypeView(t.code, t.labelVi, t.labelEn, t.holdsMeetingsByDefault)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationApi.CategoryView> categories() {
        return OrganizationCategory.<OrganizationCategory>listAll(io.quarkus.panache.common.Sort.by("sortOrder")).stream()
                .map(c -> new OrganizationApi.CategoryView(c.code, c.labelVi, c.labelEn)).toList();
    }

    // ---- helpers ----

    private Organization build(OrganizationApi.Create command, Organization parent) {
        if (parent.isClosed()) throw ApiException.conflict("organization-closed", parent.name);
        OrganizationType type = requireType(command.typeCode(), "typeCode");
        requireCategory(command.categoryCode(), "categoryCode");
        Organization org = new Organization();
        org.rename(command.name());
        org.shortName = Strings.blankToNull(command.shortName());
        org.typeCode = type.code;
        org.categoryCode = command.categoryCode();
        org.holdsMeetings = command.holdsMeetings() != null ? command.holdsMeetings() : type.holdsMeetingsByDefault;
        org.hasCommittee = Boolean.TRUE.equals(command.hasCommittee());
        org.code = Strings.blankToNull(command.code());
        ExternalIds ids = ExternalIds.of(command.csdlId(), command.sotayId());
        requireFree(ids, null);
        org.csdlId = ids.csdlId();
        org.sotayId = ids.sotayId();
        org.validFrom = command.validFrom() != null ? command.validFrom() : time.today();
        org.placeUnder(parent);
        organizations.persist(org);
        return org;
    }

    /** BR-D4: one organisation per identifier and system; the holder is named. */
    private void requireFree(ExternalIds ids, Organization self) {
        ids.requireFree(self, organizations::byExternalId, o -> o.name);
    }

    /** BR-D4: the identifiers an edit sends, unique among organisations. */
    private void updateExternalIds(Organization org, OrganizationApi.Patch patch, Map<String, Object> changes) {
        ExternalIds next = new ExternalIds(org.csdlId, org.sotayId).patchedBy(patch.csdlId(), patch.sotayId());
        requireFree(next, org);
        if (!java.util.Objects.equals(next.csdlId(), org.csdlId)) changes.put("csdlId", String.valueOf(next.csdlId()));
        if (!java.util.Objects.equals(next.sotayId(), org.sotayId)) changes.put("sotayId", String.valueOf(next.sotayId()));
        org.csdlId = next.csdlId();
        org.sotayId = next.sotayId();
    }

    private void reparent(Organization child, Organization newParent) {
        String oldPath = child.path;
        int oldDepth = child.depth;
        child.placeUnder(newParent);
        organizations.flush();
        organizations.rebaseDescendants(oldPath, child.path, child.depth - oldDepth);
    }

    private void closeAfterChecks(Organization org, LocalDate closedOn) {
        if (!organizations.openChildren(org).isEmpty()) {
            throw ApiException.conflict("organization-has-open-children", org.name);
        }
        if (!transfers.currentOrLater(org, closedOn).isEmpty()) {
            throw ApiException.conflict("organization-has-active-members", org.name);
        }
        org.validTo = closedOn;
    }

    private OrganizationType requireType(String code, String field) {
        OrganizationType type = OrganizationType.findById(code);
        if (type == null) throw ApiException.invalidField(field, "unknown-type", code);
        return type;
    }

    private void requireCategory(String code, String field) {
        if (OrganizationCategory.findById(code) == null) throw ApiException.invalidField(field, "unknown-category", code);
    }

    /** Structural decisions are recorded after they are taken: a date in the future is a typo. */
    private LocalDate pastOrToday(LocalDate date, String field) {
        LocalDate today = time.today();
        if (date == null) return today;
        if (date.isAfter(today)) throw ApiException.invalidField(field, "date-in-future");
        return date;
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String field) {
        if (date.isBefore(earliest)) throw ApiException.invalidField(field, "date-before", earliest.toString());
    }

    private PageResult<Organization> scopeRoots(ListQuery query, PageRequest paging) {
        if (actor.isAdmin()) {
            return organizations.list(new OrganizationRepository.Filter(null, true, null, null, query.holdsMeetings(),
                    ExternalIds.NONE, query.includeClosed(), query.sort()), paging);
        }
        List<Organization> roots = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        actor.appointments().stream()
                .map(a -> a.organization)
                .sorted(java.util.Comparator.comparingInt(o -> o.depth))
                .forEach(o -> {
                    if (seen.stream().noneMatch(o.path::startsWith)) {
                        seen.add(o.path);
                        roots.add(o);
                    }
                });
        int from = Math.min(roots.size(), paging.page * paging.size);
        int to = Math.min(roots.size(), from + paging.size);
        return new PageResult<>(roots.subList(from, to), paging.page, paging.size, roots.size());
    }

    private PageResult<OrganizationApi.Summary> summaries(PageResult<Organization> page) {
        Map<UUID, Integer> counts = organizations.openChildCounts(page.items().stream().map(o -> o.id).toList());
        return page.map(o -> OrganizationApi.Summary.of(o, counts.getOrDefault(o.id, 0)));
    }

    private OrganizationApi.View view(Organization o) {
        int children = organizations.openChildCounts(List.of(o.id)).getOrDefault(o.id, 0);
        Map<UUID, Organization> ancestorsById = new LinkedHashMap<>();
        for (Organization a : organizations.byIds(o.ancestorIds())) ancestorsById.put(a.id, a);
        List<OrganizationApi.Ref> ancestors = o.ancestorIds().stream()
                .map(ancestorsById::get).filter(java.util.Objects::nonNull).map(OrganizationApi.Ref::of).toList();
        List<OrganizationApi.Lineage> lineage = organizations.lineageOf(o).stream().map(OrganizationApi.Lineage::of).toList();
        int active = (int) memberships.countActiveIn(o, time.today());
        return new OrganizationApi.View(o.id, o.name, o.shortName, o.typeCode, o.categoryCode, o.parentId,
                o.holdsMeetings, o.hasCommittee, o.depth, children, o.validFrom, o.validTo, o.version, o.code,
                o.csdlId, o.sotayId, o.locality, active, ancestors, lineage);
    }


    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
