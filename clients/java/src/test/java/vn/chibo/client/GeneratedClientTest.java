package vn.chibo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.client.api.MeetingsApi;
import vn.chibo.client.api.MembersApi;
import vn.chibo.client.api.OrganizationsApi;
import vn.chibo.client.model.Meeting;
import vn.chibo.client.model.MeetingCreate;
import vn.chibo.client.model.MeetingType;
import vn.chibo.client.model.OrganizationSummary;

/**
 * Issue 11: what an integrator does with the client OpenAPI Generator makes from openapi.yaml, against the
 * running stack of test.sh (real Keycloak, packaged backend, living demo): a token by client credentials,
 * the organisation tree, the members of a cell as of a day (the parameter {@code on} that YAML 1.1 once
 * turned into {@code true}), and a meeting scheduled and read back. Run by test.sh with
 * {@code -Dchibo.api-url} and {@code -Dchibo.keycloak-url}; the default build only compiles it.
 */
class GeneratedClientTest {
    private static final String API = System.getProperty("chibo.api-url", "");
    private static final String KEYCLOAK = System.getProperty("chibo.keycloak-url", "");
    private static final String CLIENT_ID = System.getProperty("chibo.client-id", "chibo-integration");
    private static final String CLIENT_SECRET = System.getProperty("chibo.client-secret", "chibo-integration-secret");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @Test
    void anIntegratorReadsTheTreeListsMembersAsOfADayAndSchedulesAMeetingWithClientCredentials() throws Exception {
        assertFalse(API.isBlank() || KEYCLOAK.isBlank(), "run with -Dchibo.api-url=... -Dchibo.keycloak-url=...");
        String token = clientCredentialsToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(API);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        OrganizationsApi organizations = new OrganizationsApi(client);
        OrganizationSummary province = organizations.listOrganizations(null, null, "Lai Châu", null, null, 0, 20, null, null, null)
                .getItems().stream().filter(o -> o.getParentId() == null).findFirst().orElseThrow();
        assertFalse(organizations.listOrganizations(province.getId(), null, null, null, null, 0, 50, null, null, null).getItems().isEmpty(),
                "the province's committees");
        OrganizationSummary cell = organizations.listOrganizations(null, province.getId(), "Trạm Y tế", true, null, 0, 20, null, null, null)
                .getItems().getFirst();

        MembersApi members = new MembersApi(client);
        long now = members.listMembers(cell.getId(), null, null, false, null, 0, 50, null, null, null, null).getTotal();
        long before = members.listMembers(cell.getId(), null, null, false, LocalDate.of(2000, 1, 1), 0, 50, null, null, null, null).getTotal();
        assertTrue(now > 0, "members today");
        assertEquals(0, before, "no member in 2000: the day was sent and used");

        // A week after the day the token was issued (the identity provider's clock: the test never reads its own).
        OffsetDateTime start = issuedOn(token).plusDays(7).atTime(8, 0).atOffset(VIETNAM);
        String title = "Chuyên đề từ hệ thống khác " + UUID.randomUUID().toString().substring(0, 8);
        MeetingsApi meetings = new MeetingsApi(client);
        MeetingCreate create = new MeetingCreate().type(MeetingType.TOPICAL).title(title).scheduledStart(start)
                .place("Hội trường trạm y tế");
        String idempotencyKey = UUID.randomUUID().toString();
        Meeting scheduled = meetings.scheduleMeeting(cell.getId(), create, idempotencyKey);
        // Sent again with the same key (as after a lost answer): the same meeting, not a second one.
        assertEquals(scheduled.getId(), meetings.scheduleMeeting(cell.getId(), create, idempotencyKey).getId());
        Meeting read = meetings.getMeeting(scheduled.getId(), null);
        assertEquals(title, read.getTitle());
        assertEquals(MeetingType.TOPICAL, read.getType());
        assertEquals(cell.getId(), read.getOrganizationId());
    }

    private static String clientCredentialsToken() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/chibo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private static LocalDate issuedOn(String token) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        long issuedAt = new ObjectMapper().readTree(payload).get("iat").asLong();
        return Instant.ofEpochSecond(issuedAt).atOffset(VIETNAM).toLocalDate();
    }
}
