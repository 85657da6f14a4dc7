package vn.chibo.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsSecretaryAn;

@QuarkusTest
class AuditResourceTest extends ApiTest {

    @Test
    @AsCommuneStaff
    void brD5_everyChangeIsAuditedAndReadableByStaffOfTheSubtree() {
        String id = api().body(Map.of("name", unique("Chi bộ kiểm tra"), "typeCode", "CHI_BO_TRUC_THUOC",
                "categoryCode", "THON_BAN_TDP", "parentId", org("LCH-BL").toString()))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        api().queryParam("organizationId", org("LCH-BL")).queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("canbo.xa"))
                .body("items[0].entityType", equalTo("Organization"));
        api().queryParam("organizationId", org("LCH-BL")).get("/api/v1/audit").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    @AsCommuneStaff
    void auditOfAnotherSubtreeIsOutOfScope() {
        api().queryParam("organizationId", org("LCH-TP")).get("/api/v1/audit").then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsSecretaryAn
    void brD5_secretariesDoNotReadTheAuditTrail() {
        api().queryParam("organizationId", org("LCH-BL-NK")).get("/api/v1/audit").then().statusCode(403)
                .body("code", equalTo("not-permitted"));
    }

    @Test
    @AsCommuneStaff
    void theOrganisationIsRequired() {
        api().get("/api/v1/audit").then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
    }
}
