package vn.chibo.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Random;
import org.jboss.logging.Logger;
import vn.chibo.alert.AlertService;
import vn.chibo.common.ChiboConfig;
import vn.chibo.common.TimeSource;
import vn.chibo.evaluation.SupervisionAssignment;
import vn.chibo.meeting.MeetingFactRefresher;
import vn.chibo.member.Member;
import vn.chibo.member.Position;
import vn.chibo.organization.Organization;
import vn.chibo.security.Appointment;
import vn.chibo.security.Role;

/**
 * A realistic province-like tree with Vietnamese names, loaded once on the first start when
 * {@code chibo.demo-data=true}. The demo logins of keycloak/realm-chibo.json are appointed here.
 * With {@code chibo.demo-history} (on outside tests) the province also gets a year of meetings up
 * to today ({@link DemoHistory}). Dates follow the application's clock, so the demo never ages:
 * a fresh database loads a demo as of its first day.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String ROOT_CODE = "LCH";
    /** The tree was founded 17 months before the demo's day (1 July 2025 for the tests' 6 December 2026). */
    private static final int MONTHS_SINCE_FOUNDED = 17;

    private final EntityManager em;
    private final ChiboConfig config;
    private final TimeSource time;
    private DemoPeople people;

    private final AlertService alerts;
    private final DemoPlanning planning;
    private final DemoHistory history;
    private final DemoRatings ratings;
    private final MeetingFactRefresher facts;
    private final DemoReports reports;
    private final DemoDues dues;
    private LocalDate founded;

    public DemoData(EntityManager em, ChiboConfig config, TimeSource time, AlertService alerts, DemoPlanning planning,
                    DemoHistory history, DemoRatings ratings, MeetingFactRefresher facts, DemoReports reports,
                    DemoDues dues) {
        this.dues = dues;
        this.reports = reports;
        this.ratings = ratings;
        this.planning = planning;
        this.history = history;
        this.facts = facts;
        this.em = em;
        this.config = config;
        this.time = time;
        this.alerts = alerts;
    }

    /**
     * Loads the demo tree once and computes today's alerts so the dashboards are not empty until 00:30; and
     * the stored facts of its meetings, so the first dashboard does not compute a year of them. With the year's
     * history, the year's periodic reports are sent once those facts are stored ({@link DemoReports}). A restart
     * on a database that holds the demo already costs one query: its alerts, facts and reports were made when it
     * was loaded, and the nightly alert job and the facts refresher ({@code chibo.meeting-facts.refresh-every})
     * keep them current, so recomputing them here would only delay the start (by seconds, see bench/startup.sh).
     */
    void onStart(@Observes StartupEvent event) {
        if (!config.demoData() || !load()) return;
        facts.refreshAll();
        // The reports' figures read the stored facts of the year's meetings; today's alerts see the reports sent.
        if (config.demoHistory()) reports.load(config.demoSeed());
        alerts.computeDaily(time.today());
    }

    /** Loads the demo tree unless it is there already; true when it was loaded now. */
    @Transactional
    public boolean load() {
        Long existing = em.createQuery("select count(o) from Organization o where o.code = :code", Long.class)
                .setParameter("code", ROOT_CODE).getSingleResult();
        if (existing > 0) return false;
        long started = System.nanoTime();
        DemoPhases phases = new DemoPhases();
        LocalDate today = time.today();
        founded = foundedFor(today);
        people = new DemoPeople(em, new Random(2025), today, founded, 10001);

        Organization province = org(null, ROOT_CODE, "Đảng bộ tỉnh Lai Châu", "DANG_BO_TINH", "TONG_HOP", true);

        Organization binhLu = org(province, "LCH-BL", "Đảng bộ xã Bình Lư", "DANG_BO_XA", "XA", true);
        // The date line of the records ("Bình Lư, ngày …"); cells inherit it.
        province.locality = "Lai Châu";
        binhLu.locality = "Bình Lư";
        Organization naKhoang = cell(binhLu, "LCH-BL-NK", "Chi bộ bản Nà Khoang", "THON_BAN_TDP", 16);
        Organization naBo = cell(binhLu, "LCH-BL-NB", "Chi bộ bản Nà Bỏ", "THON_BAN_TDP", 13);
        cell(binhLu, "LCH-BL-NN", "Chi bộ bản Nà Ngập", "THON_BAN_TDP", 11);
        cell(binhLu, "LCH-BL-PP", "Chi bộ bản Phiêng Phát", "THON_BAN_TDP", 9);
        cell(binhLu, "LCH-BL-THCS", "Chi bộ Trường THCS Bình Lư", "TRUONG_HOC", 12);
        cell(binhLu, "LCH-BL-YT", "Chi bộ Trạm Y tế xã", "DON_VI_SU_NGHIEP", 7);
        cell(binhLu, "LCH-BL-CA", "Chi bộ Công an xã", "LUC_LUONG_VU_TRANG", 10);
        cell(binhLu, "LCH-BL-QS", "Chi bộ Quân sự xã", "LUC_LUONG_VU_TRANG", 8);

        Organization tanPhong = org(province, "LCH-TP", "Đảng bộ phường Tân Phong", "DANG_BO_XA", "PHUONG", true);
        tanPhong.locality = "Tân Phong";
        Organization tdp5 = null;
        for (int i = 1; i <= 6; i++) {
            Organization c = cell(tanPhong, "LCH-TP-TDP" + i, "Chi bộ tổ dân phố số " + i, "THON_BAN_TDP", 12 + i);
            if (i == 5) tdp5 = c;
        }
        cell(tanPhong, "LCH-TP-TH", "Chi bộ Trường Tiểu học Tân Phong", "TRUONG_HOC", 14);

        Organization tamDuong = org(province, "LCH-TD", "Đảng bộ xã Tam Đường", "DANG_BO_XA", "XA", true);
        tamDuong.locality = "Tam Đường";
        cell(tamDuong, "LCH-TD-BH", "Chi bộ bản Hon", "THON_BAN_TDP", 10);
        cell(tamDuong, "LCH-TD-BT", "Chi bộ bản Bãi Trâu", "THON_BAN_TDP", 9);
        cell(tamDuong, "LCH-TD-TB", "Chi bộ bản Tiến Bộ", "THON_BAN_TDP", 11);

        Organization government = org(province, "LCH-UB", "Đảng bộ Ủy ban nhân dân tỉnh", "DANG_BO_CAP_TREN_CO_SO",
                "CO_QUAN", true);
        Organization finance = org(government, "LCH-UB-STC", "Đảng bộ Sở Tài chính", "DANG_BO_CO_SO", "CO_QUAN", true);
        cell(finance, "LCH-UB-STC-VP", "Chi bộ Văn phòng Sở Tài chính", "CO_QUAN", 12);
        cell(finance, "LCH-UB-STC-NS", "Chi bộ Phòng Quản lý ngân sách", "CO_QUAN", 10);
        cellOfType(government, "LCH-UB-STP", "Chi bộ Sở Tư pháp", "CHI_BO_CO_SO", "CO_QUAN", 15);
        cellOfType(government, "LCH-UB-BV", "Chi bộ Bệnh viện Y học cổ truyền tỉnh", "CHI_BO_CO_SO",
                "DON_VI_SU_NGHIEP", 18);

        Organization power = org(province, "LCH-DL", "Đảng bộ Công ty Điện lực Lai Châu", "DANG_BO_CO_SO",
                "DOANH_NGHIEP_NN", true);
        cell(power, "LCH-DL-TD", "Chi bộ Điện lực Tam Đường", "DOANH_NGHIEP_NN", 14);
        cell(power, "LCH-DL-KT", "Chi bộ Phòng Kỹ thuật", "DOANH_NGHIEP_NN", 9);
        cellOfType(province, "LCH-CHE", "Chi bộ Công ty Cổ phần Chè Tam Đường", "CHI_BO_CO_SO", "DOANH_NGHIEP_KHAC", 11);

        linkLogin(naKhoang, Position.SECRETARY, "bithu.an");
        linkLogin(naKhoang, null, "dangvien.an");
        linkLogin(tdp5, Position.SECRETARY, "bithu.binh");
        linkLogin(tdp5, null, "dangvien.binh");

        appoint("canbo.tinh", province, Role.STAFF);
        appoint("canbo.xa", binhLu, Role.STAFF);
        appoint("giamsat", naKhoang, Role.SUPERVISOR);
        appoint("giamsat", naBo, Role.SUPERVISOR);
        appoint("bithu.an", naKhoang, Role.SECRETARY);
        appoint("dangvien.an", naKhoang, Role.MEMBER);
        appoint("bithu.binh", tdp5, Role.SECRETARY);
        appoint("dangvien.binh", tdp5, Role.MEMBER);
        appoint("service-account-chibo-integration", province, Role.INTEGRATION);
        supervise("giamsat", naKhoang);
        supervise("giamsat", naBo);
        String extent = "";
        if (config.demoHistory()) {
            // The retired members' cell: over 30 members, so the large-cell rules have a case.
            cellOfType(tanPhong, DemoScenario.LARGE_CELL, "Chi bộ Hưu trí phường Tân Phong", "CHI_BO_TRUC_THUOC",
                    "THON_BAN_TDP", DemoScenario.LARGE_CELL_SIZE);
            em.flush();
            phases.stop("tree");
            DemoHistory.Summary year = history.load(province, today, config.demoSeed(), founded, phases);
            DemoRatings.Summary rated = ratings.load(province, founded, config.demoSeed());
            phases.stop("ratings");
            DemoDues.Summary paid = dues.load(province, binhLu, naKhoang, today, time.now());
            phases.stop("dues");
            extent = String.format(", %d meetings of %d cells over 12 months, %d evaluations, %d annual ratings"
                    + " (%d decided), %d dues sheets, %d artefacts", year.meetings(), year.cells(), year.evaluations(),
                    rated.ratings(), rated.decided(), paid.sheets(), paid.artefacts());
        } else {
            planning.load(binhLu, naKhoang);
        }
        em.flush();
        phases.stop("flush");
        LOG.infof("Demo data loaded as of %s: %d organisations, %d members%s in %d ms (%s)", today,
                em.createQuery("select count(o) from Organization o", Long.class).getSingleResult(),
                people.created(), extent, (System.nanoTime() - started) / 1_000_000, phases);
        return true;
    }

    /** The day the demo tree was founded, for a demo loaded on the given day. */
    static LocalDate foundedFor(LocalDate today) {
        return today.minusMonths(MONTHS_SINCE_FOUNDED).withDayOfMonth(1);
    }

    private Organization org(Organization parent, String code, String name, String type, String category,
                             boolean committee) {
        return persistOrganization(em, parent, code, name, type, category, committee, founded);
    }

    /** A demo organisation founded on the given day; cells are the types whose code starts with CHI_BO. */
    static Organization persistOrganization(EntityManager em, Organization parent, String code, String name, String type,
                                            String category, boolean committee, LocalDate founded) {
        Organization org = new Organization();
        org.rename(name);
        org.code = code;
        org.typeCode = type;
        org.categoryCode = category;
        org.hasCommittee = committee;
        org.holdsMeetings = type.startsWith("CHI_BO");
        org.validFrom = founded;
        org.placeUnder(parent);
        em.persist(org);
        return org;
    }

    private Organization cell(Organization parent, String code, String name, String category, int size) {
        return cellOfType(parent, code, name, "CHI_BO_TRUC_THUOC", category, size);
    }

    private Organization cellOfType(Organization parent, String code, String name, String type, String category,
                                    int size) {
        Organization cell = org(parent, code, name, type, category, size >= 9);
        people.staff(cell, size);
        return cell;
    }

    /** Links a login to the cell's secretary (when position is given) or to an ordinary official member. */
    private void linkLogin(Organization cell, Position position, String username) {
        String query = position == null
                ? "select ms.member from Membership ms where ms.organization = :cell and ms.member.username is null"
                    + " and ms.member.officialDate is not null and not exists (select 1 from PositionHeld p"
                    + " where p.member = ms.member) and not exists (select 1 from Exemption e where e.member = ms.member)"
                    + " order by ms.member.nameFolded"
                : "select p.member from PositionHeld p where p.organization = :cell and p.position = :position";
        var typed = em.createQuery(query, Member.class).setParameter("cell", cell);
        if (position != null) typed.setParameter("position", position);
        Member member = typed.setMaxResults(1).getSingleResult();
        member.username = username;
        // The address the demo realm gives the login (keycloak/), so the demo's notices reach the mail catcher.
        member.email = username.replace('.', '_') + "@chibo.example";
    }

    private void appoint(String username, Organization org, Role role) {
        Appointment a = new Appointment();
        a.username = username;
        a.organization = org;
        a.role = role;
        a.validFrom = founded;
        em.persist(a);
    }

    /** The supervisor verifies the evaluations of the cells assigned to them. */
    private void supervise(String username, Organization cell) {
        SupervisionAssignment a = new SupervisionAssignment();
        a.supervisorUsername = username;
        a.cell = cell;
        a.validFrom = founded;
        a.assignedBy = "canbo.xa";
        a.createdAt = time.now();
        em.persist(a);
    }
}
