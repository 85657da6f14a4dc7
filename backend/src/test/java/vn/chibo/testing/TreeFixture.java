package vn.chibo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fresh committees and cells built through the API (so the caller must be allowed to), for tests that need their own subtree. */
public final class TreeFixture {
    private TreeFixture() {}

    public static UUID committee(UUID parent, String typeCode, String categoryCode) {
        return create("Đảng bộ thử", typeCode, categoryCode, parent);
    }

    public static UUID cell(UUID parent) {
        return create("Chi bộ bản thử", "CHI_BO_TRUC_THUOC", "THON_BAN_TDP", parent);
    }

    /** A commune committee with that many cells, whose ids are added to {@code cellIds}. */
    public static UUID commune(UUID parent, int cells, List<UUID> cellIds) {
        UUID commune = committee(parent, "DANG_BO_XA", "XA");
        for (int i = 0; i < cells; i++) cellIds.add(cell(commune));
        return commune;
    }

    private static UUID create(String name, String typeCode, String categoryCode, UUID parent) {
        Object id = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("name", ApiTest.unique(name), "typeCode", typeCode, "categoryCode", categoryCode,
                        "parentId", parent.toString(), "validFrom", "2020-01-01"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id.toString());
    }
}
