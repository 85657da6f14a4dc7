package vn.chibo.common;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A malformed identifier, date or code in a path or query is the caller's mistake: 400 with a
 * message naming the bad value, never the 404 the framework would give by default.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(UUID::fromString, "malformed-id");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(LocalDate::parse, "malformed-date");
        }
        if (rawType == YearMonth.class) {
            return (ParamConverter<T>) converter(YearMonth::parse, "malformed-month");
        }
        if (rawType.isEnum()) {
            String allowed = Arrays.stream(rawType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(value -> Enum.valueOf((Class) rawType, value), "malformed-code", allowed);
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse, String code, Object... extra) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) return null;
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    Object[] args = new Object[extra.length + 1];
                    args[0] = value.length() > 40 ? value.substring(0, 40) : value;
                    System.arraycopy(extra, 0, args, 1, extra.length);
                    throw ApiException.badRequest(code, args);
                }
            }

            @Override
            public String toString(V value) {
                return value.toString();
            }
        };
    }
}
