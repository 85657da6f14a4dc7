package vn.chibo.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.chibo.common.ApiException;
import vn.chibo.common.ApiMetrics;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.Messages;
import vn.chibo.common.PersistenceConflicts;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;

/**
 * The nightly sync from the national systems (issue 13, BR-D4): members or organisations of a subtree upserted by
 * their identifier in one system. The items are checked first, in one read transaction, with the records they name
 * loaded in chunks; then written through the services the API uses (audit, events and versions as for any edit):
 * ALL_OR_NOTHING in one transaction that any bad row rolls back, PER_ROW one transaction per row so that a bad
 * row never undoes another.
 */
@jakarta.enterprise.context.ApplicationScoped
public class SyncService {
    private static final Logger LOG = Logger.getLogger(SyncService.class);
    /** The most row errors one refusal lists (the problem's errors[] is bounded); the detail counts them all. */
    private static final int MAX_LISTED_ERRORS = 1000;
    /**
     * Rows written between two clears of the persistence context in the one transaction of ALL_OR_NOTHING: every
     * flush checks every entity the context holds, so thousands of rows in one context cost quadratic time.
     */
    private static final int ROWS_PER_CLEAR = 50;

    private final EntityManager em;
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final MemberSyncPlanner memberPlanner;
    private final OrganizationSyncPlanner organizationPlanner;
    private final ChiboConfig config;
    private final ApiMetrics metrics;

    public SyncService(EntityManager em, OrganizationRepository organizations, AccessPolicy access, MemberSyncPlanner memberPlanner,
                       OrganizationSyncPlanner organizationPlanner, ChiboConfig config, ApiMetrics metrics) {
        this.metrics = metrics;
        this.em = em;
        this.organizations = organizations;
        this.access = access;
        this.memberPlanner = memberPlanner;
        this.organizationPlanner = organizationPlanner;
        this.config = config;
    }

    public SyncApi.Report members(UUID rootId, SyncApi.MemberSync body, Locale locale) {
        return run("members", rootId, body.scheme(), body.mode(), body.items().size(), locale,
                root -> memberPlanner.plan(root, body.scheme(), body.items()));
    }

    public SyncApi.Report organizations(UUID rootId, SyncApi.OrganizationSync body, Locale locale) {
        return run("organizations", rootId, body.scheme(), body.mode(), body.items().size(), locale,
                root -> organizationPlanner.plan(root, body.scheme(), body.items()));
    }

    private SyncApi.Report run(String kind, UUID rootId, ExternalIds.ExternalSystem scheme, SyncApi.Mode mode, int count,
                               Locale locale, Function<Organization, List<SyncRow>> planner) {
        List<SyncRow> rows = QuarkusTransaction.requiringNew().call(() -> {
            Organization root = organizations.require(rootId);
            // Master data of a subtree: for who may change its structure (ADMIN, STAFF, INTEGRATION), not a secretary.
            access.requireChangeStructure(root);
            requireWithinLimits(count);
            return planner.apply(root);
        });
        if (mode == SyncApi.Mode.ALL_OR_NOTHING) {
            allOrNothing(rows);
        } else {
            rows.stream().filter(SyncRow::writes).forEach(this::alone);
        }
        SyncApi.Report report = report(rootId, scheme, mode, rows, locale);
        SyncApi.Totals t = report.totals();
        metrics.synced(kind, "created", t.created());
        metrics.synced(kind, "updated", t.updated());
        metrics.synced(kind, "unchanged", t.unchanged());
        metrics.synced(kind, "error", t.error());
        return report;
    }

    private void requireWithinLimits(int count) {
        if (count == 0) throw ApiException.invalidField("items", "sync-empty");
        int max = config.sync().maxItems();
        if (count > max) throw new ApiException(413, "sync-too-many-items", "sync-too-many-items",
                new Object[] {count, max}, List.of(), null);
    }

    /** One transaction for every row: the first row a service refuses undoes them all and is reported. */
    private void allOrNothing(List<SyncRow> rows) {
        if (rows.stream().anyMatch(SyncRow::hasErrors)) throw rejected(rows);
        SyncRow[] current = new SyncRow[1];
        try {
            QuarkusTransaction.requiringNew().timeout(config.sync().transactionTimeoutSeconds()).run(() -> {
                int written = 0;
                for (SyncRow row : rows) {
                    current[0] = row;
                    if (!row.writes()) continue;
                    row.apply();
                    if (++written % ROWS_PER_CLEAR == 0) {
                        em.flush();
                        em.clear();
                    }
                }
            });
        } catch (RuntimeException e) {
            ApiException refusal = refusalOf(e);
            if (current[0] == null) throw refusal;
            current[0].failed(refusal);
            throw rejected(rows);
        }
    }

    /** PER_ROW: the row in a transaction of its own; a refusal stays the row's. */
    private void alone(SyncRow row) {
        try {
            QuarkusTransaction.requiringNew().run(row::apply);
        } catch (RuntimeException e) {
            row.failed(refusalOf(e));
        }
    }

    /** The refusal behind a failed write: a service's, or a database conflict; anything else is a fault. */
    private static ApiException refusalOf(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) return api;
        }
        return PersistenceConflicts.of(e).orElseThrow(() -> {
            LOG.error("sync row failed", e);
            return e;
        });
    }

    /** 422: nothing saved; every row error, as items[index].field, in the problem's errors. */
    private static ApiException rejected(List<SyncRow> rows) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        long bad = 0;
        for (SyncRow row : rows) {
            if (!row.hasErrors()) continue;
            bad++;
            for (ApiException.FieldError error : row.errors()) {
                if (errors.size() < MAX_LISTED_ERRORS) {
                    errors.add(new ApiException.FieldError("items[" + row.index + "]." + error.field(),
                            error.messageKey(), error.args()));
                }
            }
        }
        return new ApiException(422, "sync-rejected", "sync-rejected", new Object[] {bad}, errors, null);
    }

    private static SyncApi.Report report(UUID rootId, ExternalIds.ExternalSystem scheme, SyncApi.Mode mode,
                                         List<SyncRow> rows, Locale locale) {
        int[] totals = new int[SyncApi.Outcome.values().length];
        List<SyncApi.Row> out = new ArrayList<>(rows.size());
        for (SyncRow row : rows) {
            SyncApi.Outcome outcome = row.finalOutcome();
            totals[outcome.ordinal()]++;
            out.add(new SyncApi.Row(row.index, row.externalId, outcome, row.id, row.errors().stream()
                    .map(e -> new ImportApi.FieldMessage(e.field(), Messages.get(locale, e.messageKey(), e.args())))
                    .toList()));
        }
        return new SyncApi.Report(rootId, scheme, mode, new SyncApi.Totals(totals[0], totals[1], totals[2], totals[3]),
                out);
    }
}
