package vn.chibo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness says DOWN, quickly, when the identity provider is silent or gone. */
class IdentityProviderKeysCheckTest {

    @Test
    void aSilentIdentityProviderIsDownWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            HealthCheckResponse response = new IdentityProviderKeysCheck(
                    "http://127.0.0.1:" + silent.getLocalPort() + "/realms/chibo").call();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertTrue(millis < 5_000, "bounded by the timeout, took " + millis + " ms");
        }
    }

    @Test
    void anUnreachableIdentityProviderIsDown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertEquals(HealthCheckResponse.Status.DOWN,
                new IdentityProviderKeysCheck("http://127.0.0.1:" + port + "/realms/chibo/").call().getStatus());
    }
}
