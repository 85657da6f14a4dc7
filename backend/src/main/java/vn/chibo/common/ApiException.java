package vn.chibo.common;

import java.util.List;

/**
 * A refusal the caller can act on. Carries a stable code, a message key resolved in the caller's
 * language, and optional field errors. Mapped to application/problem+json by {@link ProblemMapper}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldError> fieldErrors;
    private final Long currentVersion;

    public ApiException(int status, String code, String messageKey, Object[] args,
                        List<FieldError> fieldErrors, Long currentVersion) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = fieldErrors == null ? List.of() : fieldErrors;
        this.currentVersion = currentVersion;
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(400, code, code, args, List.of(), null);
    }

    /** A single-field validation error, reported like bean-validation errors. */
    public static ApiException invalidField(String field, String messageKey, Object... args) {
        return new ApiException(400, "validation-failed", "validation-failed", new Object[0],
                List.of(new FieldError(field, messageKey, args)), null);
    }

    public static ApiException notFound(String entityKey) {
        return new ApiException(404, "not-found", "not-found", new Object[] {entityKey}, List.of(), null);
    }

    /** The resource existed but no longer answers (a revoked credential, say); clients should stop asking. */
    public static ApiException gone(String code) {
        return new ApiException(410, code, code, new Object[0], List.of(), null);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(409, code, code, args, List.of(), null);
    }

    public static ApiException conflictOnField(String code, String field, Object... args) {
        return new ApiException(409, code, code, args, List.of(new FieldError(field, code + ".detail", args)), null);
    }

    public static ApiException versionConflict(long current) {
        return new ApiException(409, "version-conflict", "version-conflict", new Object[] {current}, List.of(), current);
    }

    /** An If-Match that does not name the current version (RFC 9110 13.1.1). */
    public static ApiException preconditionFailed(long current) {
        return new ApiException(412, "precondition-failed", "precondition-failed", new Object[] {current}, List.of(), current);
    }

    public static ApiException outOfScope() {
        return new ApiException(403, "out-of-scope", "out-of-scope", new Object[0], List.of(), null);
    }

    /** Not permitted, with a more specific reason than the role. */
    public static ApiException notPermittedAs(String code) {
        return new ApiException(403, code, code, new Object[0], List.of(), null);
    }

    public static ApiException notPermitted() {
        return new ApiException(403, "not-permitted", "not-permitted", new Object[0], List.of(), null);
    }

    public int status() { return status; }
    public String code() { return code; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args; }
    public List<FieldError> fieldErrors() { return fieldErrors; }
    public Long currentVersion() { return currentVersion; }

    /** A field error before its message is put into the caller's language. */
    public record FieldError(String field, String messageKey, Object[] args) {}
}
