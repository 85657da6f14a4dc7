package vn.chibo.policy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.PolicyBodies;
import vn.chibo.testing.Tokens;
import vn.chibo.testing.TreeFixture;

/** BR-D6: legal references keyed by (issuer, number, type, date) with the citation as written. */
@QuarkusTest
class LegalReferenceTest extends ApiTest {
    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private static Map<String, Object> reference(String number, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuer", "BTCTW");
        body.put("number", number);
        body.put("type", "HUONG_DAN");
        if (date != null) body.put("issuedOn", date);
        body.put("citation", "Hướng dẫn " + number);
        return body;
    }

    @Test
    @DisplayName("BR-D6 the free texts of V3-V7 are parsed into references and the views show the parts")
    void brD6_existingFreeTextIsMigratedAndShown() {
        Tokens.actAs("canbo.xa", "staff");
        api().get("/api/v1/legal-references?q=42-HD").then().statusCode(200)
                .body("items[0].issuer", equalTo("BTCTW")).body("items[0].number", equalTo("42-HD/BTCTW"))
                .body("items[0].type", equalTo("HUONG_DAN")).body("items[0].issuedOn", equalTo("2025-10-28"));
        api().get("/api/v1/organizations/{id}/policy?on=2026-12-06", org("LCH-BL")).then().statusCode(200)
                .body("legalReference.number", equalTo("42-HD/BTCTW"))
                .body("legalBasis", equalTo("Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW (28/10/2025)"));
        api().get("/api/v1/organizations/{id}/policy?on=2020-01-01", org("LCH-BL")).then().statusCode(200)
                .body("legalReference.number", equalTo("12-HD/BTCTW"))
                .body("legalReference.issuedOn", equalTo("2012-01-18"));
    }

    @Test
    void staffAddAReferenceOnceAndAPolicyCitesIt() {
        Tokens.actAs("canbo.xa", "staff");
        String number = (100 + new java.util.Random().nextInt(800)) + "-HD/" + UUID.randomUUID().toString().substring(0, 4);
        String id = api().body(reference(number, "2026-01-15")).post("/api/v1/legal-references").then().statusCode(201)
                .body("number", equalTo(number)).body("issuedOn", equalTo("2026-01-15")).extract().path("id");
        api().body(reference(number, "2026-01-15")).post("/api/v1/legal-references").then().statusCode(409)
                .body("code", equalTo("legal-reference-exists"));
        // Without a date, the key is another one; twice without a date is the same one.
        api().body(reference(number, null)).post("/api/v1/legal-references").then().statusCode(201)
                .body("issuedOn", nullValue());
        api().body(reference(number, null)).post("/api/v1/legal-references").then().statusCode(409);
        api().get("/api/v1/legal-references?q=" + number + "&size=5").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", hasItem(id));

        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        Map<String, Object> rules = PolicyBodies.basic(committee, "2020-01-01");
        rules.put("legalBasis", "Hướng dẫn " + number + " ngày 15/01/2026");
        rules.put("legalReferenceId", id);
        api().body(rules).post("/api/v1/policies").then().statusCode(201).body("legalReference.id", equalTo(id))
                .body("legalReference.type", equalTo("HUONG_DAN"));
        Map<String, Object> unknown = PolicyBodies.basic(TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN",
                "THON_BAN_TDP"), "2020-01-01");
        unknown.put("legalReferenceId", UUID.randomUUID().toString());
        api().body(unknown).post("/api/v1/policies").then().statusCode(400)
                .body("errors[0].field", equalTo("legalReferenceId"));
    }

    @Test
    void badReferencesGetAProblemNamingTheField() {
        Tokens.actAs("canbo.xa", "staff");
        api().body(reference("42-HD/BTCTW", "2027-01-01")).post("/api/v1/legal-references").then().statusCode(400)
                .body("errors[0].field", equalTo("issuedOn"));
        Map<String, Object> noNumber = reference("", null);
        api().body(noNumber).post("/api/v1/legal-references").then().statusCode(400)
                .body("errors.field", hasItem("number"));
        Map<String, Object> badType = reference("7-HD/X", null);
        badType.put("type", "THONG_BAO_MIENG");
        api().body(badType).post("/api/v1/legal-references").then().statusCode(400);
    }

    @Test
    void aSecretaryReadsReferencesButCannotAddThem() {
        Tokens.actAs("bithu.binh", "secretary");
        api().get("/api/v1/legal-references").then().statusCode(200);
        api().body(reference("9-HD/BTCTW", null)).post("/api/v1/legal-references").then().statusCode(403)
                .body("code", equalTo("not-permitted"));
    }
}
