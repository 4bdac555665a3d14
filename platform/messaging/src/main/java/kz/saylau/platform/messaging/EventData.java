package kz.saylau.platform.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Required fields of an event's data (events.md). A field that is missing or malformed throws
 * {@link IllegalArgumentException}, which the inbox records as REJECTED with this message: a consumer never guesses
 * a value the producer did not send.
 */
public final class EventData {

    private EventData() {
    }

    public static String text(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null) {
            throw new IllegalArgumentException("the event has no " + field);
        }
        return value;
    }

    public static UUID uuid(JsonNode data, String field) {
        String value = text(data, field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a UUID");
        }
    }

    public static Instant instant(JsonNode data, String field) {
        try {
            return OffsetDateTime.parse(text(data, field)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an instant");
        }
    }
}
