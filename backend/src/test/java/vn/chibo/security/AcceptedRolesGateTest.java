package vn.chibo.security;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.testing.ApiTest;
import vn.chibo.testing.AsAdmin;
import vn.chibo.testing.AsIntegration;
import vn.chibo.testing.AsMemberAn;
import vn.chibo.testing.AsProvinceStaff;
import vn.chibo.testing.AsSecretaryAn;
import vn.chibo.testing.AsStranger;

/**
 * The roles an operation states in the contract (x-roles, from @AcceptedRoles) are enforced before the service
 * reads anything: a caller whose appointments all have other roles gets 403 not-permitted even for an
 * organisation that does not exist, while the accepted roles go on to the per-organisation checks.
 */
@QuarkusTest
class AcceptedRolesGateTest extends ApiTest {
    private static final UUID NO_SUCH_ORGANISATION = UUID.fromString("00000000-0000-0000-0000-00000000dead");

    @Test
    @AsIntegration
    void anIntegrationClientDoesNotReadTheAuditTrailNorTheVerificationQueue() {
        api().queryParam("organizationId", org("LCH")).get("/api/v1/audit").then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().queryParam("organizationId", NO_SUCH_ORGANISATION).get("/api/v1/audit").then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().get("/api/v1/organizations/{id}/verifications", org("LCH")).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().queryParam("organizationId", org("LCH")).get("/api/v1/appointments").then().statusCode(403)
                .body("code", equalTo("not-permitted"));
    }

    @Test
    @AsIntegration
    void anIntegrationClientStillChangesStructureAndReads() {
        api().post("/api/v1/organizations/{id}/alert-runs", org("LCH-BL-NK")).then().statusCode(200);
        api().get("/api/v1/organizations/{id}", org("LCH")).then().statusCode(200);
    }

    @Test
    @AsMemberAn
    void aMemberIsRefusedAStaffOperationBeforeTheOrganisationIsLookedUp() {
        api().post("/api/v1/organizations/{id}/alert-runs", org("LCH-BL-NK")).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().post("/api/v1/organizations/{id}/alert-runs", NO_SUCH_ORGANISATION).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().get("/api/v1/organizations/{id}/alerts", org("LCH-BL-NK")).then().statusCode(200);
    }

    @Test
    @AsSecretaryAn
    void aSecretaryKeepsTheCellButDoesNotRunStaffOperations() {
        api().get("/api/v1/organizations/{id}/verifications", org("LCH-BL-NK")).then().statusCode(403)
                .body("code", equalTo("not-permitted"));
        api().get("/api/v1/organizations/{id}/meetings", org("LCH-BL-NK")).then().statusCode(200);
    }

    @Test
    @AsProvinceStaff
    void staffPassTheGateAndMeetTheOrganisationChecks() {
        api().queryParam("organizationId", org("LCH")).get("/api/v1/audit").then().statusCode(200);
        api().queryParam("organizationId", NO_SUCH_ORGANISATION).get("/api/v1/audit").then().statusCode(404);
    }

    @Test
    @AsStranger
    void aCallerWithoutAppointmentsIsOutOfScopeButStillReachesWhatIsItsOwn() {
        api().get("/api/v1/organizations/{id}/alerts", org("LCH")).then().statusCode(403)
                .body("code", equalTo("out-of-scope"));
        api().get("/api/v1/me").then().statusCode(200);
        api().get("/api/v1/me/tasks").then().statusCode(200);
    }

    @Test
    @AsAdmin
    void theRealmAdministratorPassesWithoutAppointments() {
        api().queryParam("organizationId", org("LCH")).get("/api/v1/audit").then().statusCode(200);
    }
}
