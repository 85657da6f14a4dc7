package vn.chibo.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * BR-R1: a meeting shorter than the policy's minimum is warned about; with the policy's large-cell rule on, a cell
 * expecting at least that many members needs the rule's longer minimum. The fixture's cell expects 4 members.
 */
@QuarkusTest
class MeetingDurationRulesTest extends ApiTest {

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    /** A cell under a fresh committee whose policy has this large-cell threshold (null: rule off). */
    private CellFixture cellUnderPolicy(Integer largeCellMembers) {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> policy = PolicyBodies.basic(committee, "2026-01-01");
        policy.put("minDurationMinutes", 90);
        java.util.HashMap<String, Object> rule = new java.util.HashMap<>();
        rule.put("members", largeCellMembers);
        rule.put("minDurationMinutes", 120);
        policy.put("largeCellRule", rule);
        api().body(policy).post("/api/v1/policies").then().statusCode(201)
                .body("largeCellRule.minDurationMinutes", equalTo(120));
        return CellFixture.create(committee);
    }

    private io.restassured.response.ValidatableResponse heldFor(CellFixture c, String type, int minutes) {
        OffsetDateTime start = CellFixture.hoursAgo(5);
        UUID id = c.schedule(type, start);
        CellFixture.hold(id, start, minutes);
        return api().get("/api/v1/meetings/{id}", id).then().statusCode(200);
    }

    @Test
    void brR1_theLargeCellRuleAppliesFromItsMemberCountAndAsksForItsOwnMinimum() {
        CellFixture large = cellUnderPolicy(4);
        heldFor(large, "REGULAR", 119).body("warnings.code", hasItem("duration-below-minimum"));
        heldFor(large, "TOPICAL", 120).body("warnings.code", not(hasItem("duration-below-minimum")));

        CellFixture belowThreshold = cellUnderPolicy(5);
        heldFor(belowThreshold, "REGULAR", 100).body("warnings.code", not(hasItem("duration-below-minimum")));
    }

    @Test
    void brR1_withoutTheLargeCellRuleTheUsualMinimumApplies() {
        CellFixture c = cellUnderPolicy(null);
        heldFor(c, "REGULAR", 89).body("warnings.code", hasItem("duration-below-minimum"));
        heldFor(c, "TOPICAL", 90).body("warnings.code", not(hasItem("duration-below-minimum")));
    }

    @Test
    void brR1_aLargeCellRuleBelowTwoMembersIsRefused() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> policy = PolicyBodies.basic(committee, "2026-01-01");
        policy.put("largeCellRule", Map.of("members", 1, "minDurationMinutes", 120));
        api().body(policy).post("/api/v1/policies").then().statusCode(400)
                .body("errors[0].field", equalTo("largeCellRule.members"));
    }
}
