package vn.chibo.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.CellFixture;

/**
 * The preparation warnings of DOMAIN.md 19.2 that read other records: the committee meeting preparing a regular
 * meeting (BR-M1, not applicable to a cell with only its secretary on the meeting's day) and the documents' lead time (BR-M4), just inside and just outside it. Times come from the
 * application clock.
 */
@QuarkusTest
class MeetingPreparationRulesTest extends ApiTest {

    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private OffsetDateTime now() {
        return time.local(time.now()).withNano(0);
    }

    @Test
    @AsCommuneStaff
    void brM1_aRegularMeetingIsWarnedUntilACommitteeMeetingPreparingItIsRecorded() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        c.appoint(c.an, "SECRETARY", SINCE, null);
        c.appoint(c.binh, "DEPUTY_SECRETARY", SINCE, null);
        OffsetDateTime start = now().plusDays(10);
        UUID regular = c.schedule("REGULAR", start);
        apiEnglish().get("/api/v1/meetings/{id}", regular).then().statusCode(200)
                .body("warnings.find { it.code == 'no-pre-meeting' }.message",
                        equalTo("No committee meeting (or secretary-deputy consultation) preparing this meeting is recorded."));

        api().body(Map.of("type", "COMMITTEE", "scheduledStart", CellFixture.iso(start.minusDays(3)),
                        "preparesMeetingId", regular.toString()))
                .post("/api/v1/organizations/{id}/meetings", c.cellId).then().statusCode(201);
        api().get("/api/v1/meetings/{id}", regular).then().statusCode(200)
                .body("preMeetingId", notNullValue())
                .body("warnings.code", not(hasItem("no-pre-meeting")));
    }

    @Test
    @AsCommuneStaff
    void brM1_aCellWithOnlyItsSecretaryOnTheMeetingsDayIsNotWarnedAndOneWithACommitteeMemberFromThatDayIs() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        OffsetDateTime start = now().plusDays(10);
        LocalDate day = start.toLocalDate();
        c.appoint(c.an, "SECRETARY", SINCE, null);
        c.appoint(c.binh, "DEPUTY_SECRETARY", SINCE, day.minusDays(1)); // gone the day before the meeting
        UUID regular = c.schedule("REGULAR", start);
        api().get("/api/v1/meetings/{id}", regular).then().statusCode(200)
                .body("preMeetingId", nullValue())
                .body("warnings.code", not(hasItem("no-pre-meeting")));

        c.appoint(c.cuong, "COMMITTEE_MEMBER", day, null); // serving from the meeting's day
        apiEnglish().get("/api/v1/meetings/{id}", regular).then().statusCode(200)
                .body("warnings.find { it.code == 'no-pre-meeting' }.message",
                        equalTo("No committee meeting (or secretary-deputy consultation) preparing this meeting is recorded."));
    }

    @Test
    @AsCommuneStaff
    void brM4_aDocumentPublishedLessThanTheLeadTimeBeforeTheMeetingIsLateAndOneJustBeforeItIsNot() {
        CellFixture c = CellFixture.create(org("LCH-BL"));
        int leadDays = api().get("/api/v1/organizations/{id}/policy", c.cellId).then().statusCode(200)
                .extract().path("documentLeadDays");
        UUID inTime = c.schedule("TOPICAL", now().plusDays(leadDays).plusMinutes(30));
        publish(inTime).body("late", is(false)).body("publishedAt", notNullValue());
        api().get("/api/v1/meetings/{id}", inTime).then().body("warnings.code", not(hasItem("documents-late")));

        UUID tooLate = c.schedule("TOPICAL", now().plusDays(leadDays).minusMinutes(30));
        publish(tooLate).body("late", is(true)).body("publishedAt", notNullValue());
        apiEnglish().get("/api/v1/meetings/{id}", tooLate).then()
                .body("warnings.find { it.code == 'documents-late' }.message",
                        equalTo("A document was published later than " + leadDays + " day(s) before the meeting."));
    }

    private io.restassured.response.ValidatableResponse publish(UUID meeting) {
        return api().contentType("multipart/form-data")
                .multiPart("file", "tai-lieu.pdf", "%PDF-1.4\n% Tài liệu sinh hoạt\n".getBytes(), "application/pdf")
                .multiPart("kind", "MATERIAL").post("/api/v1/meetings/{id}/documents", meeting).then().statusCode(201);
    }
}
