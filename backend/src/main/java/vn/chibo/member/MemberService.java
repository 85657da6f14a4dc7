package vn.chibo.member;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.audit.AuditService;
import vn.chibo.common.ApiException;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.Strings;
import vn.chibo.common.TimeSource;
import vn.chibo.common.Versions;
import vn.chibo.export.RowSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.CurrentActor;

/** Members, their memberships over time, exemptions and positions. */
@ApplicationScoped
public class MemberService {
    static final String ENTITY = "Member";
    /** Rows read per transaction by an export: big enough to keep queries few, small enough for the heap. */
    private static final int EXPORT_PAGE_SIZE = 500;

    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final ExemptionRepository exemptions;
    private final PositionRepository positions;
    private final MembershipTransfers transfers;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditService audit;
    private final TimeSource time;
    private final Event<RosterChanged> rosters;
    private final MemberUniqueness uniqueness;
    private final MemberViews views;

    public MemberService(MemberRepository members, MembershipRepository memberships, ExemptionRepository exemptions,
                         PositionRepository positions, MembershipTransfers transfers,
                         OrganizationRepository organizations, AccessPolicy access, CurrentActor actor,
                         AuditService audit, TimeSource time, Event<RosterChanged> rosters,
                         MemberUniqueness uniqueness, MemberViews views) {
        this.members = members;
        this.memberships = memberships;
        this.exemptions = exemptions;
        this.positions = positions;
        this.transfers = transfers;
        this.organizations = organizations;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.time = time;
        this.rosters = rosters;
        this.uniqueness = uniqueness;
        this.views = views;
    }

