package vn.chibo.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationRepository;
import vn.chibo.security.AccessPolicy;

/** The dashboard's 12-month trend of a subtree: meeting regime, attendance and ratings month by month. */
@ApplicationScoped
public class TrendService {
    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final TrendFactsLoader loader;
    private final TimeSource time;

    public TrendService(OrganizationRepository organizations, AccessPolicy access, TrendFactsLoader loader,
                        TimeSource time) {
        this.organizations = organizations;
        this.access = access;
        this.loader = loader;
        this.time = time;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrendApi.Trend trend(UUID organizationId, String to) {
        Organization org = organizations.require(organizationId);
        access.requireRead(org);
        YearMonth last = DashboardTrend.lastMonth(to, time.today());
        YearMonth first = last.minusMonths(DashboardTrend.MONTHS - 1);
        DashboardPeriod window = new DashboardPeriod(first + "/" + last, first.atDay(1), last.atEndOfMonth(), time.today());
        TrendFactsLoader.Facts facts = loader.load(org.path, window);
        return new TrendApi.Trend(org.id, org.name, first.toString(), last.toString(), DashboardTrend.months(facts));
    }
}
