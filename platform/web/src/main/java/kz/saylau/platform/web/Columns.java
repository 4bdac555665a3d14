package kz.saylau.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A native query's {@code date} and {@code timestamptz} columns as java.time values: the driver and Hibernate hand
 * them over as {@code java.sql.Date}/{@code Timestamp}, {@code LocalDate}, {@code Instant} or {@code OffsetDateTime},
 * depending on the query.
 */
public final class Columns {

    private Columns() {
    }

    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp column: " + (value == null ? "null" : value.getClass()));
    }
}
