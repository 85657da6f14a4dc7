package vn.chibo.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.TreeFixture;

/**
 * The sums of a cell's meeting facts by month (meeting_fact_month, V15) follow the writes that change the facts:
 * once the stale meetings are refreshed (as every dashboard read does first), the month's row equals the sums of
 * the meetings' rows. Without the maintenance in {@link MeetingFactStore} there would be no row at all.
 */
@QuarkusTest
class MeetingFactMonthTest extends ApiTest {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final OffsetDateTime NOVEMBER = OffsetDateTime.of(2026, 11, 20, 19, 30, 0, 0, VIETNAM);
    private static final OffsetDateTime DECEMBER = OffsetDateTime.of(2026, 12, 2, 19, 30, 0, 0, VIETNAM);

    @Inject
    MeetingFactStore store;

    @Inject
    DataSource dataSource;

    @Test
    @AsCommuneStaff
    void aHeldMeetingItsAttendanceAndItsEvaluationShowInTheCellsMonthSums() throws SQLException {
        CellFixture cell = CellFixture.create(TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP"));
        UUID meeting = cell.schedule("REGULAR", NOVEMBER);
        refresh(cell);
        Map<String, Object> planned = month(cell, 2026, 11);
        assertEquals(0, planned.get("regular_held"), "scheduled, not held");
        assertEquals(0, planned.get("attended"));

        CellFixture.attend(meeting, cell.an, "PRESENT");
        CellFixture.attend(meeting, cell.binh, "PRESENT");
        CellFixture.attend(meeting, cell.cuong, "ABSENT_UNEXCUSED");
        CellFixture.hold(meeting, NOVEMBER, 120);
        refresh(cell);
        Map<String, Object> held = month(cell, 2026, 11);
        assertEquals(1, held.get("regular_held"));
        assertEquals(1, held.get("attended"));
        assertEquals(4, held.get("expected"));
        assertEquals(2, held.get("present"));
        assertEquals(1, held.get("unexcused"));
        assertEquals(1, held.get("spoken"));
        assertNull(held.get("last_rating"));

        CellFixture.attend(meeting, cell.probationary, "PRESENT");
        refresh(cell);
        assertEquals(3, month(cell, 2026, 11).get("present"), "an attendance recorded after the meeting was held");

        CellFixture.selfEvaluate(meeting);
        refresh(cell);
        String self = api().get("/api/v1/meetings/{id}/evaluation", meeting).then().statusCode(200).extract()
                .path("selfRating");
        Map<String, Object> rated = month(cell, 2026, 11);
        assertEquals(1, rated.get("self_" + self.toLowerCase(java.util.Locale.ROOT)));
        assertEquals(self, rated.get("last_rating"));
        assertEquals(0, rated.get("verified_" + self.toLowerCase(java.util.Locale.ROOT)));

        // A second month's meeting is summed in its own month and leaves November alone.
        UUID topical = cell.schedule("TOPICAL", DECEMBER);
        CellFixture.attend(topical, cell.an, "PRESENT");
        CellFixture.hold(topical, DECEMBER, 90);
        refresh(cell);
        assertEquals(1, month(cell, 2026, 12).get("topical_held"));
        assertEquals(0, month(cell, 2026, 12).get("regular_held"));
        assertEquals(rated, month(cell, 2026, 11));
        assertEquals(sumsOfMeetingRows(cell, 2026, 11), month(cell, 2026, 11));
        assertEquals(sumsOfMeetingRows(cell, 2026, 12), month(cell, 2026, 12));
    }

    private void refresh(CellFixture cell) throws SQLException {
        store.refresh(path(cell), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private String path(CellFixture cell) throws SQLException {
        return (String) query("select path from organization where id = ?", cell.cellId).get("path");
    }

    private Map<String, Object> month(CellFixture cell, int year, int month) throws SQLException {
        return query("select regular_held, topical_held, regular_with_pre_meeting, attended, expected, present,"
                + " unexcused, above_target, spoken, spoken_at_target, self_good, self_fair, self_average, self_poor,"
                + " verified_good, verified_fair, verified_average, verified_poor, last_rating from meeting_fact_month"
                + " where organization_id = ? and month_number = ?", cell.cellId, year * 12 + month - 1);
    }

    /** The same sums taken from the meetings' own rows, as a plain check of the month's row. */
    private Map<String, Object> sumsOfMeetingRows(CellFixture cell, int year, int month) throws SQLException {
        String attended = "held and cell_meeting and expected > 0";
        StringBuilder sql = new StringBuilder("select")
                .append(" cast(sum(case when held and regular then 1 else 0 end) as int) regular_held,")
                .append(" cast(sum(case when held and topical then 1 else 0 end) as int) topical_held,")
                .append(" cast(sum(case when held and regular and has_pre_meeting then 1 else 0 end) as int) regular_with_pre_meeting,")
                .append(" cast(sum(case when ").append(attended).append(" then 1 else 0 end) as int) attended,")
                .append(" cast(sum(case when ").append(attended).append(" then expected else 0 end) as int) expected,")
                .append(" cast(sum(case when ").append(attended).append(" then present else 0 end) as int) present,")
                .append(" cast(sum(case when ").append(attended).append(" then unexcused else 0 end) as int) unexcused,")
                .append(" cast(sum(case when ").append(attended)
                .append(" and attendance_above_target then 1 else 0 end) as int) above_target,")
                .append(" cast(sum(case when held and present > 0 then 1 else 0 end) as int) spoken,")
                .append(" cast(sum(case when held and present > 0 and speaking_at_target then 1 else 0 end) as int) spoken_at_target");
        for (String kind : new String[] {"self", "verified"}) {
            for (String level : new String[] {"good", "fair", "average", "poor"}) {
                sql.append(", cast(sum(case when held and ").append(kind).append("_rating = '")
                        .append(level.toUpperCase(java.util.Locale.ROOT)).append("' then 1 else 0 end) as int) ")
                        .append(kind).append('_').append(level);
            }
        }
        sql.append(", max(case when self_rating is not null then coalesce(verified_rating, self_rating) end) last_rating")
                .append(" from meeting_fact where organization_id = ? and month_number = ?");
        return query(sql.toString(), cell.cellId, year * 12 + month - 1);
    }

    /** The first row of a query, by lower-case column label. */
    private Map<String, Object> query(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            try (ResultSet r = s.executeQuery()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (!r.next()) return row;
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), r.getObject(i));
                }
                return row;
            }
        }
    }
}
