package vn.chibo.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.MeetingFactRefresher;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.TreeFixture;

/**
 * The migration that created the sums of meeting facts by cell and month (V15) filled them from the existing
 * meeting facts: run again over what the application maintained, its backfill gives the same rows and the
 * dashboard the same figures.
 */
@QuarkusTest
class MeetingFactMonthBackfillTest extends ApiTest {
    private static final String MIGRATION = "db/migration/V15__meeting_fact_month.sql";
    private static final String BACKFILL = "-- The backfill";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @Inject
    MeetingFactRefresher refresher;

    @Inject
    DataSource dataSource;

    @Test
    @AsProvinceStaff
    void theMigrationsBackfillGivesTheSameRowsAndFiguresAsTheMaintainedSums() throws Exception {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        for (int day : List.of(10, 24)) {
            CellFixture cell = CellFixture.create(committee);
            OffsetDateTime start = OffsetDateTime.of(2026, 11, day, 19, 30, 0, 0, VIETNAM);
            UUID meeting = cell.schedule(day == 10 ? "REGULAR" : "TOPICAL", start);
            CellFixture.attend(meeting, cell.an, "PRESENT");
            CellFixture.attend(meeting, cell.binh, "ABSENT_UNEXCUSED");
            CellFixture.hold(meeting, start, 120);
            CellFixture.selfEvaluate(meeting);
            cell.schedule("REGULAR", start.plusMonths(1).minusDays(day - 1));
        }
        refresher.refreshAll();
        List<String> maintained = rows();
        assertFalse(maintained.isEmpty());
        List<String> figures = figures(committee);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from meeting_fact_month");
            for (String statement : backfill()) s.executeUpdate(statement);
        }

        assertEquals(maintained, rows());
        assertEquals(figures, figures(committee));
    }

    /** The overviews of a month and the year and the year's grid, of the committee and of the province. */
    private List<String> figures(UUID committee) {
        List<String> out = new ArrayList<>();
        for (UUID org : List.of(committee, org("LCH"))) {
            for (String period : List.of("2026-11", "2026-Q4", "2026")) {
                out.add(api().queryParam("period", period).get("/api/v1/organizations/{id}/dashboard", org).then()
                        .statusCode(200).extract().asString());
                out.add(api().queryParam("period", period).queryParam("size", 200)
                        .get("/api/v1/organizations/{id}/dashboard/cells", org).then().statusCode(200).extract().asString());
            }
        }
        return out;
    }

    private List<String> rows() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select * from meeting_fact_month order by organization_id, month_number")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) row.append(r.getMetaData().getColumnLabel(i)).append('=').append(r.getObject(i)).append(' ');
                out.add(row.toString());
            }
        }
        return out;
    }

    /** The statements of the migration after its backfill comment, without comments. */
    private static List<String> backfill() throws IOException {
        String text;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int from = text.indexOf(BACKFILL);
        assertTrue(from > 0, "the migration marks its backfill with \"" + BACKFILL + "\"");
        StringBuilder sql = new StringBuilder();
        for (String line : text.substring(from).split("\n")) {
            if (!line.trim().startsWith("--")) sql.append(line).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String statement : sql.toString().split(";")) {
            if (!statement.isBlank()) statements.add(statement.trim());
        }
        assertEquals(1, statements.size(), "the backfill: one insert");
        return statements;
    }
}
