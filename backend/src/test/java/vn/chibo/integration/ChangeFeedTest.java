package vn.chibo.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** A client that reads the change feed with its cursor sees every event of its subtree once, in order. */
@QuarkusTest
class ChangeFeedTest extends ApiTest {

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private static String feed(UUID org) {
        return "/api/v1/organizations/" + org + "/events";
    }

    @Test
    void aClientCatchesUpPageByPageWithoutMissingOrRepeatingAnEvent() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        UUID sibling = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture cell = CellFixture.create(committee);
        api().get(feed(committee)).then().statusCode(200).body("items", hasSize(0)).body("nextCursor", equalTo("0"))
                .body("hasMore", equalTo(false));

        UUID meeting = cell.schedule("REGULAR", CellFixture.hoursAgo(30));
        CellFixture.hold(meeting, CellFixture.hoursAgo(30), 120);
        CellFixture.selfEvaluate(meeting);
        CellFixture.create(sibling).schedule("REGULAR", CellFixture.hoursAgo(-30));

        // One at a time, as a client with a small page would read them.
        String cursor = "0";
        List<String> types = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> page = api().queryParam("after", cursor).queryParam("size", 1).get(feed(committee))
                    .then().statusCode(200).body("items", hasSize(1)).body("hasMore", equalTo(i < 2)).extract().path("$");
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = ((List<Map<String, Object>>) page.get("items")).get(0);
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) entry.get("event");
            types.add((String) event.get("type"));
            assertEquals(entry.get("cursor"), page.get("nextCursor"));
            cursor = (String) page.get("nextCursor");
        }
        assertEquals(List.of("vn.chibo.meeting.scheduled", "vn.chibo.meeting.held", "vn.chibo.evaluation.submitted"), types);
        api().queryParam("after", cursor).get(feed(committee)).then().statusCode(200).body("items", hasSize(0))
                .body("nextCursor", equalTo(cursor));

        // Filtered by type; the evaluation's event names its meeting and rating, and the sibling's meeting is not here.
        api().queryParam("type", "EVALUATION_SUBMITTED").get(feed(committee)).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].event.data.meetingId", equalTo(meeting.toString()))
                .body("items[0].event.data.status", equalTo("SUBMITTED"))
                .body("items[0].event.source", equalTo("/api/v1/organizations/" + cell.cellId));
        api().get(feed(sibling)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].event.type", equalTo("vn.chibo.meeting.scheduled"));
    }

    @Test
    void aBadCursorOrSizeIsRefusedNamingTheParameter() {
        Tokens.actAs("canbo.xa", "staff");
        api().queryParam("after", "abc").get(feed(org("LCH-BL"))).then().statusCode(400);
        api().queryParam("after", -1).get(feed(org("LCH-BL"))).then().statusCode(400);
        api().queryParam("size", 501).get(feed(org("LCH-BL"))).then().statusCode(400);
        api().queryParam("type", "MEETING_EATEN").get(feed(org("LCH-BL"))).then().statusCode(400);
    }

    @Test
    void aCommitteeOutsideTheSubtreeReadsNothingOfIt() {
        Tokens.actAs("canbo.tinh", "staff");
        UUID otherCommune = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
        String outsider = "canbo.feed." + otherCommune.toString().substring(0, 6);
        api().body(Map.of("username", outsider, "organizationId", otherCommune.toString(), "role", "STAFF",
                "validFrom", "2020-01-01")).post("/api/v1/appointments").then().statusCode(201);
        Tokens.actAs(outsider, "staff");
        api().get(feed(org("LCH-BL"))).then().statusCode(403).body("code", equalTo("out-of-scope"));
        Tokens.actAs("bithu.an", "secretary");
        api().get(feed(org("LCH-BL-NK"))).then().statusCode(403);
    }
}