    /** {@code externalIds} finds a member by a national identifier (BR-D4): only for who may read them (BR-D5). */
    public record ListQuery(String text, MemberStatus status, ExternalIds externalIds, boolean includeSubtree,
                            LocalDate on, String sort) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MemberApi.Summary> list(UUID organizationId, ListQuery query, PageRequest paging) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        // Finding a member by an identifier tells who holds it: the identifier is personal data.
        if (!query.externalIds().isEmpty()) access.requirePersonalData(org);
        LocalDate day = query.on() != null ? query.on() : time.today();
        return summaries(memberships.list(filterOf(org, query, day), paging), day);
    }

    /** Every member the list would show, all pages: for an export, which streams them as they come. */
    public record Listing(String organizationName, LocalDate day, RowSource<MemberApi.Summary> rows) {}

    /**
     * Checks the caller's scope now, while the request is being handled, and returns a source that reads
     * the list page by page, each page in its own short transaction, while the file is written: the
     * whole list is never in memory, and no transaction stays open for the length of a download.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing listAll(UUID organizationId, ListQuery query) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        LocalDate day = query.on() != null ? query.on() : time.today();
        MembershipRepository.Filter filter = filterOf(org, query, day);
        RowSource<MemberApi.Summary> rows = sink -> {
            for (int page = 0; ; page++) {
                PageRequest paging = PageRequest.of(page, EXPORT_PAGE_SIZE);
                List<MemberApi.Summary> items = QuarkusTransaction.requiringNew()
                        .call(() -> summaries(memberships.pageWithoutTotal(filter, paging), day).items());
                items.forEach(sink);
                if (items.size() < EXPORT_PAGE_SIZE) return;
            }
        };
        return new Listing(org.name, day, rows);
    }

    private static MembershipRepository.Filter filterOf(Organization org, ListQuery query, LocalDate day) {
        return new MembershipRepository.Filter(org, query.includeSubtree(), query.text(), query.status(),
                query.externalIds(), day, query.sort());
    }

    private PageResult<MemberApi.Summary> summaries(PageResult<Membership> page, LocalDate day) {
        List<UUID> ids = page.items().stream().map(ms -> ms.member.id).toList();
        Set<UUID> exempt = exemptions.exemptOn(ids, day);
        Set<UUID> away = memberships.temporarilyAway(ids, day);
        Map<UUID, List<PositionHeld>> held = positions.activeFor(ids, day).stream()
                .collect(Collectors.groupingBy(p -> p.member.id));
        return page.map(ms -> {
            Member m = ms.member;
            Attachment attachment = ms.kind == MembershipKind.TEMPORARY ? Attachment.TEMPORARY_IN
                    : away.contains(m.id) ? Attachment.TEMPORARY_OUT : Attachment.PRIMARY;
            List<Position> titles = held.getOrDefault(m.id, List.of()).stream()
                    .filter(p -> p.organization.isWithin(ms.organization)).map(p -> p.position).toList();
            return new MemberApi.Summary(m.id, m.fullName, m.birthYear, m.gender, m.cardNumber, m.admissionDate,
                    m.statusOn(day, exempt.contains(m.id)), attachment, ms.organization.id, ms.organization.name,
                    titles, m.version);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberApi.View get(UUID id) {
        Member member = members.require(id);
        requireReadable(member);
        return views.of(member);
    }

    @Transactional
    public MemberApi.View create(MemberApi.Create command) {
        Organization cell = organizations.require(command.organizationId());
        access.requireChangeMembers(cell);
        LocalDate today = time.today();
        requireOpenCell(cell, "organizationId");
        notInFuture(command.admissionDate(), "admissionDate");
        requireOfficialAfterAdmission(command.admissionDate(), command.officialDate());
        LocalDate joinedOn = command.joinedOn() != null ? command.joinedOn() : today;
        if (joinedOn.isBefore(command.admissionDate())) {
            throw ApiException.invalidField("joinedOn", "date-before", command.admissionDate().toString());
        }
        ExternalIds externalIds = ExternalIds.of(command.csdlId(), command.sotayId());
        uniqueness.requireUniqueCard(command.cardNumber(), null);
        uniqueness.requireUniqueUsername(command.username(), null);
        uniqueness.requireUniqueExternalIds(externalIds, null);
        Member member = new Member();
        member.rename(command.fullName());
        member.birthYear = command.birthYear();
        member.gender = command.gender();
        member.cardNumber = Strings.blankToNull(command.cardNumber());
        member.admissionDate = command.admissionDate();
        member.officialDate = command.officialDate();
        member.username = Strings.blankToNull(command.username());
        member.email = Strings.blankToNull(command.email());
        member.csdlId = externalIds.csdlId();
        member.sotayId = externalIds.sotayId();
        members.persist(member);
        memberships.persist(Membership.of(member, cell, MembershipKind.PRIMARY, joinedOn, null, null));
        members.flush();
        rosters.fire(RosterChanged.ofCells(Set.of(cell.id), joinedOn));
        audit.record(ENTITY, member.id, cell, "CREATE", Map.of("fullName", member.fullName,
                "organizationId", cell.id.toString()));
        return views.of(member);
    }

    @Transactional
    public MemberApi.View update(UUID id, MemberApi.Patch patch) {
        Member member = members.require(id);
        Organization home = requireChangeable(member);
        Versions.require(patch.version(), member.version);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (patch.fullName() != null && !patch.fullName().trim().equals(member.fullName)) {
            changes.put("fullName", List.of(member.fullName, patch.fullName().trim()));
            member.rename(patch.fullName());
        }
        if (patch.birthYear() != null) {
            changes.put("birthYear", patch.birthYear());
            member.birthYear = patch.birthYear();
        }
        if (patch.gender() != null) {
            changes.put("gender", patch.gender());
            member.gender = patch.gender();
        }
        if (patch.cardNumber() != null && !patch.cardNumber().equals(member.cardNumber)) {
            uniqueness.requireUniqueCard(patch.cardNumber(), member);
            changes.put("cardNumber", List.of(String.valueOf(member.cardNumber), patch.cardNumber()));
            member.cardNumber = patch.cardNumber();
        }
        LocalDate admission = patch.admissionDate() != null ? patch.admissionDate() : member.admissionDate;
        LocalDate official = patch.officialDate() != null ? patch.officialDate() : member.officialDate;
        notInFuture(admission, "admissionDate");
        requireOfficialAfterAdmission(admission, official);
        if (!admission.equals(member.admissionDate)) changes.put("admissionDate", admission.toString());
        if (official != null && !official.equals(member.officialDate)) changes.put("officialDate", official.toString());
        // The name and the official date show on (and the official date decides votes in) every meeting the
        // member has been expected at: their facts, and the views built from them, change from admission on.
        boolean shownInMeetings = changes.containsKey("fullName") || changes.containsKey("admissionDate")
                || changes.containsKey("officialDate");
        LocalDate shownFrom = admission.isBefore(member.admissionDate) ? admission : member.admissionDate;
        member.admissionDate = admission;
        member.officialDate = official;
        if (patch.username() != null) {
            String username = Strings.blankToNull(patch.username());
            uniqueness.requireUniqueUsername(username, member);
            changes.put("username", String.valueOf(username));
            member.username = username;
        }
        if (patch.email() != null) {
            // Where notices are e-mailed; the address itself stays out of the audit trail (personal data).
            member.email = Strings.blankToNull(patch.email());
            changes.put("email", member.email == null ? "removed" : "changed");
        }
        updateExternalIds(member, patch, changes);
        members.flush();
        if (shownInMeetings) rosters.fire(RosterChanged.ofMember(member.id, shownFrom));
        audit.record(ENTITY, member.id, home, "UPDATE", changes);
        return views.of(member);
    }

    @Transactional
    public MemberApi.View transfer(UUID id, MemberApi.Transfer command) {
        Member member = members.require(id);
        Organization home = requireChangeable(member);
        Organization target = organizations.require(command.toOrganizationId());
        access.requireChangeMembers(target);
        Versions.require(command.version(), member.version);
        requireOpenCell(target, "toOrganizationId");
        LocalDate day = command.effectiveDate();
        Membership primary = memberships.activePrimary(member, day)
                .orElseThrow(() -> ApiException.conflict("member-has-no-cell", member.fullName));
        if (primary.organization.id.equals(target.id)) {
            throw ApiException.conflict("already-in-organization", member.fullName, target.name);
        }
        if (command.kind() == MembershipKind.PRIMARY) {
            if (!day.isAfter(primary.validFrom)) {
                throw ApiException.invalidField("effectiveDate", "date-after", primary.validFrom.toString());
            }
            transfers.move(List.of(primary), target, day, command.decisionRef());
        } else {
            if (command.until() != null && command.until().isBefore(day)) {
                throw ApiException.invalidField("until", "date-before", day.toString());
            }
            boolean overlapping = memberships.historyOf(member).stream()
                    .anyMatch(ms -> ms.kind == MembershipKind.TEMPORARY && ms.overlaps(day, command.until()));
            if (overlapping) throw ApiException.conflict("member-active-elsewhere", member.fullName, target.name);
            memberships.persist(Membership.of(member, target, MembershipKind.TEMPORARY, day, command.until(),
                    command.decisionRef()));
        }
        touch(member);
        members.flush();
        // Also a temporary attachment: the member is then expected in the target cell, not the home one.
        rosters.fire(RosterChanged.ofMember(member.id, day));
        audit.record(ENTITY, member.id, home, "TRANSFER", Map.of("to", target.id.toString(),
                "kind", command.kind().name(), "effectiveDate", day.toString()));
        return views.of(member);
    }

    @Transactional
    public MemberApi.View addExemption(UUID id, MemberApi.ExemptionCreate command) {
        Member member = members.require(id);
        Organization home = requireChangeable(member);
        Versions.require(command.version(), member.version);
        if (command.validFrom().isBefore(member.admissionDate)) {
            throw ApiException.invalidField("validFrom", "date-before", member.admissionDate.toString());
        }
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw ApiException.invalidField("validTo", "date-before", command.validFrom().toString());
        }
        if (exemptions.of(member).stream().anyMatch(e -> e.overlaps(command.validFrom(), command.validTo()))) {
            throw ApiException.conflict("exemption-overlap", member.fullName);
        }
        Exemption exemption = new Exemption();
        exemption.member = member;
        exemption.reason = command.reason();
        exemption.note = Strings.blankToNull(command.note());
        exemption.resolutionRef = Strings.blankToNull(command.resolutionRef());
        exemption.validFrom = command.validFrom();
        exemption.validTo = command.validTo();
        exemptions.persist(exemption);
        touch(member);
        members.flush();
        rosters.fire(RosterChanged.ofMember(member.id, command.validFrom()));
        audit.record(ENTITY, member.id, home, "EXEMPT", Map.of("reason", command.reason().name(),
                "validFrom", command.validFrom().toString()));
        return views.of(member);
    }

    @Transactional
    public MemberApi.View addPosition(UUID id, MemberApi.PositionCreate command) {
        Member member = members.require(id);
        requireChangeable(member);
        Organization org = organizations.require(command.organizationId());
        access.requireChangeMembers(org);
        Versions.require(command.version(), member.version);
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw ApiException.invalidField("validTo", "date-before", command.validFrom().toString());
        }
        boolean belongs = memberships.activeOf(member, command.validFrom()).stream()
                .anyMatch(ms -> org.isWithin(ms.organization));
        if (!belongs) throw ApiException.conflict("position-outside-membership", member.fullName, org.name);
        if (command.position().isSingleHolder()) {
            boolean taken = positions.heldIn(org, command.position()).stream()
                    .anyMatch(p -> !p.member.id.equals(member.id) && p.overlaps(command.validFrom(), command.validTo()));
            if (taken) throw ApiException.conflict("position-taken", org.name);
        }
        PositionHeld held = new PositionHeld();
        held.member = member;
        held.organization = org;
        held.position = command.position();
        held.validFrom = command.validFrom();
        held.validTo = command.validTo();
        positions.persist(held);
        touch(member);
        members.flush();
        // who holds which position decides the meetings' BR-M2 warnings and the "secretary only" criterion
        rosters.fire(RosterChanged.ofCells(Set.of(org.id), command.validFrom()));
        audit.record(ENTITY, member.id, org, "POSITION", Map.of("position", command.position().name(),
                "validFrom", command.validFrom().toString()));
        return views.of(member);
    }

    /** The member record linked to a login, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> linkedTo(String username) {
        return members.byUsername(username).map(m -> m.id);
    }

    // ---- helpers ----

    /** BR-D4: the identifiers an edit sends, unique among members. */
    private void updateExternalIds(Member member, MemberApi.Patch patch, Map<String, Object> changes) {
        ExternalIds next = member.externalIds().patchedBy(patch.csdlId(), patch.sotayId());
        uniqueness.requireUniqueExternalIds(next, member);
        // The values go to the audit trail, which only committee staff read: they may read them anyway (BR-D5).
        if (!java.util.Objects.equals(next.csdlId(), member.csdlId)) {
            changes.put("csdlId", List.of(String.valueOf(member.csdlId), String.valueOf(next.csdlId())));
        }
        if (!java.util.Objects.equals(next.sotayId(), member.sotayId)) {
            changes.put("sotayId", List.of(String.valueOf(member.sotayId), String.valueOf(next.sotayId())));
        }
        member.csdlId = next.csdlId();
        member.sotayId = next.sotayId();
    }


    /** A change to the member's history bumps its version too, so a concurrent edit is detected. */
    private void touch(Member member) {
        members.getEntityManager().lock(member, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private void requireReadable(Member member) {
        if (member.username != null && member.username.equals(actor.username())) return;
        List<Membership> current = memberships.activeOf(member, time.today());
        List<Membership> candidates = current.isEmpty() ? memberships.historyOf(member) : current;
        ApiException refusal = ApiException.outOfScope();
        for (Membership ms : candidates) {
            try {
                access.requireRead(ms.organization);
                return;
            } catch (ApiException e) {
                refusal = e;
            }
        }
        throw refusal;
    }

    /** The member's home cell today, which the caller must be allowed to keep. */
    private Organization requireChangeable(Member member) {
        Organization home = memberships.activePrimary(member, time.today()).map(ms -> ms.organization)
                .orElseGet(() -> {
                    List<Membership> history = memberships.historyOf(member);
                    if (history.isEmpty()) throw ApiException.outOfScope();
                    return history.get(history.size() - 1).organization;
                });
        access.requireChangeMembers(home);
        return home;
    }

    private void requireOpenCell(Organization org, String field) {
        if (org.isClosed()) throw ApiException.conflictOnField("organization-closed", field, org.name);
        if (!org.holdsMeetings) throw ApiException.conflictOnField("not-a-cell", field, org.name);
    }

    private void notInFuture(LocalDate date, String field) {
        if (date.isAfter(time.today())) throw ApiException.invalidField(field, "date-in-future");
    }

    private static void requireOfficialAfterAdmission(LocalDate admission, LocalDate official) {
        if (official != null && !official.isAfter(admission)) {
            throw ApiException.invalidField("officialDate", "date-after", admission.toString());
        }
    }
}
