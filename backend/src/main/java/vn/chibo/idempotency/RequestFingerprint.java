package vn.chibo.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * What makes two POSTs "the same request": the method, the address with its query, and the
 * arguments the operation received (the body as parsed, so spacing and key order do not matter;
 * an uploaded file by its name and bytes). Arguments that describe the exchange rather than the
 * request (headers, the URI info, the security context) are left out. SHA-256, hex.
 */
public final class RequestFingerprint {
    private final ObjectMapper json;

    public RequestFingerprint(ObjectMapper json) {
        this.json = json;
    }

    public String of(String method, String uri, Object[] arguments) {
        MessageDigest digest = sha256();
        update(digest, method);
        update(digest, uri);
        for (Object argument : arguments) {
            if (argument == null) {
                update(digest, "null");
            } else if (argument instanceof FileUpload file) {
                update(digest, "file:" + file.fileName());
                updateWithFile(digest, file);
            } else if (!describesTheExchange(argument)) {
                update(digest, serialize(argument));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean describesTheExchange(Object argument) {
        String type = argument.getClass().getName();
        return type.startsWith("jakarta.ws.rs.") || type.startsWith("io.vertx.")
                || type.startsWith("org.jboss.resteasy.reactive.server.") || type.startsWith("io.quarkus.");
    }

    private String serialize(Object argument) {
        try {
            return argument.getClass().getName() + ":" + json.writeValueAsString(argument);
        } catch (IOException e) {
            // Not expressible as JSON: its text still tells two requests apart.
            return argument.getClass().getName() + ":" + argument;
        }
    }

    private static void updateWithFile(MessageDigest digest, FileUpload file) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each part with its length first, so that ("ab", "c") and ("a", "bc") differ. */
    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
