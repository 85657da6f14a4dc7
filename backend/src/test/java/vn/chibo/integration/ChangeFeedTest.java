package vn.chibo.integration;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
        // Building the tree and its members made events too (organisation and member changes): start after them.
        String setUp = api().queryParam("size", 500).get(feed(committee)).then().statusCode(200)
                .body("hasMore", equalTo(false))
                .body("items.event.type", everyItem(anyOf(startsWith("vn.chibo.organization."), startsWith("vn.chibo.member."))))
                .extract().path("nextCursor");

        UUID meeting = cell.schedule("REGULAR", CellFixture.hoursAgo(30));
        CellFixture.hold(meeting, CellFixture.hoursAgo(30), 120);
        CellFixture.selfEvaluate(meeting);
        CellFixture.create(sibling).schedule("REGULAR", CellFixture.hoursAgo(-30));

        // One at a time, as a client with a small page would read them.
        String cursor = setUp;
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
        api().queryParam("type", "MEETING_SCHEDULED").get(feed(sibling)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].event.type", equalTo("vn.chibo.meeting.scheduled"));
    }

    @Test
    void anAlertRunTellsIntegratorsOfEachAlertItRaisedOnceWithoutItsDetailText() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        CellFixture.create(committee); // a cell that held no meeting: the run raises its alerts
        int raised = api().post("/api/v1/organizations/{id}/alert-runs", committee).then().statusCode(200)
                .extract().path("raised");
        org.junit.jupiter.api.Assertions.assertTrue(raised > 0, "a cell without meetings raises alerts");
        List<Map<String, Object>> events = api().queryParam("type", "ALERT_RAISED").queryParam("size", 500)
                .get(feed(committee)).then().statusCode(200).body("items", hasSize(raised))
                .body("items.event.type", everyItem(equalTo("vn.chibo.alert.raised")))
                .extract().path("items.event.data");
        for (Map<String, Object> data : events) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("alertId", "organizationId", "organizationName",
                    "kind", "severity", "period"), data.keySet());
        }
        // the same run again raises nothing new, so it tells nothing new
        api().post("/api/v1/organizations/{id}/alert-runs", committee).then().statusCode(200).body("raised", equalTo(0));
        api().queryParam("type", "ALERT_RAISED").queryParam("size", 500).get(feed(committee)).then().statusCode(200)
                .body("items", hasSize(raised));
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
    void organisationAndMemberChangesReachTheFeedWithIdsAndStatesButNoPersonalData() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        api().queryParam("type", "ORGANIZATION_CREATED").get(feed(committee)).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].event.subject", equalTo(committee.toString()))
                .body("items[0].event.data.action", equalTo("CREATE"))
                .body("items[0].event.data.typeCode", equalTo("DANG_BO_BO_PHAN"));
        CellFixture cell = CellFixture.create(committee);
        List<Map<String, Object>> members = api().queryParam("type", "MEMBER_CREATED").queryParam("size", 500)
                .get(feed(committee)).then().statusCode(200).extract().path("items");
        org.junit.jupiter.api.Assertions.assertFalse(members.isEmpty());
        api().queryParam("type", "MEMBER_CREATED").queryParam("size", 500).get(feed(committee)).then()
                .body("items.event.source", everyItem(equalTo("/api/v1/organizations/" + cell.cellId)))
                .body("items.event.data", everyItem(not(hasKey("fullName"))))
                .body("items.event.data", everyItem(not(hasKey("birthDate"))))
                .body("items.event.subject", org.hamcrest.Matchers.hasItem(cell.an.toString()));

        long version = ((Number) api().get("/api/v1/organizations/{id}", cell.cellId).then().extract().path("version")).longValue();
        api().body(Map.of("version", version, "name", "Chi bộ đổi tên thử")).patch("/api/v1/organizations/{id}", cell.cellId)
                .then().statusCode(200);
        api().queryParam("type", "ORGANIZATION_UPDATED").get(feed(committee)).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].event.type", equalTo("vn.chibo.organization.updated"))
                .body("items[0].event.data.name[1]", equalTo("Chi bộ đổi tên thử"));
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
