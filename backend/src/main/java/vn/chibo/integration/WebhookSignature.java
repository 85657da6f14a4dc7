package vn.chibo.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a delivery came from us, unchanged and recently: the header
 * {@value #HEADER}{@code : t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} with one {@code v1} per signing
 * secret (two while a rotated secret overlaps). The receiver recomputes the HMAC with its secret, compares in
 * constant time, and refuses a timestamp older than a few minutes (a replay).
 */
public final class WebhookSignature {
    public static final String HEADER = "Chibo-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret, shown once to whoever creates or rotates it. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String header(List<String> secrets, long unixSeconds, String body) {
        return "t=" + unixSeconds + "," + secrets.stream().map(s -> "v1=" + hmac(s, unixSeconds + "." + body))
                .collect(Collectors.joining(","));
    }

    static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
