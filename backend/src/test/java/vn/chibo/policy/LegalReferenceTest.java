package vn.chibo.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
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
    /** The references V23 seeded and linked (…4201 to …4205). */
    private static final List<UUID> V23_REFERENCES = java.util.stream.IntStream.rangeClosed(1, 5)
            .mapToObj(i -> UUID.fromString("6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b420" + i)).toList();

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
        // other tests add references with random numbers (e.g. 142-HD/…): search the whole number, find it by number
        String hd42 = "items.find { it.number == '42-HD/BTCTW' }";
        api().get("/api/v1/legal-references?q=42-HD/BTCTW").then().statusCode(200)
                .body(hd42 + ".issuer", equalTo("BTCTW")).body(hd42 + ".type", equalTo("HUONG_DAN"))
                .body(hd42 + ".issuedOn", equalTo("2025-10-28"));
        api().get("/api/v1/organizations/{id}/policy?on=2026-12-06", org("LCH-BL")).then().statusCode(200)
                .body("legalReference.number", equalTo("42-HD/BTCTW"))
                .body("legalBasis", equalTo("Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW (28/10/2025)"));
        api().get("/api/v1/organizations/{id}/policy?on=2020-01-01", org("LCH-BL")).then().statusCode(200)
                .body("legalReference.number", equalTo("12-HD/BTCTW"))
                .body("legalReference.issuedOn", equalTo("2012-01-18"));
    }

    @Test
    void brD6_theParserPicksTheReferencesV23LinkedFromTheSeededTexts() {
        // V23 linked the seeded policies and templates by hand; the one parser must agree with every link it made.
        List<Object[]> linked = new java.util.ArrayList<>();
        for (String entity : List.of("PolicyProfile", "ScoringTemplate")) {
            linked.addAll(QuarkusTransaction.requiringNew().call(() -> LegalReference.getEntityManager()
                    .createQuery("select e.legalBasis, r from " + entity + " e join e.legalReference r"
                            + " where r.id in :seeded", Object[].class)
                    .setParameter("seeded", V23_REFERENCES).getResultList()));
        }
        assertThat(linked.size(), greaterThanOrEqualTo(4));
        for (Object[] row : linked) {
            LegalReference r = (LegalReference) row[1];
            LegalCitations.Citation c = LegalCitations.main(LegalCitations.parse((String) row[0])).orElseThrow();
            assertThat((String) row[0], c.number(), equalTo(r.number));
            assertThat((String) row[0], c.issuer(), equalTo(r.issuer));
            assertThat((String) row[0], c.type(), equalTo(r.type));
            if (c.issuedOn() != null) assertThat((String) row[0], c.issuedOn(), equalTo(r.issuedOn));
        }
    }

    @Test
    void brD6_aNewFreeTextLegalBasisIsParsedIntoAReferenceOnce() {
        Tokens.actAs("canbo.xa", "staff");
        String number = (100 + new java.util.Random().nextInt(800)) + "-HD/T" + UUID.randomUUID().toString().substring(0, 4);
        String text = "Chỉ thị 50-CT/TW; Hướng dẫn " + number + " ngày 05/03/2026 của Ban Tổ chức";
        String id = api().body(policyCiting(text)).post("/api/v1/policies").then().statusCode(201)
                .body("legalBasis", equalTo(text)).body("legalReference.number", equalTo(number))
                .body("legalReference.type", equalTo("HUONG_DAN")).body("legalReference.issuedOn", equalTo("2026-03-05"))
                .body("legalReference.issuer", equalTo(number.substring(number.indexOf('/') + 1)))
                .extract().path("legalReference.id");
        // cited again, even without the day: the same reference, not a second one
        api().body(policyCiting("Hướng dẫn " + number)).post("/api/v1/policies").then().statusCode(201)
                .body("legalReference.id", equalTo(id));
        api().get("/api/v1/legal-references?q=" + number).then().statusCode(200).body("total", equalTo(1));

        // just outside: a day that does not exist, or one still to come, is refused on the field
        api().body(policyCiting("Hướng dẫn " + number + " ngày 29/02/2026")).post("/api/v1/policies").then()
                .statusCode(400).body("errors[0].field", equalTo("legalBasis"))
                .body("errors[0].message", containsString("29/02/2026"));
        api().body(policyCiting("Hướng dẫn " + number + " ngày 07/12/2026")).post("/api/v1/policies").then()
                .statusCode(400).body("errors[0].field", equalTo("legalBasis"));
        api().body(policyCiting("Hướng dẫn " + number + " ngày 06/12/2026")).post("/api/v1/policies").then()
                .statusCode(201).body("legalReference.issuedOn", equalTo("2026-12-06"));
        // text citing no numbered document links nothing
        api().body(policyCiting("Theo thực tiễn địa phương")).post("/api/v1/policies").then().statusCode(201)
                .body("$", not(hasKey("legalReference")));
    }

    /** A policy of a new committee (so that none overlaps) with that legal basis. */
    private Map<String, Object> policyCiting(String legalBasis) {
        Map<String, Object> rules = PolicyBodies.basic(TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN",
                "THON_BAN_TDP"), "2020-01-01");
        rules.put("legalBasis", legalBasis);
        return rules;
    }

    private static Map<String, Object> template(UUID issuer) {
        Map<String, Object> criterion = Map.of("code", "1", "name", "Nội dung", "maxPoints", 100, "inputType", "POINTS");
        return new HashMap<>(Map.of("issuerOrganizationId", issuer.toString(), "name", "Biểu chấm có căn cứ",
                "validFrom", "2026-01-01", "meetingTypes", List.of("FORUM"), "total", 100, "goodMin", 90,
                "fairMin", 70, "averageMin", 50, "criteria", List.of(criterion)));
    }

    @Test
    void brD6_aScoringTemplateIsLinkedToAReferenceThroughTheApi() {
        Tokens.actAs("canbo.xa", "staff");
        UUID committee = TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP");
        String hd42 = "6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4201";
        Map<String, Object> body = template(committee);
        body.put("legalReferenceId", hd42);
        String id = api().body(body).post("/api/v1/scoring-templates").then().statusCode(201)
                .body("legalReference.id", equalTo(hd42)).extract().path("id");
        // edited with a free text only: the reference it cites is parsed and linked instead
        body.remove("legalReferenceId");
        body.put("legalBasis", "Hướng dẫn 12-HD/BTCTW ngày 18/01/2012");
        api().body(body).put("/api/v1/scoring-templates/{id}", id).then().statusCode(200)
                .body("legalReference.number", equalTo("12-HD/BTCTW"))
                .body("legalReference.id", equalTo("6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4202"));
        body.put("legalReferenceId", UUID.randomUUID().toString());
        api().body(body).put("/api/v1/scoring-templates/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("legalReferenceId"));

        // staff of another subtree neither link a template nor issue a policy there
        Tokens.actAs("canbo.xa", "staff");
        Map<String, Object> outside = template(org("LCH-TD"));
        outside.put("legalReferenceId", hd42);
        api().body(outside).post("/api/v1/scoring-templates").then().statusCode(403).body("code", equalTo("out-of-scope"));
        Map<String, Object> policy = PolicyBodies.basic(org("LCH-TD"), "2020-01-01");
        policy.put("legalBasis", "Hướng dẫn 42-HD/BTCTW (28/10/2025)");
        api().body(policy).post("/api/v1/policies").then().statusCode(403).body("code", equalTo("out-of-scope"));
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
