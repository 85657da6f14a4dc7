package vn.chibo.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Random;
import org.jboss.logging.Logger;
import vn.chibo.alert.AlertService;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.MeetingFactRefresher;
import vn.chibo.organization.Organization;

/**
 * Grows the demo province to benchmark size ({@code chibo.demo-province-cells}): communes of 30
 * cells of 9 to 31 members, each commune written with its year of history by {@link DemoHistory} in
 * a transaction of its own, so an interrupted load resumes at the first missing commune. Runs after
 * {@link DemoData} has loaded the demo itself; never in a normal start (the setting defaults to 0).
 */
@ApplicationScoped
public class ProvinceScale {
    private static final Logger LOG = Logger.getLogger(ProvinceScale.class);
    static final int CELLS_PER_COMMUNE = 30;
    private static final String[] PLACES = {"Mường So", "Khổng Lào", "Phong Thổ", "Sì Lở Lầu", "Dào San", "Bản Lang",
        "Nậm Xe", "Pa Tần", "Nậm Hàng", "Mường Tè", "Bum Nưa", "Ka Lăng", "Thu Lũm", "Tà Tổng", "Pa Ủ", "Mù Cả",
        "Than Uyên", "Phúc Than", "Mường Kim", "Tà Hừa", "Khoen On", "Tân Uyên", "Pắc Ta", "Nậm Sỏ", "Trung Đồng"};
    private static final String[] CATEGORIES = {"THON_BAN_TDP", "THON_BAN_TDP", "THON_BAN_TDP", "THON_BAN_TDP",
        "TRUONG_HOC", "DON_VI_SU_NGHIEP", "LUC_LUONG_VU_TRANG"};

    private final EntityManager em;
    private final ChiboConfig config;
    private final TimeSource time;
    private final DemoHistory history;
    private final AlertService alerts;
    private final MeetingFactRefresher facts;

    ProvinceScale(EntityManager em, ChiboConfig config, TimeSource time, DemoHistory history, AlertService alerts,
                  MeetingFactRefresher facts) {
        this.facts = facts;
        this.em = em;
        this.config = config;
        this.time = time;
        this.history = history;
        this.alerts = alerts;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        int cells = config.demoProvinceCells();
        if (!config.demoData() || !config.demoHistory() || cells <= 0) return;
        long started = System.nanoTime();
        LocalDate today = time.today();
        int communes = (cells + CELLS_PER_COMMUNE - 1) / CELLS_PER_COMMUNE;
        int written = 0;
        for (int n = 1; n <= communes; n++) {
            int index = n;
            int size = Math.min(CELLS_PER_COMMUNE, cells - (n - 1) * CELLS_PER_COMMUNE);
            boolean wrote = QuarkusTransaction.requiringNew().timeout(1800).call(() -> commune(index, size, today));
            if (!wrote) continue;
            written++;
            if (written % 10 == 0) {
                LOG.infof("Province scale: %d of %d communes in %d s", n, communes, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        if (written == 0) return;
        QuarkusTransaction.requiringNew().run(() -> alerts.computeDaily(today));
        facts.refreshAll();
        LOG.infof("Province scale: %d communes (%d cells) added with their year of history in %d s", written,
                cells, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** One commune of the province with its cells, members and year; false when it was there already. */
    private boolean commune(int n, int cells, LocalDate today) {
        String code = String.format("%s-P%03d", DemoData.ROOT_CODE, n);
        Long existing = em.createQuery("select count(o) from Organization o where o.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (existing > 0) return false;
        Organization province = em.createQuery("select o from Organization o where o.code = :code", Organization.class)
                .setParameter("code", DemoData.ROOT_CODE).getSingleResult();
        LocalDate founded = DemoData.foundedFor(today);
        Random random = new Random(config.demoSeed() * 31 + n);
        DemoPeople people = new DemoPeople(em, random, today, founded, 1_000_000 + n * 1_000);
        String place = PLACES[(n - 1) % PLACES.length] + (n > PLACES.length ? " " + ((n - 1) / PLACES.length + 1) : "");
        Organization commune = DemoData.persistOrganization(em, province, code, "Đảng bộ xã " + place, "DANG_BO_XA",
                "XA", true, founded);
        for (int c = 1; c <= cells; c++) {
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String name = "THON_BAN_TDP".equals(category) ? "Chi bộ bản " + place + " " + c : "Chi bộ đơn vị số " + c + " xã " + place;
            int size = 9 + random.nextInt(23);
            Organization cell = DemoData.persistOrganization(em, commune, String.format("%s-C%02d", code, c), name,
                    "CHI_BO_TRUC_THUOC", category, true, founded);
            people.staff(cell, size);
        }
        em.flush();
        history.load(commune, today, config.demoSeed() + n, founded);
        return true;
    }
}
