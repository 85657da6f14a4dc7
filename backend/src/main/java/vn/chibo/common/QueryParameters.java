package vn.chibo.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
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

    /** An optional enum filter: blank is none, anything but a constant's name is a 400 naming the parameter. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "field.unknown-value",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
