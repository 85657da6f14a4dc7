package vn.chibo.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem in the caller's language. Nothing internal (stack
 * traces, class names, SQL) ever reaches the response.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final RateLimits rateLimits;
    private final JsonLimits jsonLimits;

    public ProblemMapper(RateLimits rateLimits, JsonLimits jsonLimits) {
        this.rateLimits = rateLimits;
        this.jsonLimits = jsonLimits;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers) {
        Locale locale = Messages.of(headers);
        List<Problem.FieldMessage> errors = e.fieldErrors().stream()
                .map(f -> new Problem.FieldMessage(f.field(), Messages.get(locale, f.messageKey(), f.args())))
                .toList();
        String detail = "validation-failed".equals(e.messageKey())
                ? Messages.get(locale, "validation-failed.detail", errors.size())
                : Messages.get(locale, e.messageKey() + ".detail", e.args());
        return respond(Problem.of(e.status(), e.code(), Messages.get(locale, e.code()), detail,
                e.currentVersion(), errors));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.FieldMessage> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.FieldMessage(fieldOf(v), v.getMessage()))
                .toList();
        return invalid(headers, errors);
    }

    @ServerExceptionMapper
    public Response jsonLimit(StreamConstraintsException e, HttpHeaders headers) {
        return api(jsonLimits.refusal(e), headers);
    }

    @ServerExceptionMapper
    public Response jsonSyntax(JsonParseException e, HttpHeaders headers) {
        return simple(headers, 400, "malformed-json");
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpHeaders headers) {
        return jsonMapping(e, headers);
    }

    @ServerExceptionMapper
    public Response jsonFormat(InvalidFormatException e, HttpHeaders headers) {
        return jsonMapping(e, headers);
    }

    @ServerExceptionMapper
    public Response jsonInstantiation(ValueInstantiationException e, HttpHeaders headers) {
        return jsonMapping(e, headers);
    }

    @ServerExceptionMapper
    public Response jsonMappingGeneric(JsonMappingException e, HttpHeaders headers) {
        return jsonMapping(e, headers);
    }

    @ServerExceptionMapper
    public Response jsonOther(JsonProcessingException e, HttpHeaders headers) {
        return simple(headers, 400, "malformed-json");
    }

    @ServerExceptionMapper
    public Uni<Response> unauthenticated(UnauthorizedException e, HttpHeaders headers, ContainerRequestContext request) {
        return refusedSignIn(headers, request);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, HttpHeaders headers,
                                              ContainerRequestContext request) {
        if (identityProviderUnreachable(e)) return Uni.createFrom().item(simple(headers, 503, "identity-provider-unavailable"));
        return refusedSignIn(headers, request);
    }

    /** A call without a valid token costs its address's budget: 401, or 429 once that is spent. */
    private Uni<Response> refusedSignIn(HttpHeaders headers, ContainerRequestContext request) {
        return rateLimits.spendAnonymous(request)
                .map(tooMany -> tooMany != null ? tooMany : simple(headers, 401, "unauthenticated"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return simple(headers, 403, "not-permitted");
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers) {
        return api(PersistenceConflicts.of(e).orElseGet(() -> ApiException.conflict("concurrent-change")), headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        // The framework wraps body and parameter conversion failures: answer for the real cause.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) return api(api, headers);
            if (cause instanceof StreamConstraintsException limit) return jsonLimit(limit, headers);
            if (cause instanceof JsonParseException) return simple(headers, 400, "malformed-json");
            if (cause instanceof JsonMappingException mapping) return jsonMapping(mapping, headers);
        }
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "not-permitted";
            case 404 -> "not-found-path";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
        if (status >= 500) LOG.error("Request failed", e);
        return simple(headers, status, code);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (identityProviderUnreachable(e)) return simple(headers, 503, "identity-provider-unavailable");
        java.util.Optional<ApiException> conflict = PersistenceConflicts.of(e);
        if (conflict.isPresent()) return api(conflict.get(), headers);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api, headers);
            }
            if (cause instanceof java.io.IOException io && "Request too large".equals(io.getMessage())) {
                return simple(headers, 413, "too-large");
            }
            if (cause instanceof org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException) {
                return simple(headers, 400, "malformed-multipart");
            }
        }
        LOG.error("Unexpected failure", e);
        return simple(headers, 500, "internal-error");
    }

    /**
     * Keycloak could not be reached, or did not answer in time, while the token's keys were needed:
     * the token may well be valid, so this is "try again", not "sign in again".
     */
    private static boolean identityProviderUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.quarkus.oidc.OIDCException || cause instanceof java.net.ConnectException
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private Response jsonMapping(JsonMappingException e, HttpHeaders headers) {
        if (e.getCause() instanceof StreamConstraintsException limit) return jsonLimit(limit, headers);
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        Locale locale = Messages.of(headers);
        if (field.isEmpty()) {
            return simple(headers, 400, "malformed-json");
        }
        String message = Messages.get(locale, "field.wrong-type");
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            message = Messages.get(locale, "field.unknown-value", allowed);
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().getName().startsWith("java.time")) {
            message = Messages.get(locale, format.getTargetType() == java.time.LocalDate.class
                    ? "field.date-format" : "field.datetime-format");
        }
        return invalid(headers, List.of(new Problem.FieldMessage(field, message)));
    }

    private Response invalid(HttpHeaders headers, List<Problem.FieldMessage> errors) {
        Locale locale = Messages.of(headers);
        return respond(Problem.of(400, "validation-failed", Messages.get(locale, "validation-failed"),
                Messages.get(locale, "validation-failed.detail", errors.size()), null, errors));
    }

    private Response simple(HttpHeaders headers, int status, String code) {
        Locale locale = Messages.of(headers);
        return respond(Problem.of(status, code, Messages.get(locale, code),
                Messages.get(locale, code + ".detail"), null, null));
    }

    private static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        // A busy or unavailable service is worth retrying soon: say when.
        if (problem.status() == 503) response.header("Retry-After", "2");
        return response.build();
    }

    /** "createMember.body.fullName" -> "fullName"; "list.paging.size" -> "size". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
