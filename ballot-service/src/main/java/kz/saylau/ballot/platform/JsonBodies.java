package kz.saylau.ballot.platform;

import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ProblemMappers;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Reads a JSON body from its exact bytes, for calls that must also see those bytes (signed station submissions),
 * with the same answers as a body read by the framework: 400 MALFORMED_REQUEST for bad JSON, VALIDATION_FAILED for
 * broken constraints.
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
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private static ProblemException noBody() {
        return new ProblemException(400, "VALIDATION_FAILED", "the request has no body",
                List.of(new ProblemException.Violation("body", "must not be null")));
    }
}
