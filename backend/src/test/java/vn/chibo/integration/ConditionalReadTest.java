package vn.chibo.integration;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * A system that polls a meeting, a member list or the change feed sends back the ETag it was given and
 * gets 304 without a body until the answer changes; the tag never opens what the caller may not read.
 */
@QuarkusTest
class ConditionalReadTest extends ApiTest {
    private static final String TAG = "^W/\"[A-Za-z0-9_-]{24}\"$";

    @BeforeEach
    void asCommuneStaff() {
        Tokens.actAs("canbo.xa", "staff");
    }

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private String etag(String path, Object... params) {
        return api().get(path, params).then().statusCode(200).header("ETag", matchesPattern(TAG)).extract().header("ETag");
    }

    private void notModified(String tag, String path, Object... params) {
        notModified(tag, tag, path, params);
    }

    private void notModified(String ifNoneMatch, String tag, String path, Object... params) {
        api().header("If-None-Match", ifNoneMatch).get(path, params).then().statusCode(304).header("ETag", equalTo(tag))
                .body(emptyString());
    }

    @Test
    void aMeetingAnswers304UntilItChanges() {
        CellFixture cell = CellFixture.create(org("LCH-BL"));
        UUID meeting = cell.schedule("REGULAR", CellFixture.hoursAgo(-48));
        String tag = etag("/api/v1/meetings/{id}", meeting);
        notModified(tag, "/api/v1/meetings/{id}", meeting);
        notModified("W/\"AAAAAAAAAAAAAAAAAAAAAAAA\", " + tag, tag, "/api/v1/meetings/{id}", meeting);
        api().header("If-None-Match", "W/\"AAAAAAAAAAAAAAAAAAAAAAAA\"").get("/api/v1/meetings/{id}", meeting).then()
                .statusCode(200).header("ETag", equalTo(tag)).body("id", equalTo(meeting.toString()));

        api().body(java.util.Map.of("version", CellFixture.version(meeting), "place", "Hội trường thôn mới"))
                .patch("/api/v1/meetings/{id}", meeting).then().statusCode(200);
        String changed = api().header("If-None-Match", tag).get("/api/v1/meetings/{id}", meeting).then().statusCode(200)
                .body("place", equalTo("Hội trường thôn mới")).extract().header("ETag");
        assertNotEquals(tag, changed);
        notModified(changed, "/api/v1/meetings/{id}", meeting);
    }

    @Test
    void aMemberListAndOneMemberAnswer304UntilTheyChange() {
        CellFixture cell = CellFixture.create(org("LCH-BL"));
        String list = etag("/api/v1/organizations/{id}/members", cell.cellId);
        notModified(list, "/api/v1/organizations/{id}/members", cell.cellId);
        String one = etag("/api/v1/members/{id}", cell.an);
        notModified(one, "/api/v1/members/{id}", cell.an);
        cell.addMembers(1);
        api().header("If-None-Match", list).get("/api/v1/organizations/{id}/members", cell.cellId).then().statusCode(200)
                .header("ETag", not(equalTo(list)));
        // Another page of the same list is another answer.
        api().header("If-None-Match", list).queryParam("size", 1).get("/api/v1/organizations/{id}/members", cell.cellId)
                .then().statusCode(200);
    }

    @Test
    void theChangeFeedAnswers304UntilAnEventArrives() {
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        String feed = "/api/v1/organizations/{id}/events?type=MEETING_SCHEDULED";
        CellFixture cell = CellFixture.create(committee);
        String empty = etag(feed, committee);
        notModified(empty, feed, committee);
        cell.schedule("REGULAR", CellFixture.hoursAgo(-30));
        api().header("If-None-Match", empty).get(feed, committee).then().statusCode(200).header("ETag", not(equalTo(empty)))
                .body("items.size()", equalTo(1));
    }

    @Test
    void aTagOpensNothingAndOnlyThePolledReadsCarryOne() {
        CellFixture cell = CellFixture.create(org("LCH-BL"));
        UUID meeting = cell.schedule("REGULAR", CellFixture.hoursAgo(-48));
        String tag = etag("/api/v1/meetings/{id}", meeting);
        Tokens.actAs("bithu.binh", "secretary"); // a secretary of another commune
        api().header("If-None-Match", tag).get("/api/v1/meetings/{id}", meeting).then().statusCode(403)
                .header("ETag", nullValue());
        Tokens.actAs("canbo.xa", "staff");
        api().get("/api/v1/organizations/{id}", cell.cellId).then().statusCode(200).header("ETag", nullValue());
    }
}
