package vn.chibo.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.common.ApiException;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationApi;
import vn.chibo.organization.OrganizationService;

/**
 * Decides, for each organisation item of a sync call, whether it creates, updates or matches an organisation of the
 * subtree, with the import's checks; the writes go through {@link OrganizationService}. An item may name as parent
 * an organisation created by an earlier item of the same call, as an import row may name an earlier row.
 */
@ApplicationScoped
class OrganizationSyncPlanner {
    private static final String PARENT_ID = "parentId";
    private static final String PARENT_EXTERNAL_ID = "parentExternalId";

    private final EntityManager em;
    private final RowChecks checks;
    private final OrganizationService service;
    private final TimeSource time;

    OrganizationSyncPlanner(EntityManager em, RowChecks checks, OrganizationService service, TimeSource time) {
        this.em = em;
        this.checks = checks;
        this.service = service;
        this.time = time;
    }

    /** Where an item's parent is: an organisation now, or the one an earlier item of the call creates. */
    private record Parent(UUID id, String createdBy) {}

    /** Runs in a read transaction: the rows it returns hold values and ids only, no entity. */
    List<SyncRow> plan(Organization root, ExternalIds.ExternalSystem scheme, List<SyncApi.OrganizationItem> items) {
        String field = scheme.field;
        List<String> named = new ArrayList<>();
        items.forEach(item -> {
            named.add(item.externalId());
            named.add(item.parentExternalId());
        });
        Map<String, Organization> byExternalId = SyncLookup.inChunks(em,
                "select o from Organization o where o." + field + " in", named, Organization.class).stream()
                .collect(Collectors.toMap(o -> scheme.of(new ExternalIds(o.csdlId, o.sotayId)), Function.identity()));
        Map<UUID, Organization> byId = SyncLookup.inChunks(em, "select o from Organization o where o.id in",
                items.stream().map(SyncApi.OrganizationItem::parentId).toList(), Organization.class).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));

        // Filled while the rows are applied, in order: an earlier item's new organisation, by its identifier.
        Map<String, UUID> created = new HashMap<>();
        List<SyncRow> rows = new ArrayList<>(items.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SyncApi.OrganizationItem item = items.get(i);
            SyncRow row = new SyncRow(i, item.externalId(), valuesOf(item));
            RowValues values = row.values;
            row.checkIdentifier(seen);
            RowChecks.OrganizationFields fields = checks.organization(values);
            Organization found = item.externalId() == null ? null : byExternalId.get(item.externalId());
            Organization org = row.ownOrRefused(found, found != null && found.isWithin(root));
            Parent parent = parentOf(item, root, org, byId, byExternalId, seen, i, values);
            if (!row.hasErrors()) planWrite(row, scheme, item, fields, org, parent, created);
            rows.add(row);
        }
        return rows;
    }

    private void planWrite(SyncRow row, ExternalIds.ExternalSystem scheme, SyncApi.OrganizationItem item,
                           RowChecks.OrganizationFields f, Organization org, Parent parent, Map<String, UUID> created) {
        if (org == null) {
            String csdl = scheme == ExternalIds.ExternalSystem.CSDL ? item.externalId() : null;
            String sotay = scheme == ExternalIds.ExternalSystem.SOTAY ? item.externalId() : null;
            row.plan(SyncApi.Outcome.CREATED, null, () -> {
                OrganizationApi.View view = service.create(new OrganizationApi.Create(f.name(), null, f.type().code,
                        f.category().code, parentId(parent, created), f.type().holdsMeetingsByDefault, false, f.code(),
                        null, csdl, sotay));
                created.put(item.externalId(), view.id());
                return view.id();
            });
            return;
        }
        // Only what differs is sent: the audit entry lists real changes, and a match writes nothing.
        OrganizationApi.Patch patch = new OrganizationApi.Patch(org.version, SyncRow.differs(f.name(), org.name), null,
                SyncRow.differs(f.type().code, org.typeCode), SyncRow.differs(f.category().code, org.categoryCode),
                null, null, SyncRow.differs(f.code(), org.code), null, null, null, null, null);
        boolean edited = patch.name() != null || patch.typeCode() != null || patch.categoryCode() != null
                || patch.code() != null;
        boolean moved = parent != null && (parent.createdBy() != null || !parent.id().equals(org.parentId));
        if (!edited && !moved) {
            row.unchanged(org.id);
            return;
        }
        UUID id = org.id;
        long version = org.version;
        row.plan(SyncApi.Outcome.UPDATED, id, () -> {
            long current = edited ? service.update(id, patch).version() : version;
            // Under another parent in the national record: moved there today, as a move in the API would.
            if (moved) service.move(id, new OrganizationApi.Move(current, parentId(parent, created), time.today(), null));
            return id;
        });
    }

    /**
     * The parent named by id or by identifier (an organisation of the subtree, or an earlier item of the call);
     * none named: the subtree's root for a new organisation, the present parent (null) for one that exists.
     */
    private Parent parentOf(SyncApi.OrganizationItem item, Organization root, Organization org,
                            Map<UUID, Organization> byId, Map<String, Organization> byExternalId,
                            Map<String, Integer> seen, int index, RowValues values) {
        if (item.parentId() != null) {
            Organization parent = byId.get(item.parentId());
            if (parent != null && parent.isWithin(root)) return new Parent(parent.id, null);
            values.problem(PARENT_ID, "row.unknown-organization", item.parentId());
            return null;
        }
        String named = item.parentExternalId();
        if (named == null) return org == null ? new Parent(root.id, null) : null;
        Organization parent = byExternalId.get(named);
        if (parent != null && parent.isWithin(root)) return new Parent(parent.id, null);
        Integer earlier = seen.get(named);
        if (parent == null && earlier != null && earlier < index) return new Parent(null, named);
        // Outside the subtree reads as not found: its existence is not the caller's to learn.
        values.problem(PARENT_EXTERNAL_ID, "row.unknown-organization", named);
        return null;
    }

    /** At write time: an earlier item that failed (PER_ROW) left its children without a parent. */
    private static UUID parentId(Parent parent, Map<String, UUID> created) {
        if (parent.id() != null) return parent.id();
        UUID id = created.get(parent.createdBy());
        if (id == null) throw ApiException.invalidField(PARENT_EXTERNAL_ID, "row.unknown-organization", parent.createdBy());
        return id;
    }

    private static Map<String, String> valuesOf(SyncApi.OrganizationItem item) {
        Map<String, String> values = new HashMap<>();
        values.put(ImportColumns.NAME, item.name());
        values.put(ImportColumns.TYPE, item.typeCode());
        values.put(ImportColumns.CATEGORY, item.categoryCode());
        values.put(ImportColumns.CODE, item.code());
        return values;
    }
}
