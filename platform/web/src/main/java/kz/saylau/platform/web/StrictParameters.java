package kz.saylau.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query and path values of dates and of named values (enums) are read strictly, and one that is not of its type is
 * 400 VALIDATION_FAILED naming the parameter (api.md "Errors"). JAX-RS would answer 404 for a query value it cannot
 * convert, which sends a client looking for a missing resource instead of its typo.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    /** A value that is not of its parameter's type; answered by {@link ProblemMappers} as 400 VALIDATION_FAILED. */
    public static class InvalidParameter extends BadRequestException {

        private final String name;
        private final String expected;

        InvalidParameter(String name, String expected) {
            super(name + ": " + expected);
            this.name = name;
            this.expected = expected;
        }

        public ProblemException problem() {
            return ProblemException.invalid(name, expected);
        }
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date, YYYY-MM-DD", LocalDate::parse);
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return (ParamConverter<T>) converter(name, "one of " + String.join(", ", names),
                    text -> Enum.valueOf((Class) type, text));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameter(name, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }
}
