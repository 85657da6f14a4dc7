package vn.chibo.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsAdmin;
import vn.chibo.testing.AsCommuneStaff;
import vn.chibo.testing.AsSecretaryAn;

@QuarkusTest
class IdentityResourceTest extends ApiTest {

    @Test
    @AsSecretaryAn
    void meNamesTheAppointmentsAndTheLinkedMember() {
        api().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("bithu.an"))
                .body("roles", hasItem("SECRETARY"))
                .body("memberId", notNullValue())
                .body("appointments[0].organizationName", equalTo("Chi bộ bản Nà Khoang"));
    }

    @Test
    @AsAdmin
    void adminIsAdminWithoutAppointments() {
        api().get("/api/v1/me").then().statusCode(200).body("roles", hasItem("ADMIN"));
    }

    @Test
    void meWithoutTokenIs401() {
        api().get("/api/v1/me").then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    @AsCommuneStaff
    void staffAppointsASecretaryInTheirCommuneAndWithdrawsIt() {
        String id = api().body(Map.of("username", "bithu.moi", "organizationId", org("LCH-BL-NN").toString(),
                "role", "SECRETARY", "validFrom", "2026-01-01")).post("/api/v1/appointments").then().statusCode(201)
                .body("organizationName", equalTo("Chi bộ bản Nà Ngập")).extract().path("id");
        api().queryParam("organizationId", org("LCH-BL")).get("/api/v1/appointments").then().statusCode(200)
                .body("items.username", hasItem("bithu.moi"));
        api().delete("/api/v1/appointments/{id}", id).then().statusCode(204);
        api().delete("/api/v1/appointments/{id}", id).then().statusCode(404);
    }

    @Test
    @AsCommuneStaff
    void staffCannotGrantAdminOrAppointOutsideTheirSubtree() {
        api().body(Map.of("username", "x", "organizationId", org("LCH-BL-NN").toString(), "role", "ADMIN",
                "validFrom", "2026-01-01")).post("/api/v1/appointments").then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().body(Map.of("username", "x", "organizationId", org("LCH-TP").toString(), "role", "STAFF",
                "validFrom", "2026-01-01")).post("/api/v1/appointments").then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().queryParam("organizationId", org("LCH-TP")).get("/api/v1/appointments").then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
    }

    @Test
    @AsSecretaryAn
    void secretaryCannotAppointOrWithdraw() {
        api().body(Map.of("username", "x", "organizationId", org("LCH-BL-NK").toString(), "role", "MEMBER",
                "validFrom", "2026-01-01")).post("/api/v1/appointments").then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        String staffAppointment = appointmentOf("canbo.tinh");
        api().delete("/api/v1/appointments/{id}", staffAppointment).then().statusCode(403)
                .body("code", equalTo("not-permitted")); // appointing is for ADMIN and STAFF (x-roles), anywhere
    }

    @Test
    @AsCommuneStaff
    void invalidAppointmentInputIsRefused() {
        api().body(Map.of("username", "", "role", "BOSS")).post("/api/v1/appointments").then().statusCode(400);
    }

    private String appointmentOf(String username) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                Appointment.<Appointment>find("username", username).firstResult().id.toString());
    }
}
