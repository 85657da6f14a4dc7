package vn.chibo.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.CellFixture;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * BR-H8 (pass rules per kind of decision), BR-H9 (online attendance counted or not) and BR-H10 (further discussion
 * when opinions differ) through the API. Each cell sits under a fresh committee whose policy sets the value tested.
 * The fixture's cell expects 4 members: An, Bình and Cường official, Dự probationary.
 */
@QuarkusTest
class VoteAndAttendanceRulesTest extends ApiTest {

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private CellFixture cellUnderPolicy(Consumer<Map<String, Object>> values) {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> policy = PolicyBodies.basic(committee, "2026-01-01");
        values.accept(policy);
        api().body(policy).post("/api/v1/policies").then().statusCode(201);
        return CellFixture.create(committee);
    }

    /** A meeting three hours ago with the three official members attending as given, Dự excused. */
    private static UUID meeting(CellFixture c, String anStatus, String binhStatus, String cuongStatus) {
        OffsetDateTime start = CellFixture.hoursAgo(3);
        UUID id = c.schedule("REGULAR", start);
        CellFixture.attend(id, c.an, anStatus);
        CellFixture.attend(id, c.binh, binhStatus);
        CellFixture.attend(id, c.cuong, cuongStatus);
        CellFixture.attend(id, c.probationary, "ABSENT_EXCUSED");
        return id;
    }

    private io.restassured.response.ValidatableResponse vote(UUID meeting, String kind, int forCount, int against,
                                                             int abstain) {
        return api().body(Map.of("subject", "Đề nghị kết nạp quần chúng Lò Thị Mai", "method", "COUNT",
                "decisionKind", kind, "forCount", forCount, "againstCount", against, "abstainCount", abstain))
                .post("/api/v1/meetings/{id}/votes", meeting).then();
    }

