package vn.chibo.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsCommuneStaff;

/**
 * Issue 11: a query parameter an operation does not read is refused on every operation (a typo would
 * otherwise return unfiltered data as if filtered), naming it and listing what the operation accepts;
 * what it accepts is read from the operation's own declaration, paging included.
 */
@QuarkusTest
class UnknownQueryParameterTest extends ApiTest {

    @Test
    @AsCommuneStaff
    void aMisspeltFilterIsRefusedNamingItAndTheAcceptedOnes() {
        api().queryParam("stauts", "OFFICIAL").get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("stauts")).body("errors[0].message", containsString("status"))
                .body("errors[0].message", containsString("size"));
        api().queryParam("status", "OFFICIAL").queryParam("size", 5).get("/api/v1/organizations/{id}/members", org("LCH-BL-NK"))
                .then().statusCode(200);
    }

    @Test
    @AsCommuneStaff
    void everyKindOfOperationRefusesWhatItDoesNotRead() {
        api().queryParam("parent", org("LCH-BL")).get("/api/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("parent")).body("errors[0].message", containsString("parentId"));
        api().queryParam("verbose", "true").get("/api/v1/organizations/{id}", org("LCH-BL")).then().statusCode(400)
                .body("errors[0].field", equalTo("verbose"));
        api().queryParam("period", "2026-11").get("/api/v1/organizations/{id}/dashboard", org("LCH-BL")).then()
                .statusCode(200);
    }

    @Test
    void aCallerWithoutATokenIsToldToSignInFirst() {
        io.restassured.RestAssured.given().queryParam("nonsense", 1).get("/api/v1/organizations").then().statusCode(401);
    }
}
