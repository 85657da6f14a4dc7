package vn.chibo.meeting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsSecretaryAn;
import vn.chibo.testing.CellFixture;

/** Notifying a meeting is logged with its id and a count, never with the members' user names. */
@QuarkusTest
class NoticeLogTest extends ApiTest {

    @Test
    @AsSecretaryAn
    void theNoticeLogNamesNoMember() {
        UUID cell = org("LCH-BL-NK");
        UUID meeting = UUID.fromString(api().body(Map.of("type", "TOPICAL",
                        "scheduledStart", CellFixture.iso(CellFixture.hoursAgo(-48))))
                .post("/api/v1/organizations/{id}/meetings", cell).then().statusCode(201).extract().path("id"));
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                Object[] args = record.getParameters();
                lines.add(args == null ? message : message + " " + java.util.Arrays.toString(args));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(MeetingService.class.getName());
        log.addHandler(capture);
        try {
            api().body(Map.of("version", CellFixture.version(meeting))).post("/api/v1/meetings/{id}/notify", meeting)
                    .then().statusCode(200);
        } finally {
            log.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(meeting.toString())), "the notice is logged: " + lines);
        for (String username : List.of("dangvien.an", "bithu.an", "giamsat")) {
            assertFalse(lines.stream().anyMatch(l -> l.contains(username)), username + " in " + lines);
        }
    }
}
