package vn.chibo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A one-criterion score sheet for regular meetings (100 points typed in; Tốt from 90, Khá from 70, Trung bình from
 * 50) issued by an organisation through the API, so a test controls a meeting's rating by the points it gives.
 */
public final class TemplateFixture {
    private TemplateFixture() {}

    /** Issues the sheet for the period (validTo null: open-ended) and returns its id. */
    public static UUID points(UUID issuer, String name, String validFrom, String validTo) {
        Map<String, Object> body = new HashMap<>(Map.of("issuerOrganizationId", issuer.toString(), "name", name,
                "validFrom", validFrom, "meetingTypes", List.of("REGULAR"), "total", 100, "goodMin", 90, "fairMin", 70,
                "averageMin", 50, "criteria", List.of(Map.of("code", "1", "name", "Chất lượng chung", "maxPoints", 100,
                        "inputType", "POINTS"))));
        if (validTo != null) body.put("validTo", validTo);
        Object id = given().contentType(ContentType.JSON).body(body).post("/api/v1/scoring-templates").then()
                .statusCode(201).extract().path("id");
        return UUID.fromString(id.toString());
    }

    /** Saves the cell's self-score of a held meeting on such a sheet: the one criterion at these points. */
    public static void selfScore(UUID meetingId, int points) {
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "scores",
                        List.of(Map.of("code", "1", "points", points)))).put("/api/v1/meetings/{id}/evaluation", meetingId)
                .then().statusCode(200);
    }
}
