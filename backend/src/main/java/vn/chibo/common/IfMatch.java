package vn.chibo.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.RequestScoped;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a write is based on, as the caller named it in {@code If-Match} (RFC 9110 13.1.1): the
 * record's {@code version} as a strong entity tag, {@code "7"}. It stands beside the {@code version} of the
 * body wherever {@link Versions} checks one, so a client that keeps versions in headers (as HTTP caches and
 * many integration tools do) can send it there instead. {@code If-Match: *} names no version.
 */
@RequestScoped
public class IfMatch {
    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private Long version;

    /** Reads the header of the current request; a value that is not a quoted version is refused. */
    void read(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) return;
        Matcher m = VERSION_TAG.matcher(header.trim());
        if (!m.matches()) throw ApiException.badRequest("if-match-invalid", header.length() > 60 ? header.substring(0, 60) + "…" : header);
        version = Long.valueOf(m.group(1));
    }

    /** The version the current request's If-Match names; null outside a request or without one. */
    static Long current() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) return null;
        return arc.instance(IfMatch.class).get().version();
    }

    /** Through a method: the bean is reached through its client proxy, whose own fields are empty. */
    Long version() {
        return version;
    }
}
