package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static kz.saylau.system.SystemUnderTest.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Issue 19 #5 through the gateway and the real ballot-service: the TEC enrols a polling station's device in one
 * call (its Ed25519 key registered, its account made and signed in); a TEC of another district, or a key that is not
 * one, makes nothing; a lost device is cut off by disabling its account.
 */
class StationDeviceIT {

    static int accounts(String cec) {
        return Integer.parseInt(as(cec).queryParam("size", 1).get("/api/auth/accounts").then().statusCode(200)
                .extract().header("X-Total-Count"));
    }

    @Test
    void aStationDeviceIsEnrolledInOneCallAndCutOffByDisablingIt() throws Exception {
        ElectionFixture f = new ElectionFixture();
        String key = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPublic().getEncoded());
        String otherTec = f.account("tec", Map.of("district", "SZ" + f.run));
        int before = accounts(f.cec);
        // another district's TEC: ballot-service refuses, and no account is made
        as(otherTec).body(Map.of("precinctCode", f.precinct, "publicKey", key))
                .post("/api/auth/devices").then().statusCode(403).contentType("application/problem+json");
        as(f.tec).body(Map.of("precinctCode", f.precinct, "publicKey", "bm90IGEga2V5")).post("/api/auth/devices")
                .then().statusCode(400).body("violations[0].field", equalTo("publicKey"));
        assertEquals(before, accounts(f.cec));

        Response device = as(f.tec).body(Map.of("precinctCode", f.precinct, "publicKey", key)).post("/api/auth/devices");
        device.then().statusCode(201).body("username", startsWith("station-")).body("deviceKey.publicKey", equalTo(key));
        assertEquals(before + 1, accounts(f.cec));
        given().baseUri(GATEWAY).get("/api/precincts/" + f.precinct + "/device-key").then().statusCode(200)
                .body("fingerprint", equalTo(device.path("deviceKey.fingerprint")));
        String access = "Bearer " + device.path("access_token");
        as(access).get("/api/auth/me").then().statusCode(200).body("roles", equalTo(List.of("precinct")))
                .body("scope.precinct", equalTo(f.precinct));
        // the device acts for its precinct and nothing else
        as(access).body(Map.of("code", "SX" + f.run, "unitCode", f.unit, "name", "x", "votersOnList", 1)).post("/api/precincts")
                .then().statusCode(403);

        String username = device.path("username");
        as(f.cec).body(Map.of("enabled", false)).patch("/api/auth/accounts/" + username).then().statusCode(200);
        as(access).get("/api/auth/me").then().statusCode(401);
        given().baseUri(GATEWAY).contentType("application/json").body(Map.of("refresh_token", device.path("refresh_token")))
                .post("/api/auth/refresh").then().statusCode(401);
        // the audit trail names the TEC that enrolled the device and the CEC that cut it off
        as(f.cec).queryParam("subject", "/api/auth/devices").queryParam("size", 1000).get("/api/audit").then().statusCode(200)
                .body("findAll { it.outcome == '201' }.actor", org.hamcrest.Matchers.hasItem(startsWith("fx-tec-")));
        as(f.cec).queryParam("subject", "/api/auth/accounts/" + username).get("/api/audit").then().statusCode(200)
                .body("find { it.action == 'PATCH /api/auth/accounts/" + username + "' }.actor", equalTo("cec"));
    }
}
