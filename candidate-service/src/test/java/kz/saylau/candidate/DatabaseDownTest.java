package kz.saylau.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import kz.saylau.platform.testing.Tokens;

/**
 * With its database away, the service answers 503 UNAVAILABLE with Retry-After (api.md "Errors"), so a station or
 * client that retries on 503 tries again; never 500 INTERNAL. Here the service is pointed at a port where no
 * PostgreSQL listens.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
class DatabaseDownTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/saylau_candidate_test",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "quarkus.flyway.migrate-at-start", "false", "quarkus.flyway.clean-at-start", "false",
                    // nothing to check the entities against
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    // the clock reads its setting from the database at start in simulation mode
                    "saylau.simulation-mode", "false");
        }
    }

    @Test
    void readsAndWritesAre503WithRetryAfterWhileTheDatabaseIsAway() {
        given().get("/api/parties").then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("UNAVAILABLE")).header("Retry-After", "5");
        given().header("Authorization", Tokens.bearer(Tokens.cec())).contentType(ContentType.JSON)
                .body(Map.of("code", "DOWN1", "name", "Down")).post("/api/parties")
                .then().statusCode(503).body("code", equalTo("UNAVAILABLE"));
    }
}
