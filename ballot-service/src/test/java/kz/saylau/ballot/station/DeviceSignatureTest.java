package kz.saylau.ballot.station;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.Tokens;

/** Signed station submissions with the default setting: signatures are optional, but one that is sent must be right. */
@QuarkusTest
class DeviceSignatureTest {

    static String turnout(int issued) {
        return "{\"asOf\":\"2030-01-01T10:00:00+05:00\",\"ballotsIssued\":" + issued + "}";
    }

    static String protocol(BallotFixture f) {
        return "{\"votersOnList\":1000,\"ballotsReceived\":1000,\"ballotsIssued\":700,\"ballotsCancelled\":300,"
                + "\"ballotsInBox\":700,\"invalidBallots\":8,\"againstAll\":10,\"votes\":["
                + "{\"candidateId\":\"" + f.candidates.get(0) + "\",\"votes\":400},"
                + "{\"candidateId\":\"" + f.candidates.get(1) + "\",\"votes\":200},"
                + "{\"candidateId\":\"" + f.candidates.get(2) + "\",\"votes\":82}]}";
    }

    static Response send(String token, String path, String body, String signature) {
        var request = given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(body);
        if (signature != null) {
            request.header("Saylau-Signature", signature);
        }
        return request.post(path);
    }

    static void register(String token, String precinct, String publicKey, int status) {
        given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("publicKey", publicKey)).put("/api/precincts/" + precinct + "/device-key")
                .then().statusCode(status);
    }

    @Test
    void aStationRegistersItsKeyAndItsSignaturesAreCheckedAndKept() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 900);
        String a = f.precincts.get(0), b = f.precincts.get(1);
        StationKeys device = new StationKeys();
        String station = BallotFixture.station(a);

        // who may register: the station itself, or the TEC of its district; the key must be an Ed25519 key
        register(BallotFixture.station(b), a, device.rawPublicKey(), 403);
        register(f.otherTec, a, device.rawPublicKey(), 403);
        given().header("Authorization", Tokens.bearer(station)).contentType(ContentType.JSON).body(Map.of("publicKey", "AAAA"))
                .put("/api/precincts/" + a + "/device-key").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("publicKey"));
        given().get("/api/precincts/" + a + "/device-key").then().statusCode(404);
        register(station, a, device.rawPublicKey(), 200);
        given().get("/api/precincts/" + a + "/device-key").then().statusCode(200).body("algorithm", equalTo("Ed25519"))
                .body("publicKey", equalTo(device.x509PublicKey())).body("registeredBy", equalTo("pec-" + a));

        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(2)));
        String turnoutPath = "/api/elections/" + f.election + "/precincts/" + a + "/turnout";
        send(station, turnoutPath, turnout(50), device.sign(turnout(50))).then().statusCode(201);
        // signed, but not these bytes: refused before anything is read or stored
        send(station, turnoutPath, turnout(60), device.sign(turnout(61))).then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("SIGNATURE_INVALID"));
        send(station, turnoutPath, turnout(60), new StationKeys().sign(turnout(60))).then().statusCode(401)
                .body("code", equalTo("SIGNATURE_INVALID"));
        // a wrong signature is refused even on malformed JSON: 401 comes before 400
        send(station, turnoutPath, "{not json", "AAAA").then().statusCode(401).body("code", equalTo("SIGNATURE_INVALID"));
        // unsigned is accepted while the setting is off
        send(station, turnoutPath, turnout(60), null).then().statusCode(201).body("ballotsIssued", equalTo(60));
        // a precinct without a registered key cannot send a signature that means anything
        send(BallotFixture.station(b), "/api/elections/" + f.election + "/precincts/" + b + "/turnout", turnout(5),
                device.sign(turnout(5))).then().statusCode(401).body("code", equalTo("SIGNATURE_INVALID"));

        BallotFixture.clock(f.pollsClose().plusSeconds(60));
        String protocolPath = "/api/elections/" + f.election + "/precincts/" + a + "/protocol";
        String body = protocol(f);
        String signature = device.sign(body);
        send(station, protocolPath, body, device.sign(body.replace("\"votes\":400", "\"votes\":401"))).then().statusCode(401);
        send(station, protocolPath, body, signature).then().statusCode(201).body("version", equalTo(1));
        given().get(protocolPath).then().statusCode(200).body("deviceSignature", equalTo(signature));
        // a replaced device: the new key checks from now on
        StationKeys replacement = new StationKeys();
        register(f.tec, a, replacement.x509PublicKey(), 200);
        given().get("/api/precincts/" + a + "/device-key").then().body("publicKey", equalTo(replacement.x509PublicKey()))
                .body("registeredBy", equalTo("tec-" + f.run));
        send(station, protocolPath, body, signature).then().statusCode(401).body("code", equalTo("SIGNATURE_INVALID"));
        send(station, protocolPath, body, replacement.sign(body)).then().statusCode(200);
        String bPath = "/api/elections/" + f.election + "/precincts/" + b + "/protocol";
        send(BallotFixture.station(b), bPath, protocol(f).replace("\"votersOnList\":1000", "\"votersOnList\":900"), null).then().statusCode(201);
        given().get(bPath).then().statusCode(200).body("deviceSignature", nullValue());
    }
}
