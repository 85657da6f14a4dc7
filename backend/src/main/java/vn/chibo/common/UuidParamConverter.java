package vn.chibo.common;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/** A malformed identifier in a path or query is the caller's mistake: 400, not 404 or 500. */
@Provider
public class UuidParamConverter implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) return null;
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                if (value == null || value.isBlank()) return null;
                try {
                    return UUID.fromString(value.trim());
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("malformed-id", value.length() > 40 ? value.substring(0, 40) : value);
                }
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }
}
