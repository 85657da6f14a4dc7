package vn.chibo.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * BR-R2 and BR-R6 through the API: a meeting's agenda is rewritten item by item, from the standard template, until it
 * lacks a part it must hold; the upper committee's orientation comes from a policy issued for a fresh committee.
 */
@QuarkusTest
class MeetingAgendaRulesTest extends ApiTest {

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A cell under a fresh committee whose policy sets the orientation's items (null: left out, the default). */
    private CellFixture cellUnderOrientation(List<String> items) {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> policy = PolicyBodies.basic(committee, "2026-01-01");
        if (items != null) policy.put("orientationAgendaItems", items);
        api().body(policy).post("/api/v1/policies").then().statusCode(201)
                .body("orientationAgendaItems", equalTo(items != null ? items : List.of("NEWS")));
        return CellFixture.create(committee);
    }

    private static OffsetDateTime inAWeek() {
        return TestClock.local().plusDays(7).withNano(0);
    }

    /** Rewrites the meeting's agenda as it is, less the items of these kinds; answers the meeting's view, in English. */
    private ValidatableResponse leaveOut(UUID meeting, String... kinds) {
        JsonPath view = api().get("/api/v1/meetings/{id}", meeting).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> kept = view.<Map<String, Object>>getList("agenda").stream()
                .filter(i -> !List.of(kinds).contains(i.get("kind"))).map(i -> {
                    Map<String, Object> item = new HashMap<>();
                    item.put("part", i.get("part"));
                    item.put("kind", i.get("kind"));
                    item.put("title", i.get("title"));
                    return item;
                }).toList();
        apiEnglish().body(Map.of("version", view.getLong("version"), "items", kept))
                .put("/api/v1/meetings/{id}/agenda", meeting).then().statusCode(200);
        return apiEnglish().get("/api/v1/meetings/{id}", meeting).then().statusCode(200);
    }

    @Test
    void brR2_aCombinedMeetingWhoseAgendaLosesItsTopicalOrItsRegularPartIsWarned() {
        CellFixture c = cellUnderOrientation(null);
        UUID combined = c.schedule("COMBINED", inAWeek());
        leaveOut(combined, "TOPIC_DISCUSSION")
                .body("warnings.code", not(hasItem("combined-agenda-without-topical-part")))
                .body("warnings.code", not(hasItem("combined-agenda-without-regular-part")));
        leaveOut(combined, "TOPIC")
                .body("warnings.find { it.code == 'combined-agenda-without-topical-part' }.message",
                        equalTo("The combined meeting's agenda lacks its topical part (presentation and discussion of the topic)."))
                .body("warnings.code", not(hasItem("combined-agenda-without-regular-part")));
        leaveOut(combined, "LAST_MONTH_REVIEW")
                .body("warnings.code", not(hasItem("combined-agenda-without-regular-part")))
                .body("warnings.code", hasItem("agenda-without-last-month-review"));
        leaveOut(combined, "NEXT_MONTH_TASKS")
                .body("warnings.find { it.code == 'combined-agenda-without-regular-part' }.message",
                        equalTo("The combined meeting's agenda lacks its regular part (review of last month, tasks of next month)."));
    }

    @Test
    void brR6_aRegularMeetingsAgendaMustReviewLastMonthAndSetNextMonthsTasks() {
        CellFixture c = cellUnderOrientation(null);
        UUID regular = c.schedule("REGULAR", inAWeek());
        leaveOut(regular, "DISCUSSION")
                .body("warnings.code", not(hasItem("agenda-without-last-month-review")))
                .body("warnings.code", not(hasItem("agenda-without-next-month-tasks")));
        leaveOut(regular, "NEXT_MONTH_TASKS")
                .body("warnings.find { it.code == 'agenda-without-next-month-tasks' }.message",
                        equalTo("The regular meeting's agenda lacks next month's direction and tasks."))
                .body("warnings.code", not(hasItem("agenda-without-last-month-review")));
        leaveOut(regular, "LAST_MONTH_REVIEW")
                .body("warnings.code", hasItems("agenda-without-last-month-review", "agenda-without-next-month-tasks"));
        // A topical meeting has no monthly review to miss.
        UUID topical = c.schedule("TOPICAL", inAWeek().plusDays(1));
        leaveOut(topical, "NEWS").body("warnings.code", not(hasItem("agenda-without-last-month-review")));
    }

    @Test
    void brR6_newsAndHoChiMinhStudyAreWarnedOnlyWhenTheUpperCommitteesOrientationRequiresThem() {
        CellFixture byDefault = cellUnderOrientation(null);
        UUID regular = byDefault.schedule("REGULAR", inAWeek());
        leaveOut(regular, "HCM_STUDY").body("warnings.code", not(hasItem("agenda-without-hcm-study")))
                .body("warnings.code", not(hasItem("agenda-without-news")));
        leaveOut(regular, "NEWS").body("warnings.find { it.code == 'agenda-without-news' }.message", equalTo(
                "The agenda lacks news and the dissemination of upper-level documents, which the upper committee's orientation requires."));

        CellFixture withStudy = cellUnderOrientation(List.of("NEWS", "HCM_STUDY"));
        api().get("/api/v1/organizations/{id}/policy", withStudy.cellId).then().statusCode(200)
                .body("orientationAgendaItems", equalTo(List.of("NEWS", "HCM_STUDY")));
        UUID studied = withStudy.schedule("REGULAR", inAWeek());
        leaveOut(studied, "DISCUSSION").body("warnings.code", not(hasItem("agenda-without-hcm-study")));
        leaveOut(studied, "HCM_STUDY").body("warnings.find { it.code == 'agenda-without-hcm-study' }.message", equalTo(
                "The agenda lacks the study of Hồ Chí Minh's thought, ethics and style, which the upper committee's orientation requires."))
                .body("warnings.code", not(hasItem("agenda-without-news")));

        CellFixture none = cellUnderOrientation(List.of());
        UUID bare = none.schedule("REGULAR", inAWeek());
        leaveOut(bare, "NEWS", "HCM_STUDY").body("warnings.code", not(hasItem("agenda-without-news")))
                .body("warnings.code", not(hasItem("agenda-without-hcm-study")));
    }
}