    @Test
    @DisplayName("BR-H8 a vote on a kind of decision the policy in force has no rule for is refused")
    void aKindWithoutRuleIsRefused() {
        CellFixture c = cellUnderPolicy(p -> { });
        UUID id = meeting(c, "PRESENT", "PRESENT", "PRESENT");
        vote(id, "ADMISSION", 3, 0, 0).statusCode(409).body("code", equalTo("vote-rule-not-configured"))
                .body("errors[0].field", equalTo("decisionKind"));
        api().get("/api/v1/meetings/{id}", id).then().body("votes", org.hamcrest.Matchers.hasSize(0));
        apiEnglish().body(Map.of("subject", "Kết nạp", "method", "COUNT", "decisionKind", "DISCIPLINE",
                        "forCount", 3, "againstCount", 0, "abstainCount", 0))
                .post("/api/v1/meetings/{id}/votes", id).then().statusCode(409)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("decisions of kind DISCIPLINE"));
        vote(id, "ORDINARY", 2, 0, 1).statusCode(201).body("decisionKind", equalTo("ORDINARY"))
                .body("rule", equalTo("MAJORITY_OF_ELIGIBLE_PRESENT")).body("passed", is(true));
    }

    @Test
    @DisplayName("BR-H8 admission needs the policy's higher threshold: one for of three fails, two of three pass")
    void admissionNeedsTheHigherThreshold() {
        CellFixture c = cellUnderPolicy(p -> {
            p.put("voteRule", "MAJORITY_OF_VOTES_CAST");
            p.put("voteRules", List.of(Map.of("decisionKind", "ADMISSION", "rule", "TWO_THIRDS_OF_ELIGIBLE_PRESENT")));
        });
        api().get("/api/v1/organizations/{id}/policy", c.cellId).then().statusCode(200)
                .body("voteRules.decisionKind", equalTo(List.of("ORDINARY", "ADMISSION")))
                .body("voteRules.rule", equalTo(List.of("MAJORITY_OF_VOTES_CAST", "TWO_THIRDS_OF_ELIGIBLE_PRESENT")));
        UUID id = meeting(c, "PRESENT", "PRESENT", "PRESENT");
        vote(id, "ORDINARY", 1, 0, 2).statusCode(201).body("passed", is(true));
        vote(id, "ADMISSION", 1, 0, 2).statusCode(201).body("passed", is(false)).body("eligible", equalTo(3))
                .body("rule", equalTo("TWO_THIRDS_OF_ELIGIBLE_PRESENT")).body("decisionKind", equalTo("ADMISSION"))
                .body("policyId", org.hamcrest.Matchers.notNullValue());
        vote(id, "ADMISSION", 2, 0, 1).statusCode(201).body("passed", is(true));
    }

    @Test
    @DisplayName("BR-H8 a profile listing ORDINARY with another rule than voteRule, or a kind twice, is refused")
    void twoRulesForAKindAreRefused() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> policy = PolicyBodies.basic(committee, "2026-01-01");
        policy.put("voteRules", List.of(Map.of("decisionKind", "ORDINARY", "rule", "MAJORITY_OF_VOTES_CAST")));
        api().body(policy).post("/api/v1/policies").then().statusCode(400).body("errors[0].field", equalTo("voteRules"));
        policy.put("voteRules", List.of(Map.of("decisionKind", "ADMISSION", "rule", "MAJORITY_OF_VOTES_CAST"),
                Map.of("decisionKind", "ADMISSION", "rule", "TWO_THIRDS_OF_ELIGIBLE_PRESENT")));
        api().body(policy).post("/api/v1/policies").then().statusCode(400).body("errors[0].field", equalTo("voteRules"));
    }

    @Test
    @DisplayName("BR-H9 online attendance counted: 3 of 4 present (75%), all three official members vote")
    void onlineAttendanceCounted() {
        CellFixture c = cellUnderPolicy(p -> p.put("onlineAttendanceCounts", true));
        UUID id = meeting(c, "PRESENT", "PRESENT_ONLINE", "PRESENT");
        api().get("/api/v1/meetings/{id}", id).then().statusCode(200).body("figures.present", equalTo(3))
                .body("figures.attendanceRate", equalTo(75.0f)).body("figures.presentOnline", equalTo(1))
                .body("figures.onlineAttendanceCounted", is(true)).body("policy.onlineAttendanceCounts", is(true));
        vote(id, "ORDINARY", 3, 0, 0).statusCode(201).body("eligible", equalTo(3));
    }

    @Test
    @DisplayName("BR-H9 online attendance not counted: 2 of 4 present (50%), the online member is no voter")
    void onlineAttendanceNotCounted() {
        CellFixture c = cellUnderPolicy(p -> p.put("onlineAttendanceCounts", false));
        UUID id = meeting(c, "PRESENT", "PRESENT_ONLINE", "PRESENT");
        api().get("/api/v1/meetings/{id}", id).then().statusCode(200).body("figures.present", equalTo(2))
                .body("figures.attendanceRate", equalTo(50.0f)).body("figures.presentOnline", equalTo(1))
                .body("figures.onlineAttendanceCounted", is(false)).body("policy.onlineAttendanceCounts", is(false));
        vote(id, "ORDINARY", 3, 0, 0).statusCode(409).body("code", equalTo("tally-exceeds-eligible"));
        vote(id, "ORDINARY", 2, 0, 0).statusCode(201).body("eligible", equalTo(2));
        api().body(Map.of("memberId", c.binh.toString(), "summary", "Ý kiến qua trực tuyến"))
                .post("/api/v1/meetings/{id}/speeches", id).then().statusCode(201);
    }

    /** The committee's dashboard attendance and the sum of the automatic scores of a held meeting, Bình online. */
    private double[] heldWithOneOnline(boolean onlineCounts) {
        CellFixture c = cellUnderPolicy(p -> p.put("onlineAttendanceCounts", onlineCounts));
        OffsetDateTime start = CellFixture.hoursAgo(4);
        UUID id = c.schedule("REGULAR", start);
        for (UUID member : List.of(c.an, c.cuong, c.probationary)) CellFixture.attend(id, member, "PRESENT");
        CellFixture.attend(id, c.binh, "PRESENT_ONLINE");
        CellFixture.hold(id, start, 120);
        UUID committee = UUID.fromString(api().get("/api/v1/organizations/{id}", c.cellId).then().extract().path("parentId"));
        int present = api().queryParam("period", "2026-12").get("/api/v1/organizations/{id}/dashboard", committee)
                .then().statusCode(200).body("attendance.expected", equalTo(4)).extract().path("attendance.present");
        List<Number> auto = api().get("/api/v1/meetings/{id}/evaluation", id).then().statusCode(200)
                .extract().path("scores.autoPoints");
        return new double[] {present, auto.stream().filter(java.util.Objects::nonNull).mapToDouble(Number::doubleValue).sum()};
    }

    @Test
    @DisplayName("BR-H9 the stored meeting facts and the automatic score follow onlineAttendanceCounts")
    void factsAndScoreFollowThePolicy() {
        double[] counted = heldWithOneOnline(true);
        double[] notCounted = heldWithOneOnline(false);
        org.junit.jupiter.api.Assertions.assertEquals(4, counted[0]);
        org.junit.jupiter.api.Assertions.assertEquals(3, notCounted[0]);
        org.junit.jupiter.api.Assertions.assertTrue(notCounted[1] < counted[1],
                "attendance 75% scores lower than 100%: " + notCounted[1] + " vs " + counted[1]);
    }

    @Test
    @DisplayName("BR-H10 differing opinions without further discussion recorded are flagged; allowing it clears the flag")
    void differingOpinionsAskForFurtherDiscussion() {
        CellFixture c = cellUnderPolicy(p -> { });
        UUID id = meeting(c, "PRESENT", "PRESENT", "PRESENT");
        api().body(Map.of("subject", "Thông qua nghị quyết tháng", "method", "COUNT", "forCount", 3,
                "againstCount", 0, "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", id).then().statusCode(201)
                .body("opinionsDiffered", is(false));
        api().get("/api/v1/meetings/{id}", id).then().body("warnings.code", not(hasItem("vote-without-further-discussion")));

        UUID other = meeting(c, "PRESENT", "PRESENT", "PRESENT");
        api().body(Map.of("subject", "Phân công đảng viên giúp đỡ", "method", "COUNT", "forCount", 2,
                "againstCount", 1, "abstainCount", 0)).post("/api/v1/meetings/{id}/votes", other).then().statusCode(201)
                .body("opinionsDiffered", is(true));
        api().get("/api/v1/meetings/{id}", other).then().body("warnings.code", hasItem("vote-without-further-discussion"))
                .body("warnings.message", hasItem(org.hamcrest.Matchers.containsString("Phân công đảng viên giúp đỡ")));

        UUID third = meeting(c, "PRESENT", "PRESENT", "PRESENT");
        api().body(Map.of("subject", "Thông qua nghị quyết", "method", "COUNT", "forCount", 3, "againstCount", 0,
                        "abstainCount", 0, "opinionsDiffered", true, "furtherDiscussion", true))
                .post("/api/v1/meetings/{id}/votes", third).then().statusCode(201)
                .body("opinionsDiffered", is(true)).body("furtherDiscussion", is(true));
        api().get("/api/v1/meetings/{id}", third).then().body("warnings.code", not(hasItem("vote-without-further-discussion")));
    }

    @Test
    @DisplayName("BR-H8/H9/H10 a secretary outside the subtree can neither record such a vote, read it, nor issue the policy")
    void aCallerOutsideTheSubtreeIsRefused() {
        CellFixture c = cellUnderPolicy(p -> p.put("onlineAttendanceCounts", false));
        UUID id = meeting(c, "PRESENT", "PRESENT_ONLINE", "PRESENT");
        Tokens.actAs("bithu.binh", "secretary");
        api().body(Map.of("subject", "Kết nạp", "method", "COUNT", "decisionKind", "ADMISSION", "forCount", 2,
                        "againstCount", 0, "abstainCount", 0, "opinionsDiffered", true, "furtherDiscussion", true))
                .post("/api/v1/meetings/{id}/votes", id).then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().get("/api/v1/meetings/{id}", id).then().statusCode(403).body("code", equalTo("out-of-scope"));
        Map<String, Object> policy = PolicyBodies.basic(c.cellId, "2026-06-01");
        policy.put("voteRules", List.of(Map.of("decisionKind", "ADMISSION", "rule", "TWO_THIRDS_OF_ELIGIBLE_PRESENT")));
        policy.put("onlineAttendanceCounts", true);
        api().body(policy).post("/api/v1/policies").then().statusCode(403);
    }
}
