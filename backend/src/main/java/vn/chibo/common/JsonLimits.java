package vn.chibo.common;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The hard limits on JSON bodies ({@link ChiboConfig.Json}) as the caller sees them: a body announced
 * as too long is refused before it is read at all, and a body the parser stopped reading
 * ({@link JsonReadConstraints}) gets the problem that names the limit it broke.
 */
@ApplicationScoped
public class JsonLimits {
    private final ChiboConfig.Json limits;

    public JsonLimits(ChiboConfig config) {
        this.limits = config.json();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseAnnouncedTooLarge(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (json && request.getLength() > limits.maxBodyBytes()) throw tooLarge();
    }

    /** The problem for a body the parser stopped reading: which limit it broke, in the caller's terms. */
    ApiException refusal(StreamConstraintsException e) {
        String broken = String.valueOf(e.getMessage());
        if (broken.contains("getMaxNestingDepth")) return ApiException.badRequest("json-too-deep", limits.maxNestingDepth());
        if (broken.contains("getMaxStringLength")) return ApiException.badRequest("json-string-too-long", limits.maxStringChars());
        return tooLarge();
    }

    private ApiException tooLarge() {
        return new ApiException(413, "json-too-large", "json-too-large", new Object[] {limits.maxBodyBytes()}, null, null);
    }
}
