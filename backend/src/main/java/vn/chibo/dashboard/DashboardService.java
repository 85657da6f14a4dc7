package vn.chibo.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.chibo.common.ApiException;
import vn.chibo.common.PageRequest;
import vn.chibo.common.PageResult;
import vn.chibo.common.TextFolding;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;

/** The committee dashboard of a subtree and period: the overview and the per-cell grid. */
@ApplicationScoped
public class DashboardService {
    /** Grid sort keys, each also descending with a leading "-". */
    static final Set<String> SORT_KEYS = Set.of("name", "attendanceRate", "topicalHeld", "overdueItems", "lastVisit");

    /** Which cells of the grid to show by their meeting regime over the period. */
    public enum RegimeFilter { MET, NOT_MET }

    public record GridQuery(String period, String text, RegimeFilter regime, String sort) {}

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final DashboardFactsLoader loader;
    private final TimeSource time;

    public DashboardService(OrganizationRepository organizations, AccessPolicy access, DashboardFactsLoader loader,
                            TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.loader = loader;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardApi.Overview overview(UUID organizationId, String period) {
        DashboardFactsLoader.Facts facts = facts(organizationId, period);
        return DashboardFigures.overview(facts, DashboardFigures.rows(facts));
    }

    /**
     * The overview of any span of days (a six-month report's, say), for a caller that has already checked it may
     * read the organisation: the same figures as {@link #overview(UUID, String)} gives for a month, quarter or year.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardApi.Overview overview(Organization org, DashboardPeriod period) {
        DashboardFactsLoader.Facts facts = loader.load(org, period);
        return DashboardFigures.overview(facts, DashboardFigures.rows(facts));
    }

    /** The whole filtered, sorted grid of a subtree (not paged), as an export needs it. */
    public record Grid(String organizationName, DashboardPeriod period, List<DashboardApi.CellRow> rows) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardApi.CellPage cells(UUID organizationId, GridQuery query, PageRequest paging) {
        Grid grid = grid(organizationId, query);
        PageResult<DashboardApi.CellRow> rows = PageResult.slice(grid.rows(), paging.page, paging.size);
        return new DashboardApi.CellPage(grid.period().key(), rows.items(), rows.page(), rows.size(), rows.total());
    }

    /** The grid the screen pages through, with the same filters, sort and authorisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Grid grid(UUID organizationId, GridQuery query) {
        String sort = query.sort() == null || query.sort().isBlank() ? "name" : query.sort().trim();
        if (!SORT_KEYS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            throw ApiException.invalidField("sort", "field.unknown-value", String.join(", ", SORT_KEYS.stream().sorted().toList()));
        }
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        DashboardFactsLoader.Facts facts = loader.loadForRows(org, DashboardPeriod.parse(query.period(), time.today()));
        // Each name folded once, as stored with the organisation (TextFolding.fold of its name).
        Function<DashboardApi.CellRow, String> folded = r -> facts.organizations().get(r.organizationId()).nameFolded;
        String text = query.text() == null || query.text().isBlank() ? null : TextFolding.fold(query.text());
        Predicate<DashboardApi.CellRow> regime = query.regime() == null ? r -> true
                : query.regime() == RegimeFilter.MET ? DashboardApi.CellRow::metEveryMonth
                : r -> r.months().stream().anyMatch(m -> Boolean.FALSE.equals(m.met()));
        List<DashboardApi.CellRow> rows = DashboardFigures.rows(facts).stream()
                .filter(r -> text == null || folded.apply(r).contains(text))
                .filter(regime)
                .sorted(DashboardFigures.order(sort, folded)).toList();
        return new Grid(org.name, facts.period(), rows);
    }

    private DashboardFactsLoader.Facts facts(UUID organizationId, String period) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        return loader.load(org, DashboardPeriod.parse(period, time.today()));
    }
}
