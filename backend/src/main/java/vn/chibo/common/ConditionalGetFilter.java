package vn.chibo.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional reads for {@link ConditionalGet} operations: the JSON is written here once (instead of by
 * the JSON writer after the filters), its tag goes into {@code ETag}, and when the caller already holds
 * that answer ({@code If-None-Match}) it gets 304 and no body, which is what a system polling a meeting or
 * a member list every few minutes needs.
 */
public class ConditionalGetFilter {
    private final ObjectMapper json;

    public ConditionalGetFilter(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource)
            throws JsonProcessingException {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(ConditionalGet.class)) {
            return;
        }
        // A file the resource streams (a document pack) is tagged by the resource itself, which answers 304 too.
        if (response.getHeaders().containsKey(HttpHeaders.ETAG)) return;
        // A text answer (an iCalendar feed) is tagged as it is; anything else is JSON, written here once.
        Object entity = response.getEntity();
        byte[] body = entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entity);
        String tag = EntityTags.of(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else if (!(entity instanceof String)) {
            response.setEntity(body, new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
