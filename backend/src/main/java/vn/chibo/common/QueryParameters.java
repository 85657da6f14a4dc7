package vn.chibo.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** Checks on the query string as a whole. */
public final class QueryParameters {
    private QueryParameters() {}

    /** A misspelt filter silently ignored would show (or export) wrong figures as if they were right: refuse it. */
    public static void requireKnown(UriInfo uri, Set<String> known) {
        for (String name : uri.getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw ApiException.invalidField(name.length() > 40 ? name.substring(0, 40) : name, "unknown-parameter",
                        String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
