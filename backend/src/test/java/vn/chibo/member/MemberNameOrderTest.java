package vn.chibo.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.TreeFixture;

/** Member lists in Vietnamese order (given name first) and name search without diacritics, in a cell of its own. */
@QuarkusTest
@AsProvinceStaff
class MemberNameOrderTest extends ApiTest {
    /** In the order a Vietnamese list shows them; created in another order. */
    private static final List<String> IN_ORDER = List.of("Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình",
            "Đỗ Thị Dung", "Phạm Văn Đức", "Nguyễn Thị Lan", "Nguyễn Văn Tùng");

    private UUID cellWithNames() {
        UUID cell = TreeFixture.cell(TreeFixture.committee(org("LCH-BL"), "DANG_BO_BO_PHAN", "THON_BAN_TDP"));
        List<String> shuffled = new ArrayList<>(IN_ORDER);
        java.util.Collections.reverse(shuffled);
        for (String name : shuffled) {
            api().body(Map.of("fullName", name, "gender", "MALE", "admissionDate", "2018-05-19",
                            "officialDate", "2019-05-20", "organizationId", cell.toString(), "joinedOn", "2025-07-01"))
                    .post("/api/v1/members").then().statusCode(201);
        }
        return cell;
    }

    @Test
    void membersComeInVietnameseOrderAndAreFoundWithoutDiacritics() {
        UUID cell = cellWithNames();
        api().get("/api/v1/organizations/{id}/members", cell).then().statusCode(200)
                .body("items.fullName", contains(IN_ORDER.toArray()));
        api().queryParam("sort", "-name").get("/api/v1/organizations/{id}/members", cell).then().statusCode(200)
                .body("items.fullName", contains(IN_ORDER.reversed().toArray()));
        // a page boundary follows the same order
        api().queryParam("size", 3).queryParam("page", 1).get("/api/v1/organizations/{id}/members", cell).then()
                .statusCode(200).body("items.fullName", contains("Đỗ Thị Dung", "Phạm Văn Đức", "Nguyễn Thị Lan"));

        api().queryParam("q", "nguyen van").get("/api/v1/organizations/{id}/members", cell).then().statusCode(200)
                .body("items.fullName", contains("Nguyễn Văn An", "Nguyễn Văn Tùng"));
        api().queryParam("q", "Nguyễn").get("/api/v1/organizations/{id}/members", cell).then().statusCode(200)
                .body("items.fullName", contains("Nguyễn Văn An", "Nguyễn Thị Lan", "Nguyễn Văn Tùng"));
        api().queryParam("q", "DUC").get("/api/v1/organizations/{id}/members", cell).then().statusCode(200)
                .body("items.fullName", contains("Phạm Văn Đức"));
        // a word's start, not any substring: "an" finds An and Ánh, not Lan
        api().queryParam("q", "an").get("/api/v1/organizations/{id}/members", cell).then().statusCode(200)
                .body("items.fullName", containsInAnyOrder("Nguyễn Văn An", "Trần Thị Ánh"));
    }
}
