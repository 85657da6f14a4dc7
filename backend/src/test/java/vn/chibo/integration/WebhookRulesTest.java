package vn.chibo.integration;

import vn.chibo.common.DomainEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature a receiver checks, and which receiver URLs a production server accepts. */
class WebhookRulesTest {
    /** A fixed name table instead of the DNS. */
    private static final Map<String, String> HOSTS = Map.of("hook.example.vn", "203.0.113.10",
            "intranet.example.vn", "10.1.2.3", "cgnat.example.vn", "100.64.0.9", "v6local.example.vn", "fd00::1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String ip = HOSTS.get(host);
        if (ip == null) {
            if (host.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(ip)};
    }

    private static final WebhookTargets PRODUCTION = new WebhookTargets(false, false, WebhookRulesTest::resolve);

    @Test
    void theSignatureIsTheHmacOfTheTimestampAndTheBodyOncePerSecret() {
        // Against a value computed independently: echo -n "The quick brown fox..." | openssl dgst -sha256 -hmac key
        assertEquals("t=1700000000,v1=" + WebhookSignature.hmac("key", "1700000000.{}"),
                WebhookSignature.header(List.of("key"), 1_700_000_000L, "{}"));
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"));
        String two = WebhookSignature.header(List.of("new", "old"), 5, "b");
        assertEquals("t=5,v1=" + WebhookSignature.hmac("new", "5.b") + ",v1=" + WebhookSignature.hmac("old", "5.b"), two);
    }

    @Test
    void productionAcceptsHttpsOnPublicAddressesOnly() {
        assertNull(PRODUCTION.refusal("https://hook.example.vn/chibo"));
        assertEquals("webhook-url-not-https", PRODUCTION.refusal("http://hook.example.vn/chibo"));
        assertEquals("webhook-url-private", PRODUCTION.refusal("https://intranet.example.vn/hook"));
        assertEquals("webhook-url-private", PRODUCTION.refusal("https://127.0.0.1/hook"));
        assertEquals("webhook-url-private", PRODUCTION.refusal("https://169.254.169.254/latest"));
        assertEquals("webhook-url-private", PRODUCTION.refusal("https://cgnat.example.vn/hook"));
        assertEquals("webhook-url-private", PRODUCTION.refusal("https://v6local.example.vn/hook"));
        assertEquals("webhook-url-unknown-host", PRODUCTION.refusal("https://nowhere.example.vn/hook"));
        assertEquals("webhook-url-malformed", PRODUCTION.refusal("ftp://hook.example.vn/x"));
        assertEquals("webhook-url-malformed", PRODUCTION.refusal("https://user:pw@hook.example.vn/x"));
        assertEquals("webhook-url-malformed", PRODUCTION.refusal("not a url"));
    }

    @Test
    void developmentMayAllowPlainHttpAndThisMachine() {
        WebhookTargets development = new WebhookTargets(true, true, WebhookRulesTest::resolve);
        assertNull(development.refusal("http://127.0.0.1:9000/hook"));
    }

    @Test
    void eventTypesAreNamedAsCloudEventsTypes() {
        assertEquals("vn.chibo.meeting.scheduled", DomainEventType.MEETING_SCHEDULED.cloudEventType());
        assertEquals("vn.chibo.minutes.approved", DomainEventType.MINUTES_APPROVED.cloudEventType());
    }
}
