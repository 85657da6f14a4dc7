package vn.chibo.member;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.Tokens;

/** BR-D4: members carry their identifiers in CSDL đảng viên 3.0 and Sổ tay đảng viên; one member per identifier. */
@QuarkusTest
class MemberExternalIdsTest extends ApiTest {
    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private Map<String, Object> member(String name, UUID cell, String csdlId, String sotayId) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("gender", "MALE");
        body.put("admissionDate", "2015-03-02");
        body.put("officialDate", "2016-03-03");
        body.put("organizationId", cell.toString());
        body.put("joinedOn", "2020-01-01");
        if (csdlId != null) body.put("csdlId", csdlId);
        if (sotayId != null) body.put("sotayId", sotayId);
        return body;
    }

    private String create(Map<String, Object> body) {
        return api().body(body).post("/api/v1/members").then().statusCode(201).extract().path("id");
    }

    private int version(String id) {
        return api().get("/api/v1/members/{id}", id).then().statusCode(200).extract().path("version");
    }

    @Test
    void brD4_identifiersAreStoredEditedWithTheVersionAndFoundByTheFilter() {
        Tokens.actAs("canbo.xa", "staff");
        String csdl = newId("CSDL"), sotay = newId("ST");
        String id = create(member("Lò Văn Định Danh", org("LCH-BL-NK"), csdl, sotay));
        api().get("/api/v1/members/{id}", id).then().statusCode(200)
                .body("csdlId", equalTo(csdl)).body("sotayId", equalTo(sotay));

        // an integrator finds the member by either identifier across the subtree
        Tokens.actAs("service-account-chibo-integration");
        api().queryParam("csdlId", csdl).queryParam("includeSubtree", true)
                .get("/api/v1/organizations/{id}/members", org("LCH")).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        api().queryParam("sotayId", sotay).queryParam("includeSubtree", true)
                .get("/api/v1/organizations/{id}/members", org("LCH")).then().statusCode(200)
                .body("items", hasSize(1));

        // edits carry the version they were based on; an empty string removes an identifier
        Tokens.actAs("canbo.xa", "staff");
        int v = version(id);
        String newCsdl = newId("CSDL");
        api().body(Map.of("version", v, "csdlId", newCsdl, "sotayId", "")).patch("/api/v1/members/{id}", id).then()
                .statusCode(200).body("csdlId", equalTo(newCsdl)).body("sotayId", nullValue());
        api().body(Map.of("version", v, "csdlId", newId("CSDL"))).patch("/api/v1/members/{id}", id).then()
                .statusCode(409).body("code", equalTo("version-conflict"));
        api().queryParam("csdlId", csdl).get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then()
                .statusCode(200).body("total", equalTo(0));
        api().queryParam("csdlId", "có dấu cách").get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then()
                .statusCode(400);
    }

    @Test
    void brD4_aDuplicateIdentifierIsRefusedOnCreateAndEditAndNamesTheHolder() {
        Tokens.actAs("canbo.xa", "staff");
        String csdl = newId("CSDL"), sotay = newId("ST");
        String holder = create(member("Vàng A Chủ Mã", org("LCH-BL-NK"), csdl, sotay));
        api().body(member("Vàng A Khác", org("LCH-BL-NB"), csdl, null)).post("/api/v1/members").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("duplicate-external-id"))
                .body("errors[0].field", equalTo("csdlId")).body("detail", containsString("Vàng A Chủ Mã"))
                .body("detail", containsString("CSDL đảng viên 3.0"));
        String other = create(member("Vàng A Khác", org("LCH-BL-NB"), null, null));
        api().body(Map.of("version", version(other), "sotayId", sotay)).patch("/api/v1/members/{id}", other).then()
                .statusCode(409).body("code", equalTo("duplicate-external-id"))
                .body("errors[0].field", equalTo("sotayId")).body("detail", containsString("Vàng A Chủ Mã"));
        // the holder keeps its own identifiers when edited
        api().body(Map.of("version", version(holder), "csdlId", csdl, "sotayId", sotay))
                .patch("/api/v1/members/{id}", holder).then().statusCode(200).body("csdlId", equalTo(csdl));
    }

    @Test
    void brD4_identifiersOfAnotherSubtreeAreNeitherEditedNorSearched() {
        Tokens.actAs("canbo.xa", "staff");
        String csdl = newId("CSDL");
        String id = create(member("Tòng Văn Ngoài", org("LCH-BL-NK"), csdl, null));
        int v = version(id);
        Tokens.actAs("bithu.binh", "secretary");
        api().body(Map.of("version", v, "csdlId", newId("CSDL"))).patch("/api/v1/members/{id}", id).then()
                .statusCode(403).body("code", equalTo("out-of-scope"));
        api().queryParam("csdlId", csdl).get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then()
                .statusCode(403).body("code", equalTo("out-of-scope"));
    }
}
