package kz.saylau.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** The error codes of the OpenAPI documents come from {@link Problems} on the resource methods, keyed as the documents write paths. */
class ProblemDocsTest {

    @Path("/api/things/")
    static class Things {
        @Problems({ "409 THING_EXISTS", "422 THING_INVALID" })
        @POST
        public void create() {
        }

        @Problems({ "409 VERSION_CONFLICT" })
        @PUT
        @Path("{id: [0-9]+}/parts/{part}")
        public void replace() {
        }

        @GET
        public void list() {
        }
    }

    static class NotACall {
        @Problems({ "409 NOPE" })
        public void helper() {
        }
    }

    @Test
    void codesAreReadFromTheResourceMethodsUnderTheirDocumentedPaths() throws Exception {
        Map<String, List<String>> codes = ProblemDocs.codes(Index.of(Things.class));
        assertEquals(Map.of("POST /api/things", List.of("409 THING_EXISTS", "422 THING_INVALID"),
                "PUT /api/things/{id}/parts/{part}", List.of("409 VERSION_CONFLICT")), codes);
    }

    @Test
    void codesOnAMethodThatIsNoCallStopTheBuild() {
        assertThrows(IllegalStateException.class, () -> ProblemDocs.codes(Index.of(NotACall.class)));
    }
}
