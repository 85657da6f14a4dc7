package vn.chibo.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (run by bench/province.sh, not a test): the raw-SQL floor of each committee read of the
 * province benchmark, on the same database the server used. Each read's floor is the set of plain SQL aggregations that compute the same figures
 * or rows as the endpoint, every result consumed; the time printed is the median of the runs after a
 * warm-up. Prints one JSON object: the row counts of the main tables, and each read's floor in milliseconds.
 *
 * <p>Arguments: the JDBC URL, the user, the day the data is "as of" (YYYY-MM-DD), the province's code.
 */
public final class ProvinceFloorBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final String HELD = "('HELD','APPROVED')";

    private final Connection db;
    private final String path;
    private final LocalDate today;
    /** The sums of the stored facts by cell and month exist (V15). */
    private boolean monthSums;

    private ProvinceFloorBenchmark(Connection db, String path, LocalDate today) {
        this.db = db;
        this.path = path;
        this.today = today;
    }

    public static void main(String[] args) throws SQLException {
        LocalDate today = LocalDate.parse(args[2]);
        String code = args.length > 3 ? args[3] : "LCH";
        try (Connection db = DriverManager.getConnection(args[0], args[1], "")) {
            // As the server's connections (common/PostgresPlanning): each run is planned with its values, never with
            // the generic plan the driver's server-side statements may fall back to after five runs.
            try (java.sql.Statement s = db.createStatement()) {
                s.execute("SET plan_cache_mode = force_custom_plan");
            }
            String path;
            try (PreparedStatement s = db.prepareStatement("select path from organization where code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    path = r.getString(1);
                }
            }
            ProvinceFloorBenchmark bench = new ProvinceFloorBenchmark(db, path, today);
            YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("dashboard-month", bench.time(() -> bench.dashboard(lastMonth.atDay(1), lastMonth.atEndOfMonth())));
            out.put("dashboard-cells-month", out.get("dashboard-month"));
            LocalDate yearStart = today.withDayOfYear(1);
            out.put("dashboard-year", bench.time(() -> bench.dashboard(yearStart, today)));
            // Next to the floor, not instead of it: the same figures summed from the stored meeting facts.
            Map<String, Double> summary = new LinkedHashMap<>();
            bench.monthSums = bench.count("information_schema.tables where table_name = 'meeting_fact_month'") > 0;
            if (bench.count("information_schema.tables where table_name = 'meeting_fact'") > 0) {
                summary.put("dashboard-month", bench.time(() -> bench.dashboardFromFacts(lastMonth.atDay(1), lastMonth.atEndOfMonth())));
                summary.put("dashboard-cells-month", summary.get("dashboard-month"));
                summary.put("dashboard-year", bench.time(() -> bench.dashboardFromFacts(yearStart, today)));
            }
            out.put("evaluation-report-year", bench.time(() -> bench.evaluationReport(yearStart, today)));
            out.put("verifications", bench.time(bench::verifications));
            out.put("topical-plans", bench.time(() -> bench.topicalPlans(today.getYear())));
            out.put("monthly-schedule", bench.time(() -> bench.monthlySchedule(YearMonth.from(today))));
            LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            out.put("supervision-coverage", bench.time(() -> bench.coverage(quarter, quarter.plusMonths(3).minusDays(1))));
            Map<String, Double> counts = new LinkedHashMap<>();
            for (String table : List.of("organization", "member", "meeting", "attendance", "speech", "evaluation", "task",
                    "supervision_visit", "audit_entry")) {
                counts.put(table, (double) bench.count(table));
            }
            System.out.println("{\"counts\":" + json(counts, "%.0f") + ",\"floor\":" + json(out, "%.1f")
                    + ",\"summaryFloor\":" + json(summary, "%.1f") + "}");
        }
    }

    private static String json(Map<String, Double> values, String format) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(String.format(java.util.Locale.ROOT, format, v)));
        return json.append('}').toString();
    }

    private long count(String table) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from " + table); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** Median milliseconds of the runs after the warm-up. */
    private double time(Work work) throws SQLException {
        for (int i = 0; i < WARM_UP; i++) work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** Runs a query and reads every column of every row, returning the row count. */
    private int consume(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                int rows = 0;
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) r.getObject(c);
                    rows++;
                }
                return rows;
            }
        }
    }

    private Timestamp start(LocalDate day) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(day.atStartOfDay(ZONE).toInstant(), ZoneOffset.UTC));
    }

    private String like() {
        return path + "%";
    }

    /**
     * The dashboard's figures for a period: cells, meetings held per cell and month, attendance of the
     * expected (members active on the day, not exempt) per cell, speaking rate per meeting, ratings,
     * waiting verifications, overdue tasks, last visit, the quarter's visits, plans, schedules, alerts.
     */
    private void dashboard(LocalDate from, LocalDate to) throws SQLException {
        Timestamp a = start(from);
        Timestamp b = start(to.plusDays(1));
        dashboard(from, to, () -> meetingFigures(from, to), () -> consume("select m.organization_id, max(m.scheduled_start),"
                + " e.self_rating, e.verified_rating, count(*) from evaluation e join meeting m on m.id = e.meeting_id"
                + " join organization o on o.id = m.organization_id where o.path like ? and m.scheduled_start >= ?"
                + " and m.scheduled_start < ? group by m.organization_id, e.self_rating, e.verified_rating", like(), a, b));
    }

    /**
     * The same figures as the server now reads them: the meetings' part, the evaluations' ratings and each cell's
     * latest rating summed by cell from the sums of the stored facts by cell and month (meeting_fact_month, V15),
     * after the two look-ups of stale meetings every read makes first (none are stale here). Without that table
     * (before V15), from the stored facts of each meeting (meeting_fact, V12 and V13).
     */
    private void dashboardFromFacts(LocalDate from, LocalDate to) throws SQLException {
        if (!monthSums) {
            dashboardFromMeetingFacts(from, to);
            return;
        }
        int first = from.getYear() * 12 + from.getMonthValue() - 1;
        int last = to.getYear() * 12 + to.getMonthValue() - 1;
        Work stale = () -> {
            consume("select m.id from meeting m join organization o on o.id = m.organization_id where m.facts_stale"
                    + " and o.path like ? and m.scheduled_start >= ? and m.scheduled_start < ?", like(), start(from),
                    start(to.plusDays(1)));
            consume("select f.meeting_id from meeting_fact f join meeting m on m.id = f.meeting_id where m.facts_stale"
                    + " and f.meeting_day between ? and ? and f.organization_id in (select id from organization where path like ?)",
                    from, to, like());
        };
        StringBuilder sums = new StringBuilder("select c.organization_id");
        for (int i = 0; i < 12; i++) sums.append(", sum(case when c.month_number = ").append(first + i).append(" then c.regular_held else 0 end)");
        for (int i = 0; i < 4; i++) {
            sums.append(", sum(case when c.month_number between ").append(first + 3 * i).append(" and ").append(first + 3 * i + 2)
                    .append(" then c.topical_held else 0 end)");
        }
        for (String column : List.of("topical_held", "regular_held", "regular_with_pre_meeting", "attended", "expected",
                "present", "unexcused", "above_target", "spoken", "spoken_at_target", "self_good", "self_fair",
                "self_average", "self_poor", "verified_good", "verified_fair", "verified_average", "verified_poor")) {
            sums.append(", sum(c.").append(column).append(')');
        }
        for (int i = 0; i < 12; i++) sums.append(", max(case when c.month_number = ").append(first + i).append(" then c.last_rating end)");
        sums.append(" from meeting_fact_month c where c.month_number between ? and ?"
                + " and c.organization_id in (select id from organization where path like ?) group by c.organization_id");
        dashboard(from, to, () -> {
            stale.run();
            consume(sums.toString(), first, last, like());
        }, () -> { });
    }

    /** The figures from the stored facts of each meeting, as the server read them before V15. */
    private void dashboardFromMeetingFacts(LocalDate from, LocalDate to) throws SQLException {
        Work ratings = () -> consume("select f.organization_id, max(f.scheduled_start), f.self_rating, f.verified_rating,"
                + " count(*) from meeting_fact f join organization o on o.id = f.organization_id where o.path like ?"
                + " and f.self_rating is not null and f.meeting_day between ? and ?"
                + " group by f.organization_id, f.self_rating, f.verified_rating", like(), from, to);
        dashboard(from, to, () -> consume("select f.organization_id, f.month_number,"
                + " sum(case when f.regular then 1 else 0 end), sum(case when f.topical then 1 else 0 end),"
                + " sum(case when f.regular and f.has_pre_meeting then 1 else 0 end), sum(f.expected), sum(f.present),"
                + " sum(f.unexcused), sum(case when f.attendance_above_target then 1 else 0 end),"
                + " sum(case when f.present > 0 then 1 else 0 end), sum(case when f.speaking_at_target then 1 else 0 end)"
                + " from meeting_fact f join organization o on o.id = f.organization_id where o.path like ? and f.held"
                + " and f.meeting_day between ? and ? group by f.organization_id, f.month_number", like(), from, to), ratings);
    }

    private void dashboard(LocalDate from, LocalDate to, Work meetings, Work ratings) throws SQLException {
        consume("select id, name, parent_id, valid_from, valid_to from organization where path like ? and holds_meetings"
                + " and valid_from <= ? and (valid_to is null or valid_to > ?)", like(), to, from);
        meetings.run();
        ratings.run();
        verifications();
        consume("select t.organization_id, count(*) from task t join organization o on o.id = t.organization_id"
                + " where o.path like ? and t.due_date < ? and t.status in ('NOT_STARTED','IN_PROGRESS','LATE')"
                + " group by t.organization_id", like(), today);
        consume("select v.cell_org_id, max(v.visited_on) from supervision_visit v join organization o on o.id = v.cell_org_id"
                + " where o.path like ? and v.visited_on <= ? group by v.cell_org_id", like(), to);
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        coverage(quarter, quarter.plusMonths(3).minusDays(1));
        consume("select p.organization_id, p.status from topical_plan p join organization o on o.id = p.organization_id"
                + " where o.path like ? and p.plan_year = ?", like(), from.getYear());
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) months.add(m.toString());
        consume("select organization_id, schedule_month from monthly_schedule where schedule_month in ("
                + String.join(",", months.stream().map(m -> "'" + m + "'").toList()) + ")");
        consume("select kind, count(*) from alert where org_path like ? and state = 'OPEN' group by kind", like());
    }

    /**
     * Meetings held per cell and month, attendance of the expected (members active on the day, not exempt)
     * per cell, speaking rate per meeting: from the base tables.
     */
    private void meetingFigures(LocalDate from, LocalDate to) throws SQLException {
        Timestamp a = start(from);
        Timestamp b = start(to.plusDays(1));
        consume("select m.organization_id, extract(year from m.scheduled_start), extract(month from m.scheduled_start), m.type,"
                + " count(*) from meeting m join organization o on o.id = m.organization_id where o.path like ?"
                + " and m.scheduled_start >= ? and m.scheduled_start < ? and m.status in " + HELD + " group by m.organization_id,"
                + " extract(year from m.scheduled_start), extract(month from m.scheduled_start), m.type", like(), a, b);
        consume("select m.organization_id, count(*), sum(case when a.status in ('PRESENT','PRESENT_ONLINE') then 1 else 0 end)"
                + " from attendance a join meeting m on m.id = a.meeting_id join organization o on o.id = m.organization_id"
                + " join membership ms on ms.member_id = a.member_id and ms.organization_id = m.organization_id"
                + " and ms.valid_from <= cast(m.scheduled_start as date) and (ms.valid_to is null or ms.valid_to >= cast(m.scheduled_start as date))"
                + " where o.path like ? and m.scheduled_start >= ? and m.scheduled_start < ? and m.status in " + HELD
                + " and m.type <> 'COMMITTEE' and not exists (select 1 from exemption e where e.member_id = a.member_id"
                + " and e.valid_from <= cast(m.scheduled_start as date) and (e.valid_to is null or e.valid_to >= cast(m.scheduled_start as date)))"
                + " group by m.organization_id", like(), a, b);
        consume("select m.id, count(distinct s.member_id), (select count(*) from attendance p where p.meeting_id = m.id"
                + " and p.status in ('PRESENT','PRESENT_ONLINE')) from meeting m join organization o on o.id = m.organization_id"
                + " left join speech s on s.meeting_id = m.id where o.path like ? and m.scheduled_start >= ?"
                + " and m.scheduled_start < ? and m.status in " + HELD + " group by m.id", like(), a, b);
    }

    /** Distributions of self and verified ratings, failed gates and the gap, per cell. */
    private void evaluationReport(LocalDate from, LocalDate to) throws SQLException {
        consume("select m.organization_id, o.name, e.self_rating, e.verified_rating, e.self_failed_gates is not null, count(*),"
                + " sum(e.self_total), sum(e.verified_total) from evaluation e join meeting m on m.id = e.meeting_id"
                + " join organization o on o.id = m.organization_id where o.path like ? and m.scheduled_start >= ?"
                + " and m.scheduled_start < ? group by m.organization_id, o.name, e.self_rating, e.verified_rating,"
                + " e.self_failed_gates is not null", like(), start(from), start(to.plusDays(1)));
    }

    /**
     * Evaluations waiting for verification with their meeting and cell, and the policy profiles their due dates come
     * from (as the server reads them: every profile, picked in memory per cell).
     */
    private void verifications() throws SQLException {
        policies();
        consume("select e.id, e.status, e.self_total, e.self_rating, e.submitted_at, m.id, m.type, m.scheduled_start,"
                + " o.id, o.name from evaluation e join meeting m on m.id = e.meeting_id join organization o"
                + " on o.id = m.organization_id where o.path like ? and e.status in ('SUBMITTED','RETURNED')"
                + " order by m.scheduled_start", like());
    }

    /**
     * Each open cell's plan of the year with its state, the planned topics per group with the groups' names, the policy
     * profiles (the deadline of a cell without a plan) and, as the server shows them for a page of 50 cells, the items
     * of 50 plans and how many of their meetings were held.
     */
    private void topicalPlans(int year) throws SQLException {
        policies();
        consume("select o.id, o.name, o.path, p.id, p.status, p.due_date, p.submitted_at from organization o"
                + " left join topical_plan p on p.organization_id = o.id and p.plan_year = ? where o.path like ?"
                + " and o.holds_meetings and o.valid_to is null", year, like());
        consume("select i.topic_group_code, count(*) from topical_plan_item i join topical_plan p on p.id = i.plan_id"
                + " join organization o on o.id = p.organization_id where o.path like ? and o.holds_meetings"
                + " and o.valid_to is null and p.plan_year = ? group by i.topic_group_code", like(), year);
        consume("select * from topic_group");
        consume("select i.plan_id, count(*), sum(case when m.status in " + HELD + " then 1 else 0 end)"
                + " from topical_plan_item i left join meeting m on m.id = i.meeting_id where i.plan_id in"
                + " (select p.id from topical_plan p join organization o on o.id = p.organization_id where o.path like ?"
                + " and p.plan_year = ? limit 50) group by i.plan_id", like(), year);
    }

    /** The month's meetings of every cell of the subtree, and the cells without one. */
    private void monthlySchedule(YearMonth month) throws SQLException {
        consume("select o.id, o.name, m.id, m.type, m.status, m.scheduled_start, m.place from organization o"
                + " left join meeting m on m.organization_id = o.id and m.scheduled_start >= ? and m.scheduled_start < ?"
                + " where o.path like ? and o.holds_meetings order by o.path, m.scheduled_start",
                start(month.atDay(1)), start(month.plusMonths(1).atDay(1)), like());
    }

    /**
     * Visits of each cell open in the quarter, the policy profile that says how many are required and, as the server
     * shows them for a page of 50 cells, those cells' visitors, standing supervisors and supervisors of the quarter's
     * team months.
     */
    private void coverage(LocalDate from, LocalDate to) throws SQLException {
        policies();
        consume("select o.id, o.name, count(v.id) from organization o left join supervision_visit v on v.cell_org_id = o.id"
                + " and v.visited_on between ? and ? where o.path like ? and o.holds_meetings and o.valid_from <= ?"
                + " and (o.valid_to is null or o.valid_to > ?) group by o.id, o.name", from, to, like(), to, from);
        String page = "(select o.id from organization o where o.path like ? and o.holds_meetings limit 50)";
        consume("select v.cell_org_id, v.supervisor_username from supervision_visit v where v.cell_org_id in " + page
                + " and v.visited_on between ? and ?", like(), from, to);
        consume("select a.cell_org_id, a.supervisor_username from supervision_assignment a where a.cell_org_id in " + page
                + " and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)", like(), to, from);
        List<String> months = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) months.add(YearMonth.from(m).toString());
        consume("select e.cell_org_id, e.username from supervision_month_entry e join supervision_month m on m.id = e.month_id"
                + " where e.cell_org_id in " + page + " and m.plan_month in (?, ?, ?)", like(), months.get(0), months.get(1),
                months.get(2));
    }

    /** Every policy profile: the server picks a cell's profile from them in memory. */
    private void policies() throws SQLException {
        consume("select * from policy_profile");
    }
}
