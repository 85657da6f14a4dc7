package vn.chibo.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.TestClock;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsAdmin;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsIntegration;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.AsSecretaryAn;
import vn.chibo.testing.AsStranger;

@QuarkusTest
class OrganizationResourceTest extends ApiTest {

    private Map<String, Object> newCell(String name, UUID parentId) {
        return Map.of("name", name, "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "THON_BAN_TDP",
                "parentId", parentId.toString());
    }

    private ValidatableResponse create(Map<String, Object> body) {
        return api().body(body).post("/api/v1/organizations").then();
    }

    // ---- browse ----

    @Test
    void requestWithoutTokenIsRefusedAsProblem() {
        api().get("/api/v1/organizations").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("unauthenticated"));
    }

    @Test
    @AsCommuneStaff
    void communeStaffSeesTheirCommuneAsTheOnlyRoot() {
        api().get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Đảng bộ xã Bình Lư"))
                .body("items[0].childCount", greaterThanOrEqualTo(8));
    }

    @Test
    @AsAdmin
    void adminSeesTheTopOfTheTree() {
        api().get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", hasItem("Đảng bộ tỉnh Lai Châu"))
                .body("items.depth", everyItem(equalTo(0)));
    }

    @Test
    @AsProvinceStaff
    void childrenArePagedWithTotal() {
        api().queryParam("parentId", org("LCH-TP")).queryParam("size", 3).queryParam("sort", "name")
                .get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(7)).body("items", hasSize(3)).body("size", equalTo(3))
                .body("items[0].holdsMeetings", is(true));
    }

    @Test
    @AsProvinceStaff
    void searchIgnoresVietnameseDiacritics() {
        api().queryParam("q", "na khoang").get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("Chi bộ bản Nà Khoang"));
        api().queryParam("q", "DUONG").queryParam("within", org("LCH")).queryParam("holdsMeetings", true)
                .get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", hasItem("Chi bộ Điện lực Tam Đường"));
    }

    @Test
    @AsCommuneStaff
    void searchAcrossTheScopeCanBeLimitedToCells() {
        api().queryParam("q", "binh lu").queryParam("holdsMeetings", true).get("/api/v1/organizations").then()
                .statusCode(200).body("items.name", hasItem("Chi bộ Trường THCS Bình Lư"))
                .body("items.holdsMeetings", everyItem(is(true)));
        api().queryParam("holdsMeetings", true).queryParam("size", 200).get("/api/v1/organizations").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(8))
                .body("items.holdsMeetings", everyItem(is(true)));
    }

    @Test
    @AsCommuneStaff
    void searchStaysInsideTheCallersScope() {
        api().queryParam("q", "to dan pho").get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    @AsProvinceStaff
    void organisationViewCarriesAncestorsAndMemberCount() {
        api().get("/api/v1/organizations/{id}", org("LCH-TP-TDP6")).then().statusCode(200)
                .body("ancestors.name", equalTo(List.of("Đảng bộ tỉnh Lai Châu", "Đảng bộ phường Tân Phong")))
                .body("activeMemberCount", equalTo(18))
                .body("holdsMeetings", is(true));
    }

    @Test
    @AsCommuneStaff
    void readingAnotherSubtreeIsOutOfScope() {
        api().get("/api/v1/organizations/{id}", org("LCH-TP")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().queryParam("parentId", org("LCH-TP")).get("/api/v1/organizations").then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsStranger
    void aUserWithoutAppointmentsSeesNothingAndReadsNothing() {
        api().get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(0));
        api().get("/api/v1/organizations/{id}", org("LCH")).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsCommuneStaff
    void unknownOrganisationIs404AndMalformedIdIs400() {
        api().get("/api/v1/organizations/{id}", UUID.randomUUID()).then().statusCode(404).body("code", equalTo("not-found"));
        api().get("/api/v1/organizations/{id}", "not-a-uuid").then().statusCode(400).body("code", equalTo("malformed-id"));
    }

    @Test
    @AsCommuneStaff
    void referenceDataListsTypesAndCategories() {
        api().get("/api/v1/reference/organization-types").then().statusCode(200)
                .body("code", hasItem("CHI_BO_TRUC_THUOC")).body("find { it.code == 'TO_DANG' }.labelVi", equalTo("Tổ đảng"));
        api().get("/api/v1/reference/organization-categories").then().statusCode(200)
                .body("code", hasItem("THON_BAN_TDP"));
    }

    // ---- create ----

    @Test
    @AsCommuneStaff
    void staffCreatesACellInTheirCommune() {
        String name = unique("Chi bộ bản Mới");
        create(newCell(name, org("LCH-BL"))).statusCode(201)
                .body("name", equalTo(name)).body("holdsMeetings", is(true)).body("depth", equalTo(2))
                .body("ancestors[1].name", equalTo("Đảng bộ xã Bình Lư")).body("version", notNullValue());
    }

    @Test
    @AsIntegration
    void integrationClientCreatesWithinItsSubtree() {
        create(newCell(unique("Chi bộ tích hợp"), org("LCH-TD"))).statusCode(201);
    }

    @Test
    @AsCommuneStaff
    void creatingUnderAnotherSubtreeIsOutOfScope() {
        create(newCell(unique("Chi bộ lạ"), org("LCH-TP"))).statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsSecretaryAn
    void secretaryMayNotChangeTheTree() {
        create(newCell(unique("Tổ đảng"), org("LCH-BL-NK"))).statusCode(403).body("code", equalTo("not-permitted"));
    }

    @Test
    @AsCommuneStaff
    void emptyAndOverlongNamesAreRefusedWithFieldErrors() {
        create(newCell("   ", org("LCH-BL"))).statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors.field", hasItem("name"))
                .body("errors[0].message", equalTo("Không được để trống."));
        create(newCell("x".repeat(10_000), org("LCH-BL"))).statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    @AsCommuneStaff
    void errorsAreInEnglishWhenAsked() {
        apiEnglish().body(newCell("", org("LCH-BL"))).post("/api/v1/organizations").then().statusCode(400)
                .body("title", equalTo("Invalid data")).body("errors[0].message", equalTo("Must not be blank."));
    }

    @Test
    @AsCommuneStaff
    void malformedJsonWrongTypesAndUnknownCodesAreRefused() {
        api().body("{\"name\": \"Chi bộ\", ").post("/api/v1/organizations").then().statusCode(400)
                .body("code", equalTo("malformed-json"));
        api().body("{\"name\": [1], \"typeCode\": \"CHI_BO_TRUC_THUOC\", \"categoryCode\": \"XA\", \"parentId\": \""
                + org("LCH-BL") + "\"}").post("/api/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        api().body("{\"name\": \"A\", \"typeCode\": \"CHI_BO_TRUC_THUOC\", \"categoryCode\": \"XA\", \"parentId\": \"abc\"}")
                .post("/api/v1/organizations").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        create(Map.of("name", "A", "typeCode", "HUYEN_UY", "categoryCode", "XA", "parentId", org("LCH-BL").toString()))
                .statusCode(400).body("errors[0].field", equalTo("typeCode"))
                .body("errors[0].message", containsString("HUYEN_UY"));
    }

    @Test
    @AsCommuneStaff
    void datesInTheWrongFormatAreRefused() {
        create(Map.of("name", "A", "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "XA",
                "parentId", org("LCH-BL").toString(), "validFrom", "01/07/2025"))
                .statusCode(400).body("errors[0].field", equalTo("validFrom"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    // ---- update, move, close ----

    @Test
    @AsCommuneStaff
    void brD1_renameIsKeptInLineageAndAStaleVersionIsRefused() {
        UUID id = UUID.fromString(create(newCell(unique("Chi bộ cũ"), org("LCH-BL"))).extract().path("id"));
        long version = orgVersion(id);
        String newName = unique("Chi bộ đổi tên");
        api().body(Map.of("version", version, "name", newName)).patch("/api/v1/organizations/{id}", id).then()
                .statusCode(200).body("name", equalTo(newName))
                .body("lineage[0].event", equalTo("RENAMED")).body("lineage[0].note", startsWith("Chi bộ cũ"));
        api().body(Map.of("version", version, "name", "Tên khác")).patch("/api/v1/organizations/{id}", id).then()
                .statusCode(409).body("code", equalTo("version-conflict"))
                .body("currentVersion", greaterThanOrEqualTo((int) version + 1));
        api().get("/api/v1/organizations/{id}", id).then().body("name", equalTo(newName));
    }

    @Test
    @AsCommuneStaff
    void patchingAnotherSubtreeIsOutOfScope() {
        api().body(Map.of("version", 0, "name", "X")).patch("/api/v1/organizations/{id}", org("LCH-TP-TDP1")).then()
                .statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsProvinceStaff
    void movingUnderItsOwnDescendantIsRefusedAndChangesNothing() {
        UUID commune = org("LCH-TD");
        api().body(Map.of("version", orgVersion(commune), "newParentId", org("LCH-TD-BH").toString()))
                .post("/api/v1/organizations/{id}/move", commune).then().statusCode(409)
                .body("code", equalTo("move-into-descendant"));
        api().get("/api/v1/organizations/{id}", commune).then().body("depth", equalTo(1));
    }

    @Test
    @AsProvinceStaff
    void brD1_movingASubtreeRebasesEveryDescendant() {
        UUID parent = UUID.fromString(create(Map.of("name", unique("Đảng bộ cơ sở thử"), "typeCode", "DANG_BO_CO_SO",
                "categoryCode", "CO_QUAN", "parentId", org("LCH-UB").toString())).statusCode(201).extract().path("id"));
        UUID child = UUID.fromString(create(newCell(unique("Chi bộ con"), parent)).extract().path("id"));
        api().body(Map.of("version", orgVersion(parent), "newParentId", org("LCH-DL").toString(), "decisionRef", "QĐ 12"))
                .post("/api/v1/organizations/{id}/move", parent).then().statusCode(200)
                .body("parentId", equalTo(org("LCH-DL").toString())).body("lineage[0].event", equalTo("MOVED"));
        api().get("/api/v1/organizations/{id}", child).then().statusCode(200)
                .body("depth", equalTo(3)).body("ancestors[1].name", equalTo("Đảng bộ Công ty Điện lực Lai Châu"));
    }

    @Test
    @AsCommuneStaff
    void movingOutOfScopeIsRefused() {
        UUID cell = UUID.fromString(create(newCell(unique("Chi bộ"), org("LCH-BL"))).extract().path("id"));
        api().body(Map.of("version", orgVersion(cell), "newParentId", org("LCH-TP").toString()))
                .post("/api/v1/organizations/{id}/move", cell).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsCommuneStaff
    void closingACellWithMembersIsRefusedAndAnEmptyOneCloses() {
        UUID withMembers = org("LCH-BL-PP");
        api().body(Map.of("version", orgVersion(withMembers), "closedOn", "2026-01-01"))
                .post("/api/v1/organizations/{id}/close", withMembers).then().statusCode(409)
                .body("code", equalTo("organization-has-active-members"));
        UUID empty = UUID.fromString(create(newCell(unique("Chi bộ trống"), org("LCH-BL"))).extract().path("id"));
        api().body(Map.of("version", orgVersion(empty), "closedOn", "2099-01-01"))
                .post("/api/v1/organizations/{id}/close", empty).then().statusCode(400)
                .body("errors[0].field", equalTo("closedOn"));
        api().body(Map.of("version", orgVersion(empty)))
                .post("/api/v1/organizations/{id}/close", empty).then().statusCode(400)
                .body("errors[0].field", equalTo("closedOn"));
        api().body(Map.of("version", orgVersion(empty), "closedOn", TestClock.TODAY.toString()))
                .post("/api/v1/organizations/{id}/close", empty).then().statusCode(200)
                .body("validTo", notNullValue());
        create(newCell(unique("Chi bộ dưới chi bộ đã giải thể"), empty)).statusCode(409)
                .body("code", equalTo("organization-closed"));
    }

    @Test
    @AsCommuneStaff
    void closingOutOfScopeIsRefused() {
        api().body(Map.of("version", 0, "closedOn", "2026-01-01"))
                .post("/api/v1/organizations/{id}/close", org("LCH-TP-TDP2")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    // ---- merge and split ----

    @Test
    @AsProvinceStaff
    void brD1_mergingMovesMembersAndKeepsLineage() {
        UUID target = UUID.fromString(create(newCell(unique("Chi bộ nhận"), org("LCH-TD"))).extract().path("id"));
        UUID source = UUID.fromString(create(newCell(unique("Chi bộ sáp nhập"), org("LCH-TD"))).extract().path("id"));
        api().body(Map.of("fullName", "Lò Văn Sáp", "gender", "MALE", "admissionDate", "2010-05-19",
                "officialDate", "2011-05-19", "organizationId", source.toString(), "joinedOn", "2020-01-01"))
                .post("/api/v1/members").then().statusCode(201);
        api().body(Map.of("sourceIds", List.of(source.toString()), "targetId", target.toString(),
                "effectiveDate", "2026-01-01", "decisionRef", "QĐ 45-QĐ/ĐU"))
                .post("/api/v1/organizations/merge").then().statusCode(200)
                .body("activeMemberCount", equalTo(1)).body("lineage[0].event", equalTo("MERGED_INTO"));
        api().get("/api/v1/organizations/{id}", source).then().body("validTo", equalTo("2026-01-01"))
                .body("activeMemberCount", equalTo(0));
    }

    @Test
    @AsProvinceStaff
    void mergeNeedsExactlyOneTarget() {
        api().body(Map.of("sourceIds", List.of(org("LCH-TD-BT").toString()), "effectiveDate", "2026-01-01"))
                .post("/api/v1/organizations/merge").then().statusCode(400).body("errors[0].field", equalTo("targetId"));
    }

    @Test
    @AsCommuneStaff
    void mergingAnotherSubtreeIsOutOfScope() {
        api().body(Map.of("sourceIds", List.of(org("LCH-TP-TDP1").toString()), "targetId", org("LCH-BL-NB").toString(),
                "effectiveDate", "2026-01-01")).post("/api/v1/organizations/merge").then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsProvinceStaff
    void consolidatingIntoANewOrganisation() {
        UUID a = UUID.fromString(create(newCell(unique("Chi bộ A"), org("LCH-TD"))).extract().path("id"));
        UUID b = UUID.fromString(create(newCell(unique("Chi bộ B"), org("LCH-TD"))).extract().path("id"));
        String name = unique("Chi bộ hợp nhất");
        api().body(Map.of("sourceIds", List.of(a.toString(), b.toString()), "newTarget", newCell(name, org("LCH-TD")),
                "effectiveDate", "2026-02-01")).post("/api/v1/organizations/merge").then().statusCode(200)
                .body("name", equalTo(name)).body("lineage", hasSize(2))
                .body("lineage.event", everyItem(equalTo("CONSOLIDATED_INTO")));
    }

    @Test
    @AsProvinceStaff
    void splittingDividesMembersAndRefusesAnIncompleteSplit() {
        UUID source = UUID.fromString(create(newCell(unique("Chi bộ lớn"), org("LCH-TD"))).extract().path("id"));
        String m1 = api().body(Map.of("fullName", "Hà Văn Một", "gender", "MALE", "admissionDate", "2015-03-03",
                "organizationId", source.toString(), "joinedOn", "2020-01-01")).post("/api/v1/members").then()
                .statusCode(201).extract().path("id");
        String m2 = api().body(Map.of("fullName", "Hà Thị Hai", "gender", "FEMALE", "admissionDate", "2016-03-03",
                "organizationId", source.toString(), "joinedOn", "2020-01-01")).post("/api/v1/members").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> part1 = Map.of("name", unique("Chi bộ tách 1"), "typeCode", "CHI_BO_TRUC_THUOC",
                "categoryCode", "THON_BAN_TDP", "memberIds", List.of(m1));
        Map<String, Object> part2 = Map.of("name", unique("Chi bộ tách 2"), "typeCode", "CHI_BO_TRUC_THUOC",
                "categoryCode", "THON_BAN_TDP", "memberIds", List.of(m2));
        api().body(Map.of("version", orgVersion(source), "effectiveDate", "2026-03-01", "parts", List.of(part1)))
                .post("/api/v1/organizations/{id}/split", source).then().statusCode(409)
                .body("code", equalTo("split-incomplete"));
        api().body(Map.of("version", orgVersion(source), "effectiveDate", "2026-03-01", "parts", List.of(part1, part2)))
                .post("/api/v1/organizations/{id}/split", source).then().statusCode(200)
                .body("", hasSize(2)).body("activeMemberCount", everyItem(equalTo(1)))
                .body("lineage[0].event", everyItem(equalTo("SPLIT_INTO")));
        api().get("/api/v1/members/{id}", m1).then().body("memberships", hasSize(2))
                .body("memberships[0].validTo", equalTo("2026-02-28"));
    }

    @Test
    @AsCommuneStaff
    void splittingAnotherSubtreeIsOutOfScope() {
        api().body(Map.of("version", 0, "effectiveDate", "2026-03-01", "parts", List.of(Map.of("name", "X",
                "typeCode", "CHI_BO_TRUC_THUOC", "categoryCode", "XA"))))
                .post("/api/v1/organizations/{id}/split", org("LCH-TP-TDP3")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsMemberAn
    void memberReadsTheirCellButCannotChangeIt() {
        UUID cell = org("LCH-BL-NK");
        api().get("/api/v1/organizations/{id}", cell).then().statusCode(200);
        api().body(Map.of("version", orgVersion(cell), "name", "X")).patch("/api/v1/organizations/{id}", cell).then()
                .statusCode(403).body("code", equalTo("not-permitted"));
    }
}
