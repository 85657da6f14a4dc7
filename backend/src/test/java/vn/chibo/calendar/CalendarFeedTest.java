package vn.chibo.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.audit.AuditEntry;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.Tokens;

/**
 * Private calendar feeds: the address is the only credential, so it follows its owner's rights of
 * today, can be listed and revoked, and is never cached or leaked through a referrer.
 */
@QuarkusTest
class CalendarFeedTest extends ApiTest {
    private static final String COMMUNE_STAFF = "canbo.xa";

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A fresh cell with one meeting in three days, built by commune staff. */
    private CellFixture cellWithAMeeting() {
        Tokens.actAs(COMMUNE_STAFF);
        CellFixture cell = CellFixture.create(org("LCH-BL"));
        cell.schedule("REGULAR", TestClock.local().plusDays(3).withNano(0));
        return cell;
    }

    /** Appoints a new user to the organisation (as commune staff) and returns the appointment's id. */
    private String appoint(String username, UUID organizationId) {
        Tokens.actAs(COMMUNE_STAFF);
        return api().body(Map.of("username", username, "organizationId", organizationId.toString(), "role", "MEMBER",
                "validFrom", "2020-01-01")).post("/api/v1/appointments").then().statusCode(201).extract().path("id");
    }

    private void withdraw(String appointmentId) {
        Tokens.actAs(COMMUNE_STAFF);
        api().delete("/api/v1/appointments/{id}", appointmentId).then().statusCode(204);
    }

    /** Creates a feed as the current user and returns its id. */
    private String createFeed(String scope, UUID organizationId) {
        Map<String, Object> body = organizationId == null ? Map.of("scope", scope)
                : Map.of("scope", scope, "organizationId", organizationId.toString());
        return api().body(body).post("/api/v1/calendar-feeds").then().statusCode(201).extract().path("feedId");
    }

    /** What a calendar app does: no token, asks for text/calendar. Responses are checked against the contract. */
    private ValidatableResponse readFeed(String feedId) {
        Tokens.reset();
        return calendarApp().get("/api/v1/calendar/{feedId}.ics", feedId).then();
    }

    private RequestSpecification calendarApp() {
        return api().accept("text/calendar, application/problem+json");
    }

