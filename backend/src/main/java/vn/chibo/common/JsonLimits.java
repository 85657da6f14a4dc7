package vn.chibo.common;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The hard limits on JSON bodies ({@link ChiboConfig.Json}) as the caller sees them: a body announced
 * as too long is refused before it is read at all, and a body the parser stopped reading gets the
 * problem that names the limit it broke. The limits are read from the parser itself, where
 * {@link JsonReadConstraints} put them: one reading of the configuration for both.
 */
@ApplicationScoped
public class JsonLimits {
    private final StreamReadConstraints limits;

    public JsonLimits(ObjectMapper mapper) {
        this.limits = mapper.getFactory().streamReadConstraints();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseAnnouncedTooLarge(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (json && request.getLength() > limits.getMaxDocumentLength()) throw tooLarge();
    }

    /** The problem for a body the parser stopped reading: which limit it broke, in the caller's terms. */
    ApiException refusal(StreamConstraintsException e) {
        String broken = String.valueOf(e.getMessage());
        if (broken.contains("getMaxNestingDepth")) return ApiException.badRequest("json-too-deep", limits.getMaxNestingDepth());
        if (broken.contains("getMaxStringLength")) return ApiException.badRequest("json-string-too-long", limits.getMaxStringLength());
        return tooLarge();
    }

    private ApiException tooLarge() {
        return new ApiException(413, "json-too-large", "json-too-large", new Object[] {limits.getMaxDocumentLength()}, null, null);
    }
}
