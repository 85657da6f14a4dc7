package vn.chibo.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.Tokens;

/** BR-D4: organisations carry their identifiers in CSDL đảng viên 3.0 and Sổ tay đảng viên; one per identifier. */
@QuarkusTest
class OrganizationExternalIdsTest extends ApiTest {
    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private Map<String, Object> cell(String name, String csdlId, String sotayId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("typeCode", "CHI_BO_TRUC_THUOC");
        body.put("categoryCode", "THON_BAN_TDP");
        body.put("parentId", org("LCH-BL").toString());
        if (csdlId != null) body.put("csdlId", csdlId);
        if (sotayId != null) body.put("sotayId", sotayId);
        return body;
    }

    @Test
    void brD4_organisationIdentifiersAreStoredEditedAndFoundByTheFilter() {
        Tokens.actAs("canbo.xa", "staff");
        String csdl = newId("TC"), sotay = newId("STC");
        String name = unique("Chi bộ bản Mã Số");
        String id = api().body(cell(name, csdl, sotay)).post("/api/v1/organizations").then().statusCode(201)
                .body("csdlId", equalTo(csdl)).body("sotayId", equalTo(sotay)).extract().path("id");
        api().queryParam("csdlId", csdl).get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        Tokens.actAs("service-account-chibo-integration");
        api().queryParam("sotayId", sotay).queryParam("within", org("LCH").toString()).get("/api/v1/organizations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo(name));

        Tokens.actAs("canbo.xa", "staff");
        long v = orgVersion(UUID.fromString(id));
        String newCsdl = newId("TC");
        api().body(Map.of("version", v, "csdlId", newCsdl, "sotayId", "")).patch("/api/v1/organizations/{id}", id)
                .then().statusCode(200).body("csdlId", equalTo(newCsdl)).body("sotayId", nullValue());
        api().body(Map.of("version", v, "csdlId", newId("TC"))).patch("/api/v1/organizations/{id}", id)
                .then().statusCode(409).body("code", equalTo("version-conflict"));
        api().queryParam("csdlId", csdl).get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void brD4_aDuplicateOrganisationIdentifierIsRefusedAndNamesTheHolder() {
        Tokens.actAs("canbo.xa", "staff");
        String csdl = newId("TC");
        String holder = unique("Chi bộ bản Giữ Mã");
        api().body(cell(holder, csdl, null)).post("/api/v1/organizations").then().statusCode(201);
        api().body(cell(unique("Chi bộ bản Trùng"), csdl, null)).post("/api/v1/organizations").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("duplicate-external-id"))
                .body("errors[0].field", equalTo("csdlId")).body("detail", containsString(holder));
        UUID other = org("LCH-BL-NB");
        api().body(Map.of("version", orgVersion(other), "csdlId", csdl)).patch("/api/v1/organizations/{id}", other)
                .then().statusCode(409).body("code", equalTo("duplicate-external-id"))
                .body("detail", containsString(holder));
    }

    @Test
    void brD4_anotherSubtreesIdentifiersAreNeitherEditedNorFound() {
        Tokens.actAs("canbo.tinh", "staff");
        String csdl = newId("TC");
        UUID cell = org("LCH-TD-BT");
        api().body(Map.of("version", orgVersion(cell), "csdlId", csdl)).patch("/api/v1/organizations/{id}", cell)
                .then().statusCode(200);
        // commune staff of Bình Lư: Bãi Trâu (Tam Đường) is outside their subtree
        Tokens.actAs("canbo.xa", "staff");
        api().body(Map.of("version", orgVersion(cell), "csdlId", newId("TC"))).patch("/api/v1/organizations/{id}", cell)
                .then().statusCode(403).body("code", equalTo("out-of-scope"));
        api().queryParam("csdlId", csdl).get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(0));
        api().queryParam("csdlId", csdl).queryParam("within", org("LCH").toString()).get("/api/v1/organizations")
                .then().statusCode(403).body("code", equalTo("out-of-scope"));
    }
}
