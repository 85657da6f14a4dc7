package vn.chibo.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Member;
import vn.chibo.member.MemberApi;
import vn.chibo.member.MemberService;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipKind;
import vn.chibo.organization.Organization;

/**
 * Decides, for each member item of a sync call, whether it creates, updates or matches a member of the subtree, with
 * the import's checks; the writes it plans go through {@link MemberService}, as an edit in the API would.
 */
@ApplicationScoped
class MemberSyncPlanner {
    private static final String CELL_ID = "cellId";
    private static final String CELL_EXTERNAL_ID = "cellExternalId";
    private static final String JOINED_ON = "joinedOn";

    private final EntityManager em;
    private final RowChecks checks;
    private final MemberService service;
    private final TimeSource time;

    MemberSyncPlanner(EntityManager em, RowChecks checks, MemberService service, TimeSource time) {
        this.em = em;
        this.checks = checks;
        this.service = service;
        this.time = time;
    }

    /** Runs in a read transaction: the rows it returns hold values and ids only, no entity. */
    List<SyncRow> plan(Organization root, ExternalIds.ExternalSystem scheme, List<SyncApi.MemberItem> items) {
        String field = scheme.field;
        Map<String, Member> existing = SyncLookup.inChunks(em, "select m from Member m where m." + field + " in",
                items.stream().map(SyncApi.MemberItem::externalId).toList(), Member.class).stream()
                .collect(Collectors.toMap(m -> scheme.of(m.externalIds()), Function.identity()));
        Map<UUID, Organization> homes = homeCells(existing.values());
        Map<String, Organization> cellsByExternalId = SyncLookup.inChunks(em,
                "select o from Organization o where o." + field + " in",
                items.stream().map(SyncApi.MemberItem::cellExternalId).toList(), Organization.class).stream()
                .collect(Collectors.toMap(o -> scheme.of(new ExternalIds(o.csdlId, o.sotayId)), Function.identity()));
        Map<UUID, Organization> cellsById = SyncLookup.inChunks(em, "select o from Organization o where o.id in",
                items.stream().map(SyncApi.MemberItem::cellId).toList(), Organization.class).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));

        Map<String, Member> cardHolders = SyncLookup.inChunks(em, "select m from Member m where m.cardNumber in",
                items.stream().map(SyncApi.MemberItem::cardNumber).filter(c -> c != null && !c.isBlank())
                        .map(String::trim).toList(), Member.class).stream()
                .collect(Collectors.toMap(m -> m.cardNumber, Function.identity()));

        List<SyncRow> rows = new ArrayList<>(items.size());
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> cardsSeen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SyncApi.MemberItem item = items.get(i);
            SyncRow row = new SyncRow(i, item.externalId(), valuesOf(item));
            RowValues values = row.values;
            row.checkIdentifier(seen);
            RowChecks.MemberFields fields = checks.member(values);
            LocalDate joinedOn = joinedOn(values, fields);
            Member found = item.externalId() == null ? null : existing.get(item.externalId());
            Organization home = found == null ? null : homes.get(found.id);
            Member member = row.ownOrRefused(found, home != null && home.isWithin(root));
            Organization cell = cellOf(item, root, home, cellsById, cellsByExternalId, values);
            checks.cardFree(values, fields.cardNumber(), member, cardsSeen, i,
                    card -> java.util.Optional.ofNullable(cardHolders.get(card)));
            if (!row.hasErrors()) planWrite(row, scheme, item, fields, joinedOn, member, home, cell);
            rows.add(row);
        }
        return rows;
    }

    private void planWrite(SyncRow row, ExternalIds.ExternalSystem scheme, SyncApi.MemberItem item,
                           RowChecks.MemberFields f, LocalDate joinedOn, Member member, Organization home,
                           Organization cell) {
        if (member == null) {
            String csdl = scheme == ExternalIds.ExternalSystem.CSDL ? item.externalId() : null;
            String sotay = scheme == ExternalIds.ExternalSystem.SOTAY ? item.externalId() : null;
            MemberApi.Create create = new MemberApi.Create(f.fullName(), f.birthYear(), f.gender(), f.cardNumber(),
                    f.admissionDate(), f.officialDate(), cell.id, joinedOn != null ? joinedOn : f.admissionDate(), null,
                    null, csdl, sotay);
            row.plan(SyncApi.Outcome.CREATED, null, () -> service.create(create).id());
            return;
        }
        // Only what differs is sent: the edit's audit entry then lists real changes, and a match writes nothing.
        MemberApi.Patch patch = new MemberApi.Patch(member.version,
                SyncRow.differs(f.fullName(), member.fullName), SyncRow.differs(f.birthYear(), member.birthYear),
                SyncRow.differs(f.gender(), member.gender), SyncRow.differs(f.cardNumber(), member.cardNumber),
                SyncRow.differs(f.admissionDate(), member.admissionDate), SyncRow.differs(f.officialDate(), member.officialDate),
                null, null, null, null);
        boolean edited = patch.fullName() != null || patch.birthYear() != null || patch.gender() != null
                || patch.cardNumber() != null || patch.admissionDate() != null || patch.officialDate() != null;
        boolean moved = !cell.id.equals(home.id);
        if (!edited && !moved) {
            row.unchanged(member.id);
            return;
        }
        UUID id = member.id;
        long version = member.version;
        UUID target = cell.id;
        row.plan(SyncApi.Outcome.UPDATED, id, () -> {
            long current = edited ? service.update(id, patch).version() : version;
            // Another cell in the national record: the member moves there today, as a transfer in the API would.
            if (moved) service.transfer(id, new MemberApi.Transfer(current, target,
                    joinedOn != null ? joinedOn : time.today(), null, MembershipKind.PRIMARY, null));
            return id;
        });
    }

    /** Since when the member is in the cell, when the item says: not in the future, not before the admission. */
    private LocalDate joinedOn(RowValues values, RowChecks.MemberFields fields) {
        LocalDate joined = values.date(JOINED_ON, false);
        if (joined == null) return null;
        if (joined.isAfter(time.today())) values.problem(JOINED_ON, "row.date-in-future");
        if (fields.admissionDate() != null && joined.isBefore(fields.admissionDate())) {
            values.problem(JOINED_ON, "sync.joined-before-admission");
        }
        return joined;
    }

    /** The cell named by id or by identifier, only within the subtree; none named: the member's own. */
    private Organization cellOf(SyncApi.MemberItem item, Organization root, Organization home,
                                Map<UUID, Organization> byId, Map<String, Organization> byExternalId,
                                RowValues values) {
        String field = item.cellId() != null ? CELL_ID : CELL_EXTERNAL_ID;
        Object named = item.cellId() != null ? item.cellId() : item.cellExternalId();
        if (named == null) {
            if (home != null) return home;
            values.problem(CELL_EXTERNAL_ID, "row.required");
            return null;
        }
        Organization cell = item.cellId() != null ? byId.get(item.cellId()) : byExternalId.get(item.cellExternalId());
        if (cell == null || !cell.isWithin(root)) {
            // A cell outside the subtree is reported as not found: its existence is not the caller's to learn.
            values.problem(field, "row.unknown-organization", named);
            return null;
        }
        checks.openCell(values, field, cell);
        return cell;
    }

    private Map<UUID, Organization> homeCells(java.util.Collection<Member> members) {
        return SyncLookup.inChunks(em, "select ms from Membership ms join fetch ms.organization where ms.kind = :kind"
                        + " and ms.validFrom <= :day and (ms.validTo is null or ms.validTo >= :day) and ms.member.id in",
                members.stream().map(m -> m.id).toList(), Membership.class,
                q -> q.setParameter("kind", MembershipKind.PRIMARY).setParameter("day", time.today())).stream()
                .collect(Collectors.toMap(ms -> ms.member.id, ms -> ms.organization, (a, b) -> a));
    }

    private static Map<String, String> valuesOf(SyncApi.MemberItem item) {
        Map<String, String> values = new HashMap<>();
        values.put(ImportColumns.FULL_NAME, item.fullName());
        values.put(ImportColumns.BIRTH_YEAR, item.birthYear() == null ? null : item.birthYear().toString());
        values.put(ImportColumns.GENDER, item.gender());
        values.put(ImportColumns.CARD_NUMBER, item.cardNumber());
        values.put(ImportColumns.ADMISSION_DATE, item.admissionDate());
        values.put(ImportColumns.OFFICIAL_DATE, item.officialDate());
        values.put(JOINED_ON, item.joinedOn());
        return values;
    }
}
