package vn.chibo.notice;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/** The notice tests' common step: Bí thư An schedules a meeting of Nà Khoang and sends its notice. */
abstract class NoticeApiTest extends ApiTest {

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** Schedules the meeting as bithu.an, notifies it and returns its id (the caller stays bithu.an). */
    protected UUID notifiedMeeting(String type, OffsetDateTime start, String place) {
        Tokens.actAs("bithu.an", "secretary");
        UUID meeting = UUID.fromString(api().body(Map.of("type", type, "scheduledStart", CellFixture.iso(start),
                        "place", place))
                .post("/api/v1/organizations/{id}/meetings", org("LCH-BL-NK")).then().statusCode(201).extract().path("id"));
        api().body(Map.of("version", CellFixture.version(meeting))).post("/api/v1/meetings/{id}/notify", meeting)
                .then().statusCode(200);
        return meeting;
    }
}
