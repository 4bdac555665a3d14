package kz.saylau.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Reads JSON bodies with the same answers as a body read by the framework (400 MALFORMED_REQUEST for bad JSON or the
 * wrong shape, VALIDATION_FAILED for broken constraints or a missing body): from its exact bytes, for calls that must
 * also see those bytes (signed station submissions), or one element at a time, for calls that take one object or an
 * array of them (units, precincts).
 */
@ApplicationScoped
public class JsonBodies {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public <T> T read(byte[] body, Class<T> type) throws com.fasterxml.jackson.core.JsonProcessingException {
        if (body == null || body.length == 0) {
            throw noBody();
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw e; // answered 400 MALFORMED_REQUEST by ProblemMappers, as for any body
        } catch (IOException e) {
            throw new ProblemException(400, "MALFORMED_REQUEST", "the body could not be read");
        }
        if (value == null) {
            throw noBody();
        }
        validate(value);
        return value;
    }

    /**
     * One object of a body (the body itself, or an element of its array) as {@code type}, validated; {@code what}
     * names it in the answer to a wrong shape. A null element is VALIDATION_FAILED, not a failure of the service.
     */
    public <T> T read(JsonNode node, Class<T> type, String what) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new ProblemException(400, "VALIDATION_FAILED", what + " is null",
                    List.of(new ProblemException.Violation("body", "must not be null")));
        }
        T value;
        try {
            value = mapper.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProblemException(400, "MALFORMED_REQUEST", what + " is not of the expected shape (a field of the wrong type, or a value not known)");
        }
        validate(value);
        return value;
    }

    /**
     * A body that is one object or a JSON array of them (all or none), each read as {@link #read(JsonNode, Class,
     * String)} reads it: anything else is MALFORMED_REQUEST, an empty array VALIDATION_FAILED. {@code one} and
     * {@code many} name them in the answers ("a unit", "units").
     */
    public <T> List<T> oneOrMany(JsonNode body, Class<T> type, String one, String many) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw new ProblemException(400, "MALFORMED_REQUEST", one + " object or an array of " + many + " is expected");
        }
        if (body.isEmpty() && body.isArray()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "the array of " + many + " is empty");
        }
        List<T> items = new ArrayList<>();
        for (JsonNode node : body.isArray() ? body : List.of(body)) {
            items.add(read(node, type, one));
        }
        return items;
    }

    private <T> void validate(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static ProblemException noBody() {
        return new ProblemException(400, "VALIDATION_FAILED", "the request has no body",
                List.of(new ProblemException.Violation("body", "must not be null")));
    }
}
