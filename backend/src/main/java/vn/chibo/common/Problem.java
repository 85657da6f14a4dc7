package vn.chibo.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, as every error response of the API carries it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code,
                      Long currentVersion, List<Problem.FieldMessage> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://chibo.localhost/problems/";

    public static Problem of(int status, String code, String title, String detail,
                             Long currentVersion, List<FieldMessage> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, currentVersion,
                errors == null || errors.isEmpty() ? null : errors);
    }

    public record FieldMessage(String field, String message) {}
}
