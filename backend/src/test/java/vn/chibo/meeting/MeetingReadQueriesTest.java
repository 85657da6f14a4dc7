package vn.chibo.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Statements;

/**
 * Reading one meeting costs a fixed number of SQL statements, whatever the number of members,
 * attendance rows, speeches and ballots (no query per member): the meeting screen stays fast for a
 * cell of 60.
 */
@QuarkusTest
@TestProfile(MeetingReadQueriesTest.WithStatistics.class)
class MeetingReadQueriesTest extends ApiTest {

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The view cache off: this counts what assembling the view costs.
            return Map.of("quarkus.hibernate-orm.statistics", "true", "chibo.meeting-views.cache-size", "0");
        }
    }

    @Inject
    EntityManagerFactory database;

    private long statementsToRead(UUID meetingId) {
        api().get("/api/v1/meetings/{id}", meetingId).then().statusCode(200); // warm: the policy and caches
        return Statements.preparedDuring(database,
                () -> api().get("/api/v1/meetings/{id}", meetingId).then().statusCode(200));
    }

    /** A held meeting where everyone expected is present, each speaks, and an official vote is recorded. */
    private UUID heldMeetingOf(CellFixture cell, List<UUID> members) {
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID id = cell.schedule("REGULAR", start);
        for (UUID member : members) {
            CellFixture.attend(id, member, "PRESENT");
            api().body(Map.of("memberId", member.toString())).post("/api/v1/meetings/{id}/speeches", id).then()
                    .statusCode(201);
        }
        CellFixture.hold(id, start, 120);
        return id;
    }

    @Test
    @AsCommuneStaff
    void readingAMeetingOfSixtyMembersTakesNoMoreStatementsThanAMeetingOfThree() {
        CellFixture small = CellFixture.create(org("LCH-BL"));
        long few = statementsToRead(heldMeetingOf(small, List.of(small.an, small.binh, small.cuong)));

        CellFixture large = CellFixture.create(org("LCH-BL"));
        List<UUID> sixty = new ArrayList<>(List.of(large.an, large.binh, large.cuong));
        sixty.addAll(large.addMembers(57));
        long many = statementsToRead(heldMeetingOf(large, sixty));

        assertEquals(few, many, "statements for 3 members: " + few + ", for 60: " + many);
        assertTrue(many <= 18, "assembling the view takes " + many + " statements");
    }
}