    private static void waitPastASecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String newUser() {
        return "feed.owner." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String cellName(UUID cellId) {
        return QuarkusTransaction.requiringNew().call(() -> vn.chibo.organization.Organization
                .<vn.chibo.organization.Organization>findById(cellId).name);
    }

    @Test
    void aCellFeedAnswersGoneOnceItsOwnersAppointmentIsWithdrawn() {
        CellFixture cell = cellWithAMeeting();
        String owner = newUser();
        String appointment = appoint(owner, cell.cellId);
        Tokens.actAs(owner);
        String feedId = createFeed("CELL", cell.cellId);
        readFeed(feedId).statusCode(200).body(containsString("SUMMARY:Sinh hoạt chi bộ thường kỳ"));

        withdraw(appointment);

        readFeed(feedId).statusCode(410).contentType(containsString("application/problem+json"))
                .body("code", equalTo("feed-access-ended")).body(not(containsString("VEVENT")));
    }

    @Test
    void aCellFeedKeepsWorkingWhileAnotherAppointmentStillCoversTheCell() {
        CellFixture cell = cellWithAMeeting();
        String owner = newUser();
        String onTheCell = appoint(owner, cell.cellId);
        appoint(owner, org("LCH-BL"));
        Tokens.actAs(owner);
        String feedId = createFeed("CELL", cell.cellId);

        withdraw(onTheCell);

        readFeed(feedId).statusCode(200).body(containsString("BEGIN:VEVENT"));
    }

    @Test
    void aPersonalFeedShowsOnlyTheCellsItsOwnerStillBelongsTo() {
        CellFixture kept = cellWithAMeeting();
        CellFixture left = cellWithAMeeting();
        String owner = newUser();
        appoint(owner, kept.cellId);
        String leaving = appoint(owner, left.cellId);
        Tokens.actAs(owner);
        String feedId = createFeed("ME", null);
        String keptName = cellName(kept.cellId);
        String leftName = cellName(left.cellId);
        String before = readFeed(feedId).statusCode(200).extract().asString().replace("\r\n ", "");
        assertTrue(before.contains(keptName) && before.contains(leftName), before);

        withdraw(leaving);

        String after = readFeed(feedId).statusCode(200).extract().asString().replace("\r\n ", "");
        assertTrue(after.contains(keptName), after);
        assertTrue(!after.contains(leftName), after);
    }

    @Test
    void anAdministratorWithoutAnAppointmentCannotCreateACellFeedThatWouldStopAtOnce() {
        CellFixture cell = cellWithAMeeting();
        Tokens.actAs("admin", "admin");
        api().body(Map.of("scope", "CELL", "organizationId", cell.cellId.toString())).post("/api/v1/calendar-feeds")
                .then().statusCode(403).body("code", equalTo("feed-needs-appointment"));
    }

    @Test
    void aCalendarAppPollingWithItsETagGets304UntilAMeetingInItChanges() {
        Tokens.actAs(COMMUNE_STAFF);
        CellFixture cell = CellFixture.create(org("LCH-BL"));
        UUID meeting = cell.schedule("REGULAR", TestClock.local().plusDays(3).withNano(0));
        String feedId = createFeed("CELL", cell.cellId);
        String first = readFeed(feedId).statusCode(200).extract().header("ETag");
        assertTrue(first != null && first.startsWith("W/\""), "a weak entity tag: " + first);
        // DTSTAMP is when the meeting was last revised, not the time of the read (stamped to the second, which
        // the application's clock passes while it waits here): the same meetings, the same tag
        waitPastASecond();
        readFeed(feedId).statusCode(200).header("ETag", first);
        calendarApp().header("If-None-Match", first).get("/api/v1/calendar/{feedId}.ics", feedId).then().statusCode(304)
                .header("ETag", first).header("Cache-Control", "private, no-store");

        Tokens.actAs(COMMUNE_STAFF);
        api().body(Map.of("version", CellFixture.version(meeting), "place", "Hội trường thôn mới"))
                .patch("/api/v1/meetings/{id}", meeting).then().statusCode(200);
        String second = calendarApp().header("If-None-Match", first).get("/api/v1/calendar/{feedId}.ics", feedId).then()
                .statusCode(200).body(containsString("LOCATION:Hội trường thôn mới")).extract().header("ETag");
        assertTrue(!first.equals(second), "a changed meeting changes the tag");
    }

    @Test
    void feedResponsesAreNeitherCachedNorSentOnAsAReferrer() {
        Tokens.actAs("bithu.an");
        String feedId = createFeed("CELL", org("LCH-BL-NK"));
        readFeed(feedId).statusCode(200).header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer");
        readFeed("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode(404)
                .header("Cache-Control", "private, no-store").header("Referrer-Policy", "no-referrer");
        Tokens.actAs("bithu.an");
        api().delete("/api/v1/calendar-feeds/{feedId}", feedId).then().statusCode(204);
        readFeed(feedId).statusCode(410).header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void anOwnerListsOnlyTheirOwnLiveFeedsWithWhenEachWasCreatedAndLastRead() {
        String owner = newUser();
        appoint(owner, org("LCH-BL-NK"));
        Tokens.actAs(owner);
        String cellFeed = createFeed("CELL", org("LCH-BL-NK"));
        String personalFeed = createFeed("ME", null);
        String revokedFeed = createFeed("ME", null);
        api().delete("/api/v1/calendar-feeds/{feedId}", revokedFeed).then().statusCode(204);
        readFeed(cellFeed).statusCode(200);
        Tokens.actAs("bithu.an");
        String someoneElses = createFeed("ME", null);

        Tokens.actAs(owner);
        var page = api().get("/api/v1/calendar-feeds").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.feedId", not(hasItem(revokedFeed))).body("items.feedId", not(hasItem(someoneElses)))
                .extract().jsonPath();
        assertEquals(personalFeed, page.getString("items[0].feedId"), "newest first");
        assertEquals("ME", page.getString("items[0].scope"));
        assertNull(page.get("items[0].lastReadAt"));
        assertEquals(cellFeed, page.getString("items[1].feedId"));
        assertEquals(org("LCH-BL-NK").toString(), page.getString("items[1].organizationId"));
        assertTrue(page.getString("items[1].url").endsWith("/api/v1/calendar/" + cellFeed + ".ics"));
        assertTrue(page.getString("items[1].createdAt") != null && page.getString("items[1].lastReadAt") != null);

        api().queryParam("size", 1).queryParam("page", 1).get("/api/v1/calendar-feeds").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].feedId", equalTo(cellFeed));
    }

    @Test
    void aStrangerHasNoFeedsToList() {
        Tokens.actAs("nguoi.la." + UUID.randomUUID().toString().substring(0, 8));
        api().get("/api/v1/calendar-feeds").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aReadIsRecordedAtMostOnceAnHour() {
        Tokens.actAs("bithu.an");
        String feedId = createFeed("CELL", org("LCH-BL-NK"));
        Instant tenMinutesAgo = lastReadSetTo(feedId, time.now().minus(Duration.ofMinutes(10)));
        readFeed(feedId).statusCode(200);
        assertEquals(tenMinutesAgo, lastRead(feedId));

        Instant twoHoursAgo = lastReadSetTo(feedId, time.now().minus(Duration.ofHours(2)));
        readFeed(feedId).statusCode(200);
        assertTrue(lastRead(feedId).isAfter(twoHoursAgo.plus(Duration.ofHours(1))));
    }

    private static Instant lastReadSetTo(String feedId, Instant at) {
        Instant truncated = at.truncatedTo(ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> CalendarFeed.<CalendarFeed>findById(feedId).lastReadAt = truncated);
        return truncated;
    }

    private static Instant lastRead(String feedId) {
        return QuarkusTransaction.requiringNew().call(() -> CalendarFeed.<CalendarFeed>findById(feedId).lastReadAt);
    }

    @Test
    void anOwnerRevokesTheirFeedWhichThenAnswersGoneAndTheRevocationIsAudited() {
        Tokens.actAs("bithu.an");
        String feedId = createFeed("CELL", org("LCH-BL-NK"));
        api().delete("/api/v1/calendar-feeds/{feedId}", feedId).then().statusCode(204);
        readFeed(feedId).statusCode(410).body("code", equalTo("feed-revoked"));
        Tokens.actAs("bithu.an");
        api().delete("/api/v1/calendar-feeds/{feedId}", feedId).then().statusCode(204);

        UUID auditId = QuarkusTransaction.requiringNew().call(() -> CalendarFeed.<CalendarFeed>findById(feedId).auditId());
        var actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("entityId", auditId)
                .stream().map(e -> e.action + " by " + e.actor).sorted().toList());
        assertEquals(java.util.List.of("CREATE by bithu.an", "REVOKE by bithu.an"), actions);
    }

    @Test
    void anotherSecretaryCannotRevokeAFeedAndCannotTellItFromOneThatDoesNotExist() {
        Tokens.actAs("bithu.an");
        String feedId = createFeed("CELL", org("LCH-BL-NK"));
        Tokens.actAs("bithu.binh");
        String refused = api().delete("/api/v1/calendar-feeds/{feedId}", feedId).then().statusCode(404)
                .body("code", equalTo("not-found")).extract().asString();
        String unknown = api().delete("/api/v1/calendar-feeds/{feedId}", "B".repeat(43)).then().statusCode(404)
                .extract().asString();
        assertEquals(unknown, refused);
        Tokens.actAs("nguoi.la");
        api().delete("/api/v1/calendar-feeds/{feedId}", feedId).then().statusCode(404);
        readFeed(feedId).statusCode(200);
    }

    @Test
    void anAdministratorMayRevokeAnyonesFeed() {
        Tokens.actAs("bithu.binh");
        String feedId = createFeed("ME", null);
        Tokens.actAs("admin", "admin");
        api().delete("/api/v1/calendar-feeds/{feedId}", feedId).then().statusCode(204);
        readFeed(feedId).statusCode(410).body("code", equalTo("feed-revoked"));
    }

    @Test
    void listingAndRevokingFeedsNeedASignIn() {
        Tokens.actAs("bithu.an");
        String feedId = createFeed("ME", null);
        Tokens.reset();
        api().get("/api/v1/calendar-feeds").then().statusCode(401).body("code", equalTo("unauthenticated"));
        api().delete("/api/v1/calendar-feeds/{feedId}", feedId).then().statusCode(401)
                .body("code", equalTo("unauthenticated"));
        readFeed(feedId).statusCode(200);
    }

    @Test
    void aCreatedFeedCarriesItsAddressScopeAndCell() {
        Tokens.actAs("bithu.an");
        api().body(Map.of("scope", "CELL", "organizationId", org("LCH-BL-NK").toString())).post("/api/v1/calendar-feeds")
                .then().statusCode(201).body("url", endsWith(".ics")).body("scope", equalTo("CELL"))
                .body("organizationName", notNullValue()).body("lastReadAt", nullValue());
    }
}
