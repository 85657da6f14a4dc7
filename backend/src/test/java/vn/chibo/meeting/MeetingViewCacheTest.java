package vn.chibo.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Statements;
import vn.chibo.testing.TestClock;

/**
 * A meeting's view is reused while nothing it shows has changed, and every change, in the meeting or
 * elsewhere in the cell, shows on the next read.
 */
@QuarkusTest
@TestProfile(MeetingViewCacheTest.WithStatistics.class)
class MeetingViewCacheTest extends ApiTest {

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true", "chibo.meeting-views.cache-size", "100");
        }
    }

    @Inject
    EntityManagerFactory database;

    private long statementsToRead(UUID meetingId) {
        return Statements.preparedDuring(database,
                () -> api().get("/api/v1/meetings/{id}", meetingId).then().statusCode(200));
    }

    private static OffsetDateTime thisYear(int month, int day) {
        return OffsetDateTime.of(TestClock.TODAY.getYear(), month, day, 19, 30, 0, 0, ZoneOffset.ofHours(7));
    }

    @Test
    @AsCommuneStaff
    void aRepeatedReadReusesTheViewAndAWriteToTheMeetingRebuildsIt() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        UUID meeting = c.schedule("REGULAR", CellFixture.hoursAgo(3));
        long assembled = statementsToRead(meeting);
        long reused = statementsToRead(meeting);
        assertTrue(reused <= 5 && reused < assembled,
                "a repeated read takes " + reused + " statements, assembling the view " + assembled);

        CellFixture.attend(meeting, c.an, "PRESENT");
        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200)
                .body("attendance.find { it.memberId == '" + c.an + "' }.status", equalTo("PRESENT"));
    }

    @Test
    @AsCommuneStaff
    void anAbsenceRecordedAtAnEarlierMeetingShowsInTheLaterMeetingsRun() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        OffsetDateTime earlierStart = thisYear(2, 5);
        UUID earlier = c.schedule("REGULAR", earlierStart);
        CellFixture.hold(earlier, earlierStart, 95);
        UUID later = c.schedule("REGULAR", thisYear(3, 5));
        String run = "attendance.find { it.memberId == '" + c.cuong + "' }.consecutiveExcusedAbsences";
        api().get("/api/v1/meetings/{id}", later).then().statusCode(200).body(run, equalTo(0));

        CellFixture.attend(earlier, c.cuong, "ABSENT_EXCUSED");

        api().get("/api/v1/meetings/{id}", later).then().statusCode(200).body(run, equalTo(1));
    }

    @Test
    @AsCommuneStaff
    void aMembersNewNameShowsInTheMeetingsTheyWereExpectedAt() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        UUID meeting = c.schedule("REGULAR", CellFixture.hoursAgo(3));
        String name = "attendance.find { it.memberId == '" + c.binh + "' }.fullName";
        String before = api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200).extract().path(name);
        int version = api().get("/api/v1/members/{id}", c.binh).then().extract().path("version");
        String renamed = before + " Sửa";

        api().body(Map.of("version", version, "fullName", renamed)).patch("/api/v1/members/{id}", c.binh).then()
                .statusCode(200);

        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200).body(name, equalTo(renamed));
    }

    @Test
    @AsCommuneStaff
    void theCellsNewNameShowsOnItsMeetings() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        UUID meeting = c.schedule("REGULAR", CellFixture.hoursAgo(3));
        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200);
        String renamed = unique("Chi bộ đổi tên");

        api().body(Map.of("version", orgVersion(c.cellId), "name", renamed)).patch("/api/v1/organizations/{id}", c.cellId)
                .then().statusCode(200);

        api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200).body("organizationName", equalTo(renamed));
    }
}
