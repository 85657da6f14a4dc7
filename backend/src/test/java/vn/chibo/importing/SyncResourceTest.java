package vn.chibo.importing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/**
 * The nightly sync from CSDL đảng viên 3.0 (issue 13, BR-D4): members and organisations of a subtree upserted by
 * their identifier, row by row or all or nothing. Each test builds its own commune, so demo data stays untouched.
 */
@QuarkusTest
class SyncResourceTest extends ApiTest {
    private static final String INTEGRATION = "service-account-chibo-integration";

    private UUID commune;

    @BeforeEach
    void ownCommune() {
        Tokens.actAs(INTEGRATION);
        commune = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
    }

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Map<String, Object> cellItem(String externalId, String parentExternalId) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", externalId);
        item.put("name", unique("Chi bộ đồng bộ"));
        item.put("typeCode", "CHI_BO_TRUC_THUOC");
        item.put("categoryCode", "THON_BAN_TDP");
        if (parentExternalId != null) item.put("parentExternalId", parentExternalId);
        return item;
    }

    private static Map<String, Object> memberItem(String externalId, String fullName, String cellExternalId) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", externalId);
        item.put("fullName", fullName);
        item.put("gender", "FEMALE");
        item.put("birthYear", 1990);
        item.put("admissionDate", "2015-03-02");
        item.put("officialDate", "2016-03-02");
        item.put("cellExternalId", cellExternalId);
        return item;
    }

    private ValidatableResponse sync(UUID root, String kind, String mode, List<Map<String, Object>> items) {
        return api().body(Map.of("scheme", "CSDL", "mode", mode, "items", items))
                .post("/api/v1/organizations/{id}/sync/" + kind, root).then();
    }

    /** A new cell of the commune, known to CSDL by the identifier returned. */
    private String syncedCell(UUID root) {
        String cell = newId("CB");
        sync(root, "organizations", "ALL_OR_NOTHING", List.of(cellItem(cell, null))).statusCode(200)
                .body("totals.created", equalTo(1));
        return cell;
    }

    private ValidatableResponse membersWithId(UUID root, String csdlId) {
        return api().queryParam("csdlId", csdlId).queryParam("includeSubtree", true)
                .get("/api/v1/organizations/{id}/members", root).then().statusCode(200);
    }

    @Test
    void brD4_oneCallCreatesUpdatesAndLeavesUnchangedByIdentifier() {
        String cell = syncedCell(commune);
        String first = newId("DV"), second = newId("DV"), third = newId("DV");
        sync(commune, "members", "ALL_OR_NOTHING", List.of(memberItem(first, "Lò Thị Một", cell),
                memberItem(second, "Lò Thị Hai", cell))).statusCode(200)
                .body("totals.created", equalTo(2)).body("rows[0].outcome", equalTo("CREATED"))
                .body("rows[0].externalId", equalTo(first)).body("rows[0].id", notNullValue());
        String firstId = membersWithId(commune, first).body("total", equalTo(1)).extract().path("items[0].id");
        long version = membersWithId(commune, first).extract().<Integer>path("items[0].version");

        // The next night: the first renamed, the second as it was, a third new.
        sync(commune, "members", "PER_ROW", List.of(memberItem(first, "Lò Thị Mười", cell),
                memberItem(second, "Lò Thị Hai", cell), memberItem(third, "Lò Thị Ba", cell))).statusCode(200)
                .body("totals.created", equalTo(1)).body("totals.updated", equalTo(1))
                .body("totals.unchanged", equalTo(1)).body("totals.error", equalTo(0))
                .body("rows[0].outcome", equalTo("UPDATED")).body("rows[0].id", equalTo(firstId))
                .body("rows[1].outcome", equalTo("UNCHANGED")).body("rows[2].outcome", equalTo("CREATED"));
        // Through the member edit: a new version, and the change in the audit trail.
        api().get("/api/v1/members/{id}", firstId).then().statusCode(200).body("fullName", equalTo("Lò Thị Mười"))
                .body("version", equalTo((int) version + 1)).body("csdlId", equalTo(first));
        Tokens.actAs("canbo.tinh", "staff");
        api().queryParam("organizationId", commune.toString()).queryParam("entityId", firstId).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("UPDATE"));
    }

    @Test
    void brD4_anotherCellInTheNationalRecordTransfersTheMember() {
        String from = syncedCell(commune), to = syncedCell(commune);
        String csdl = newId("DV");
        UUID fromId = organizationWithId(from);
        // A member of the first cell since 2020 (the sync would make one who joins today).
        String id = api().body(Map.of("fullName", "Lò Thị Chuyển", "gender", "FEMALE", "admissionDate", "2015-03-02",
                        "officialDate", "2016-03-02", "birthYear", 1990, "organizationId", fromId.toString(),
                        "joinedOn", "2020-01-01", "csdlId", csdl))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        Map<String, Object> moved = memberItem(csdl, "Lò Thị Chuyển", to);
        moved.put("joinedOn", "01/12/2026");
        sync(commune, "members", "ALL_OR_NOTHING", List.of(moved)).statusCode(200)
                .body("rows[0].outcome", equalTo("UPDATED")).body("rows[0].id", equalTo(id));
        api().get("/api/v1/members/{id}", id).then().statusCode(200)
                .body("currentOrganization.id", equalTo(organizationWithId(to).toString()))
                .body("memberships.validFrom", hasItem("2026-12-01"));
        sync(commune, "members", "ALL_OR_NOTHING", List.of(memberItem(csdl, "Lò Thị Chuyển", to))).statusCode(200)
                .body("rows[0].outcome", equalTo("UNCHANGED"));
    }

    private UUID organizationWithId(String csdlId) {
        String id = api().queryParam("csdlId", csdlId).queryParam("within", commune.toString())
                .get("/api/v1/organizations").then().statusCode(200).extract().path("items[0].id");
        return UUID.fromString(id);
    }

    @Test
    void brD4_allOrNothingWithOneBadRowSavesNothing() {
        String cell = syncedCell(commune);
        String good = newId("DV"), bad = newId("DV");
        Map<String, Object> late = memberItem(bad, "Lò Thị Lỗi", cell);
        late.put("officialDate", "2014-01-01");
        sync(commune, "members", "ALL_OR_NOTHING", List.of(memberItem(good, "Lò Thị Tốt", cell), late))
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("sync-rejected"))
                .body("errors[0].field", equalTo("items[1].officialDate"))
                .body("errors[0].message", equalTo("Ngày chính thức phải sau ngày vào Đảng."));
        membersWithId(commune, good).body("total", equalTo(0));
    }

    @Test
    void brD4_perRowSavesTheGoodRowsAndReportsTheBadOnes() {
        String cell = syncedCell(commune);
        String good = newId("DV"), bad = newId("DV");
        Map<String, Object> nameless = memberItem(bad, null, cell);
        nameless.remove("fullName");
        apiEnglish().body(Map.of("scheme", "CSDL", "mode", "PER_ROW",
                        "items", List.of(nameless, memberItem(good, "Lò Thị Tốt", cell))))
                .post("/api/v1/organizations/{id}/sync/members", commune).then().statusCode(200)
                .body("totals.created", equalTo(1)).body("totals.error", equalTo(1))
                .body("rows[0].outcome", equalTo("ERROR")).body("rows[0].id", nullValue())
                .body("rows[0].errors[0].field", equalTo("fullName"))
                .body("rows[0].errors[0].message", equalTo("Required."))
                .body("rows[1].outcome", equalTo("CREATED"));
        membersWithId(commune, good).body("total", equalTo(1));
        membersWithId(commune, bad).body("total", equalTo(0));
    }

    @Test
    void brD4_theSameIdentifierTwiceInOneCallIsARowError() {
        String cell = syncedCell(commune);
        String twice = newId("DV");
        sync(commune, "members", "PER_ROW", List.of(memberItem(twice, "Lò Thị Một", cell),
                memberItem(twice, "Lò Thị Hai", cell))).statusCode(200)
                .body("rows[0].outcome", equalTo("CREATED")).body("rows[1].outcome", equalTo("ERROR"))
                .body("rows[1].errors[0].field", equalTo("externalId"))
                .body("rows[1].errors[0].message", containsString("mục 0"));
        membersWithId(commune, twice).body("total", equalTo(1)).body("items[0].fullName", equalTo("Lò Thị Một"));
    }

    @Test
    void brD4_aCardNumberHeldByAnotherMemberIsARowError() {
        String cell = syncedCell(commune);
        String card = newId("T").substring(0, 12);
        Map<String, Object> holder = memberItem(newId("DV"), "Lò Thị Giữ Thẻ", cell);
        holder.put("cardNumber", card);
        Map<String, Object> second = memberItem(newId("DV"), "Lò Thị Trùng Thẻ", cell);
        second.put("cardNumber", card);
        sync(commune, "members", "PER_ROW", List.of(holder)).statusCode(200).body("totals.created", equalTo(1));
        // The holder again with its own card is a match; another member with that card is refused, as by the import.
        sync(commune, "members", "PER_ROW", List.of(holder, second)).statusCode(200)
                .body("rows[0].outcome", equalTo("UNCHANGED")).body("rows[1].outcome", equalTo("ERROR"))
                .body("rows[1].errors[0].field", equalTo("cardNumber"))
                .body("rows[1].errors[0].message", containsString(card));
    }

    @Test
    void brD4_anIdentifierHeldOutsideTheSubtreeIsARowErrorThatNamesNoOne() {
        UUID otherCommune = TreeFixture.committee(org("LCH"), "DANG_BO_XA", "XA");
        String otherCell = syncedCell(otherCommune);
        String taken = newId("DV");
        String holder = unique("Quàng Văn Giữ Mã");
        sync(otherCommune, "members", "ALL_OR_NOTHING", List.of(memberItem(taken, holder, otherCell)))
                .statusCode(200);
        String cell = syncedCell(commune);
        // The identifier held in another commune, and a cell of another commune: both refused, neither described.
        sync(commune, "members", "PER_ROW", List.of(memberItem(taken, "Lò Thị Khác", cell),
                memberItem(newId("DV"), "Lò Thị Sai Chi Bộ", otherCell))).statusCode(200)
                .body("totals.error", equalTo(2))
                .body("rows[0].errors[0].field", equalTo("externalId"))
                .body("rows[0].errors[0].message", containsString("ngoài phạm vi"))
                .body("rows[0].errors[0].message", not(containsString(holder)))
                .body("rows[1].errors[0].field", equalTo("cellExternalId"))
                .body("rows[1].errors[0].message", containsString("Không tìm thấy"));
        membersWithId(otherCommune, taken).body("items[0].fullName", equalTo(holder));
    }

    @Test
    void brD4_anOrganisationAndAMemberArePlacedByTheirParentsAndCellsIdentifiers() {
        String ward = newId("DB"), cell = newId("CB"), member = newId("DV");
        Map<String, Object> committee = cellItem(ward, null);
        committee.put("typeCode", "DANG_BO_XA");
        committee.put("categoryCode", "XA");
        // The cell names as parent the committee created by the item before it.
        List<Map<String, Object>> tree = List.of(committee, cellItem(cell, ward));
        String wardId = sync(commune, "organizations", "ALL_OR_NOTHING", tree).statusCode(200)
                .body("totals.created", equalTo(2)).extract().path("rows[0].id");
        String cellId = api().queryParam("csdlId", cell).queryParam("within", commune.toString())
                .get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].parentId", equalTo(wardId)).extract().path("items[0].id");
        sync(commune, "organizations", "PER_ROW", tree).statusCode(200).body("totals.unchanged", equalTo(2));

        String memberId = sync(commune, "members", "ALL_OR_NOTHING", List.of(memberItem(member, "Lò Thị Đặt Chỗ", cell)))
                .statusCode(200).body("rows[0].outcome", equalTo("CREATED")).extract().path("rows[0].id");
        membersWithId(commune, member).body("items[0].organizationId", equalTo(cellId));
        // Without joinedOn the national record places the member in the cell since the admission: a position
        // held since 2020 can be recorded (what the integrator's end-to-end run does next).
        int version = api().get("/api/v1/members/{id}", memberId).then().statusCode(200)
                .body("memberships[0].validFrom", equalTo("2015-03-02")).extract().path("version");
        api().body(Map.of("version", version, "organizationId", cellId, "position", "SECRETARY",
                "validFrom", "2020-01-01")).post("/api/v1/members/{id}/positions", memberId).then().statusCode(200);
    }

    @Test
    void aCallerOutsideTheSubtreeOrASecretaryIsRefused() {
        List<Map<String, Object>> items = List.of(memberItem(newId("DV"), "Lò Thị Một", newId("CB")));
        // Commune staff of Bình Lư: the test's commune is outside their subtree.
        Tokens.actAs("canbo.xa", "staff");
        sync(commune, "members", "PER_ROW", items).statusCode(403).body("code", equalTo("out-of-scope"));
        sync(commune, "organizations", "PER_ROW", List.of(cellItem(newId("CB"), null))).statusCode(403)
                .body("code", equalTo("out-of-scope"));
        Tokens.actAs("bithu.an", "secretary");
        sync(org("LCH-BL-NK"), "members", "PER_ROW", items).statusCode(403).body("code", equalTo("not-permitted"));
    }

    @Test
    void tooManyItemsNameTheLimitAndNoItemsAreRefused() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= 5000; i++) many.add(Map.of("externalId", "X" + i));
        sync(commune, "members", "PER_ROW", many).statusCode(413).body("code", equalTo("sync-too-many-items"))
                .body("detail", containsString("5000"));
        sync(commune, "members", "PER_ROW", List.of()).statusCode(400).body("errors[0].field", equalTo("items"));
    }

    @Test
    void aRetriedCallWithTheSameIdempotencyKeyIsAnsweredAgainAndSotayIdsWorkLikeCsdlIds() {
        UUID cell = organizationWithId(syncedCell(commune));
        String key = UUID.randomUUID().toString();
        String sotay = newId("ST");
        Map<String, Object> item = memberItem(sotay, "Lò Thị Thử Lại", null);
        item.remove("cellExternalId");
        item.put("cellId", cell.toString());
        Map<String, Object> body = Map.of("scheme", "SOTAY", "mode", "PER_ROW", "items", List.of(item));
        String id = api().header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/{id}/sync/members", commune).then().statusCode(200)
                .body("totals.created", equalTo(1)).body("scheme", equalTo("SOTAY")).extract().path("rows[0].id");
        api().header("Idempotency-Key", key).body(body).post("/api/v1/organizations/{id}/sync/members", commune)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("totals.created", equalTo(1));
        api().get("/api/v1/members/{id}", id).then().statusCode(200).body("sotayId", equalTo(sotay))
                .body("csdlId", nullValue());
        // Without the key, the same call again finds the member it made.
        api().body(body).post("/api/v1/organizations/{id}/sync/members", commune).then().statusCode(200)
                .body("totals.unchanged", equalTo(1)).body("rows[0].id", equalTo(id));
    }
}
