package kz.saylau.gateway.account;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.platform.testing.Race;

/**
 * Many clients create the same account at once: the unique index, not the look-up before it, decides. Exactly one
 * gets 201; every other is a 409 (ACCOUNT_EXISTS, or CONCURRENT_CHANGE when the index caught the race), never a 500,
 * and one account is left.
 */
@QuarkusTest
class AccountRaceTest {

    private static final int CLIENTS = 24;

    private static String cec() {
        return "Bearer " + given().contentType(ContentType.JSON).body(Map.of("username", "cec", "password", "cec-dev-password"))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    @jakarta.inject.Inject
    AccountService accounts;

    /**
     * Issue 18: the cluster topology starts two gateways on a new database at once. Each seeds the cec account on
     * start; both must start, and one account is left (before, the second failed on the primary key and never started).
     */
    @Test
    void gatewaysStartingTogetherOnANewDatabaseSeedOneCecAccount() throws Exception {
        try (var db = kz.saylau.platform.testing.Insider.connect(); var st = db.createStatement()) {
            st.executeUpdate("delete from refresh_token where username = 'cec'");
            st.executeUpdate("delete from account where username = 'cec'");
        }
        List<Boolean> started = Race.of(4, () -> {
            accounts.seed(null);
            return true;
        });
        org.junit.jupiter.api.Assertions.assertEquals(List.of(true, true, true, true), started);
        try (var db = kz.saylau.platform.testing.Insider.connect(); var st = db.createStatement();
                var rs = st.executeQuery("select count(*) from account where username = 'cec'")) {
            rs.next();
            org.junit.jupiter.api.Assertions.assertEquals(1, rs.getInt(1));
        }
        cec();   // and it signs in with the configured password
    }

    @Test
    void racingCreationsOfOneAccountGiveOne201AndOnly409s() throws Exception {
        String cec = cec();
        String name = "race-" + UUID.randomUUID().toString().substring(0, 8);
        List<Response> answers = Race.of(CLIENTS, () -> given().header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("observer")))
                .post("/api/auth/accounts"));
        Race.assertOneCreated(answers, "ACCOUNT_EXISTS", "CONCURRENT_CHANGE");
        given().header("Authorization", cec).get("/api/auth/accounts/" + name).then().statusCode(200);
    }
}
