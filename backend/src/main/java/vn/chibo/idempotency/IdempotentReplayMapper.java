package vn.chibo.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Sends the first response again, byte for byte, marked as a replay. */
public class IdempotentReplayMapper {
    public static final String REPLAYED = "Idempotent-Replayed";

    @ServerExceptionMapper
    public Response replay(IdempotentReplay replay) {
        Response.ResponseBuilder response = Response.status(replay.status()).header(REPLAYED, "true");
        if (replay.body() == null) return response.build();
        // Bytes, not a String: a String entity with a JSON type would be written as a JSON string.
        return response.entity(replay.body().getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
