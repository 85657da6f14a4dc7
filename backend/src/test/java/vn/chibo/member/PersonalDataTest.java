package vn.chibo.member;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.Tokens;

/**
 * BR-D5: a member's personal data (e-mail address, national identifiers) is read only by the member, the secretary of
 * their cell and committee staff of a level at or above it; supervisors and other members get the record without it.
 */
@QuarkusTest
class PersonalDataTest extends ApiTest {
    @Inject
    DataSource dataSource;

    @AfterEach
    void signOut() {
        Tokens.reset();
    }

    private record Subject(String id, String csdlId) {}

    /** A member of Nà Khoang with an e-mail address and both identifiers, created by the commune's staff. */
    private Subject memberWithPersonalData() {
        Tokens.actAs("canbo.xa", "staff");
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Hoàng Thị Riêng Tư");
        body.put("gender", "FEMALE");
        body.put("admissionDate", "2012-06-01");
        body.put("officialDate", "2013-06-02");
        body.put("organizationId", org("LCH-BL-NK").toString());
        body.put("joinedOn", "2020-01-01");
        body.put("email", "rieng.tu@example.vn");
        String csdl = MemberExternalIdsTest.newId("CSDL");
        body.put("csdlId", csdl);
        body.put("sotayId", MemberExternalIdsTest.newId("ST"));
        return new Subject(api().body(body).post("/api/v1/members").then().statusCode(201).extract().path("id"), csdl);
    }

    private void readsPersonalData(Subject s) {
        api().get("/api/v1/members/{id}", s.id()).then().statusCode(200)
                .body("email", equalTo("rieng.tu@example.vn")).body("csdlId", equalTo(s.csdlId()))
                .body("sotayId", startsWith("ST")).body("personalDataHidden", nullValue());
    }

    private void readsWithoutPersonalData(String id) {
        api().get("/api/v1/members/{id}", id).then().statusCode(200)
                .body("fullName", equalTo("Hoàng Thị Riêng Tư"))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("csdlId")))
                .body("$", not(hasKey("sotayId")))
                .body("personalDataHidden", equalTo(true));
    }

    @Test
    void brD5_theCellSecretaryAndStaffOfTheSubtreeReadPersonalData() {
        Subject s = memberWithPersonalData();
        readsPersonalData(s); // commune staff
        Tokens.actAs("canbo.tinh", "staff");
        readsPersonalData(s);
        Tokens.actAs("bithu.an", "secretary");
        readsPersonalData(s);
        Tokens.actAs("service-account-chibo-integration");
        readsPersonalData(s);
        // and the cell's secretary may look the member up by identifier
        Tokens.actAs("bithu.an", "secretary");
        api().queryParam("csdlId", s.csdlId()).get("/api/v1/organizations/{id}/members", org("LCH-BL-NK")).then()
                .statusCode(200).body("items[0].id", equalTo(s.id()));
    }

    @Test
    void brD5_supervisorsAndOtherMembersGetTheRecordWithoutPersonalData() {
        Subject s = memberWithPersonalData();
        String id = s.id();
        Tokens.actAs("giamsat", "supervisor");
        readsWithoutPersonalData(id);
        Tokens.actAs("dangvien.an", "member");
        readsWithoutPersonalData(id);
        // nor can they learn who holds an identifier by searching for it
        for (String user : List.of("giamsat", "dangvien.an")) {
            Tokens.actAs(user);
            api().queryParam("csdlId", s.csdlId()).get("/api/v1/organizations/{id}/members", org("LCH-BL-NK"))
                    .then().statusCode(403).body("code", equalTo("personal-data-restricted"));
        }
        // a secretary of another cell is outside the subtree altogether
        Tokens.actAs("bithu.binh", "secretary");
        api().get("/api/v1/members/{id}", id).then().statusCode(403).body("code", equalTo("out-of-scope"));
    }

    @Test
    void brD5_aMemberReadsTheirOwnPersonalData() {
        Tokens.actAs("dangvien.an", "member");
        api().get("/api/v1/members/{id}", memberOf("dangvien.an")).then().statusCode(200)
                .body("personalDataHidden", nullValue());
    }

    @Test
    void brD5_noCitizenIdOrPhoneIsStoredForAMember() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE UPPER(TABLE_NAME) = 'MEMBER'")) {
            while (rs.next()) columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
        assertThat(columns, hasItems("full_name", "email", "csdl_id", "sotay_id"));
        // Data minimisation: the app needs neither, so it never holds them (DOMAIN.md 18: sensitive, to be minimised).
        assertThat(columns.stream().filter(name -> name.contains("phone") || name.contains("citizen")
                || name.contains("cccd") || name.contains("cmnd") || name.contains("identity_card")).toList(), empty());
    }
}
