package vn.chibo.member;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.AsSecretaryAn;
import vn.chibo.testing.AsSecretaryBinh;
import vn.chibo.testing.AsSupervisor;

@QuarkusTest
class MemberResourceTest extends ApiTest {
    private static int cardCounter = (int) (System.nanoTime() % 100000);

    private Map<String, Object> newMember(String name, UUID cell) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("gender", "FEMALE");
        body.put("birthYear", 1990);
        body.put("admissionDate", "2018-05-19");
        body.put("officialDate", "2019-05-20");
        body.put("cardNumber", "T" + (cardCounter++));
        body.put("organizationId", cell.toString());
        body.put("joinedOn", "2025-07-01");
        return body;
    }

    private ValidatableResponse create(Map<String, Object> body) {
        return api().body(body).post("/api/v1/members").then();
    }

    private String createdId(Map<String, Object> body) {
        return create(body).statusCode(201).extract().path("id");
    }

    private int version(String memberId) {
        return api().get("/api/v1/members/{id}", memberId).then().extract().path("version");
    }

    // ---- list and search ----

    @Test
    @AsSecretaryAn
    void secretaryListsTheirCellWithStatusesAndPositions() {
        api().queryParam("size", 200).get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then().statusCode(200)
                .body("total", greaterThanOrEqualTo(16))
                .body("items.positions.flatten()", hasItem("SECRETARY"))
                .body("items.status", hasItem("OFFICIAL"))
                .body("items.attachment", everyItem(equalTo("PRIMARY")));
    }

    @Test
    @AsProvinceStaff
    void searchFindsNamesWithOrWithoutDiacriticsAcrossASubtree() {
        String id = createdId(newMember("Nguyễn Thị Hoà Bình", org("LCH-TD-BH")));
        api().queryParam("q", "nguyen thi hoa binh").queryParam("includeSubtree", true)
                .get("/api/v1/organizations/{id}/members", org("LCH")).then().statusCode(200)
                .body("items.id", hasItem(id));
        api().queryParam("q", "NGUYỄN THỊ HOÀ").get("/api/v1/organizations/{id}/members", org("LCH-TD-BH")).then()
                .body("items.id", hasItem(id));
    }

    @Test
    @AsProvinceStaff
    void statusFilterAndPagingWork() {
        api().queryParam("status", "PROBATIONARY").queryParam("includeSubtree", true).queryParam("size", 200)
                .get("/api/v1/organizations/{id}/members", org("LCH")).then().statusCode(200)
                .body("items.status", everyItem(equalTo("PROBATIONARY")));
        api().queryParam("size", 5).queryParam("page", 1).queryParam("includeSubtree", true)
                .get("/api/v1/organizations/{id}/members", org("LCH")).then().statusCode(200)
                .body("items", hasSize(5)).body("page", equalTo(1)).body("total", greaterThanOrEqualTo(300));
    }

    @Test
    @AsProvinceStaff
    void badListParametersAreRefused() {
        api().queryParam("size", 500).get("/api/v1/organizations/{id}/members", org("LCH")).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        api().queryParam("status", "RETIRED").get("/api/v1/organizations/{id}/members", org("LCH")).then()
                .statusCode(400).body("code", equalTo("malformed-code")).body("detail", containsString("OFFICIAL"));
        api().queryParam("on", "25/11/2026").get("/api/v1/organizations/{id}/members", org("LCH")).then()
                .statusCode(400).body("code", equalTo("malformed-date"));
    }

    @Test
    @AsSecretaryAn
    void listingAnotherCellIsOutOfScope() {
        api().get("/api/v1/organizations/{id}/members", org("LCH-BL-NB")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    // ---- create ----

    @Test
    @AsSecretaryAn
    void secretaryRecordsANewProbationaryMember() {
        Map<String, Object> body = newMember("Lò Thị Mới", org("LCH-BL-NK"));
        body.put("admissionDate", "2026-03-02");
        body.remove("officialDate");
        body.put("joinedOn", "2026-03-02");
        create(body).statusCode(201).body("status", equalTo("PROBATIONARY"))
                .body("probationEnd", equalTo("2027-03-02"))
                .body("currentOrganization.name", equalTo("Chi bộ bản Nà Khoang"))
                .body("memberships[0].kind", equalTo("PRIMARY"));
    }

    @Test
    @AsSecretaryAn
    void creatingInAnotherCellIsOutOfScope() {
        create(newMember("Người Ngoài", org("LCH-BL-NB"))).statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsMemberAn
    void anOrdinaryMemberMayNotRecordMembers() {
        create(newMember("Không Được", org("LCH-BL-NK"))).statusCode(403).body("code", equalTo("not-permitted"));
    }

    @Test
    @AsCommuneStaff
    void badMemberInputIsRefusedWithFieldErrors() {
        Map<String, Object> body = newMember("", org("LCH-BL-NK"));
        body.put("gender", "UNKNOWN");
        create(body).statusCode(400).body("errors[0].field", equalTo("gender"))
                .body("errors[0].message", containsString("MALE"));
        body.put("gender", "MALE");
        create(body).statusCode(400).body("errors.field", hasItem("fullName"));
        body.put("fullName", "Tên Hợp Lệ");
        body.put("admissionDate", "19/05/2018");
        create(body).statusCode(400).body("errors[0].field", equalTo("admissionDate"));
        body.put("admissionDate", "2099-01-01");
        create(body).statusCode(400).body("errors[0].field", equalTo("admissionDate"));
        body.put("admissionDate", "2018-05-19");
        body.put("officialDate", "2018-01-01");
        create(body).statusCode(400).body("errors[0].field", equalTo("officialDate"));
        body.put("officialDate", "2019-06-01");
        body.put("birthYear", "nineteen");
        create(body).statusCode(400).body("errors[0].field", equalTo("birthYear"));
    }

    @Test
    @AsCommuneStaff
    void aMemberCannotBeInACommitteeOnlyOrganisation() {
        create(newMember("Trần Văn Ủy", org("LCH-BL"))).statusCode(409).body("code", equalTo("not-a-cell"))
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    @AsCommuneStaff
    void brD4_aDuplicateCardNumberIsRefusedAndNamesTheHolder() {
        Map<String, Object> first = newMember("Đỗ Văn Trùng", org("LCH-BL-NK"));
        createdId(first);
        Map<String, Object> second = newMember("Đỗ Văn Khác", org("LCH-BL-NB"));
        second.put("cardNumber", first.get("cardNumber"));
        create(second).statusCode(409).body("code", equalTo("member-active-elsewhere"))
                .body("detail", containsString("Nà Khoang"));
    }

    // ---- read ----

    @Test
    @AsMemberAn
    void aMemberReadsTheirOwnRecordAndTheirCell() {
        api().get("/api/v1/members/{id}", memberOf("dangvien.an")).then().statusCode(200)
                .body("username", equalTo("dangvien.an"));
        api().get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then().statusCode(200);
    }

    @Test
    @AsSecretaryBinh
    void readingAMemberOfAnotherCellIsOutOfScope() {
        api().get("/api/v1/members/{id}", memberOf("dangvien.an")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsSupervisor
    void supervisorReadsAssignedCellsOnly() {
        api().get("/api/v1/organizations/{id}/members", org("LCH-BL-NB")).then().statusCode(200);
        api().get("/api/v1/organizations/{id}/members", org("LCH-BL-PP")).then().statusCode(403);
    }

    // ---- edit ----

    @Test
    @AsCommuneStaff
    void editsNeedTheCurrentVersion() {
        String id = createdId(newMember("Vũ Thị Sửa", org("LCH-BL-NN")));
        int version = version(id);
        api().body(Map.of("version", version, "fullName", "Vũ Thị Đã Sửa")).patch("/api/v1/members/{id}", id).then()
                .statusCode(200).body("fullName", equalTo("Vũ Thị Đã Sửa"));
        api().body(Map.of("version", version, "fullName", "Ghi Đè")).patch("/api/v1/members/{id}", id).then()
                .statusCode(409).body("code", equalTo("version-conflict")).body("currentVersion", equalTo(version + 1));
        api().get("/api/v1/members/{id}", id).then().body("fullName", equalTo("Vũ Thị Đã Sửa"));
    }

    @Test
    @AsCommuneStaff
    void brD4_editingToADuplicateCardNumberIsRefused() {
        Map<String, Object> a = newMember("Bùi Văn A", org("LCH-BL-NN"));
        createdId(a);
        String b = createdId(newMember("Bùi Văn B", org("LCH-BL-NN")));
        api().body(Map.of("version", version(b), "cardNumber", a.get("cardNumber"))).patch("/api/v1/members/{id}", b)
                .then().statusCode(409).body("code", equalTo("duplicate-card-number"))
                .body("errors[0].field", equalTo("cardNumber"));
    }

    @Test
    @AsSecretaryBinh
    void editingAMemberOfAnotherCellIsOutOfScope() {
        UUID id = memberOf("dangvien.an");
        api().body(Map.of("version", 0, "fullName", "X")).patch("/api/v1/members/{id}", id).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    // ---- transfer, exemption, position ----

    @Test
    @AsCommuneStaff
    void transferKeepsHistoryAndTemporaryAttachmentShowsOnBothSides() {
        String id = createdId(newMember("Lường Văn Chuyển", org("LCH-BL-NN")));
        api().body(Map.of("version", version(id), "toOrganizationId", org("LCH-BL-PP").toString(),
                "effectiveDate", "2026-01-01", "kind", "PRIMARY", "decisionRef", "QĐ 7"))
                .post("/api/v1/members/{id}/transfer", id).then().statusCode(200)
                .body("currentOrganization.name", equalTo("Chi bộ bản Phiêng Phát"))
                .body("memberships", hasSize(2)).body("memberships[0].validTo", equalTo("2025-12-31"));
        api().body(Map.of("version", version(id), "toOrganizationId", org("LCH-BL-THCS").toString(),
                "effectiveDate", "2026-02-01", "kind", "TEMPORARY"))
                .post("/api/v1/members/{id}/transfer", id).then().statusCode(200).body("memberships", hasSize(3));
        api().queryParam("q", "luong van chuyen").get("/api/v1/organizations/{id}/members", org("LCH-BL-THCS")).then()
                .body("items[0].attachment", equalTo("TEMPORARY_IN"));
        api().queryParam("q", "luong van chuyen").get("/api/v1/organizations/{id}/members", org("LCH-BL-PP")).then()
                .body("items[0].attachment", equalTo("TEMPORARY_OUT"));
        api().body(Map.of("version", version(id), "toOrganizationId", org("LCH-BL-YT").toString(),
                "effectiveDate", "2026-03-01", "kind", "TEMPORARY"))
                .post("/api/v1/members/{id}/transfer", id).then().statusCode(409)
                .body("code", equalTo("member-active-elsewhere"));
    }

    @Test
    @AsSecretaryAn
    void transferringOutOfScopeIsRefused() {
        String id = createdId(newMember("Tòng Văn Đi", org("LCH-BL-NK")));
        api().body(Map.of("version", version(id), "toOrganizationId", org("LCH-BL-NB").toString(),
                "effectiveDate", "2026-01-01", "kind", "PRIMARY")).post("/api/v1/members/{id}/transfer", id).then()
                .statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsSecretaryAn
    void exemptionChangesStatusAndOverlapsAreRefused() {
        String id = createdId(newMember("Lò Văn Già", org("LCH-BL-NK")));
        api().body(Map.of("version", version(id), "reason", "AGE", "validFrom", "2026-01-01", "resolutionRef", "NQ 3"))
                .post("/api/v1/members/{id}/exemptions", id).then().statusCode(200)
                .body("status", equalTo("EXEMPT")).body("exemptions[0].reason", equalTo("AGE"));
        api().body(Map.of("version", version(id), "reason", "HEALTH", "validFrom", "2026-02-01"))
                .post("/api/v1/members/{id}/exemptions", id).then().statusCode(409)
                .body("code", equalTo("exemption-overlap"));
        api().queryParam("status", "EXEMPT").queryParam("q", "lo van gia")
                .get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then().body("items.id", hasItem(id));
    }

    @Test
    @AsSecretaryBinh
    void exemptingAMemberOfAnotherCellIsOutOfScope() {
        api().body(Map.of("version", 0, "reason", "AGE", "validFrom", "2026-01-01"))
                .post("/api/v1/members/{id}/exemptions", memberOf("dangvien.an")).then().statusCode(403);
    }

    @Test
    @AsCommuneStaff
    void positionsAreSingleHolderAndMustBeInTheMembersCell() {
        String id = createdId(newMember("Quàng Văn Phó", org("LCH-BL-YT")));
        api().body(Map.of("version", version(id), "organizationId", org("LCH-BL-YT").toString(),
                "position", "SECRETARY", "validFrom", "2025-08-01"))
                .post("/api/v1/members/{id}/positions", id).then().statusCode(409).body("code", equalTo("position-taken"));
        api().body(Map.of("version", version(id), "organizationId", org("LCH-BL-NK").toString(),
                "position", "COMMITTEE_MEMBER", "validFrom", "2025-08-01"))
                .post("/api/v1/members/{id}/positions", id).then().statusCode(409)
                .body("code", equalTo("position-outside-membership"));
        api().body(Map.of("version", version(id), "organizationId", org("LCH-BL-YT").toString(),
                "position", "COMMITTEE_MEMBER", "validFrom", "2025-08-01"))
                .post("/api/v1/members/{id}/positions", id).then().statusCode(200)
                .body("positions[0].position", equalTo("COMMITTEE_MEMBER")).body("positions[0].validTo", nullValue());
    }

    @Test
    @AsSecretaryBinh
    void appointingPositionsInAnotherCellIsOutOfScope() {
        api().body(Map.of("version", 0, "organizationId", org("LCH-BL-NK").toString(),
                "position", "COMMITTEE_MEMBER", "validFrom", "2025-08-01"))
                .post("/api/v1/members/{id}/positions", memberOf("dangvien.an")).then().statusCode(403);
    }
}
