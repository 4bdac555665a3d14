package kz.saylau.ballot.station;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kz.saylau.ballot.platform.BallotFixture;

/** With {@code require-device-signature} on, nothing unsigned or badly signed from a station is taken. */
@QuarkusTest
@TestProfile(RequiredDeviceSignatureTest.Required.class)
class RequiredDeviceSignatureTest {

    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("saylau.stations.require-device-signature", "true");
        }
    }

    @Test
    void unsignedAndBadlySignedSubmissionsAre401AndOnlyTheDevicesSignatureIsTaken() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000);
        String a = f.precincts.get(0);
        String station = BallotFixture.station(a);
        StationKeys device = new StationKeys();
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(1)));
        String turnoutPath = "/api/elections/" + f.election + "/precincts/" + a + "/turnout";
        String turnout = DeviceSignatureTest.turnout(40);
        // no key yet, nothing signed: refused
        DeviceSignatureTest.send(station, turnoutPath, turnout, null).then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("SIGNATURE_INVALID"));
        DeviceSignatureTest.register(station, a, device.rawPublicKey(), 200);
        DeviceSignatureTest.send(station, turnoutPath, turnout, null).then().statusCode(401).body("code", equalTo("SIGNATURE_INVALID"));
        DeviceSignatureTest.send(station, turnoutPath, turnout, "").then().statusCode(401);
        DeviceSignatureTest.send(station, turnoutPath, turnout, new StationKeys().sign(turnout)).then().statusCode(401);
        DeviceSignatureTest.send(station, turnoutPath, turnout, device.sign(turnout)).then().statusCode(201);

        BallotFixture.clock(f.pollsClose().plusSeconds(60));
        String protocolPath = "/api/elections/" + f.election + "/precincts/" + a + "/protocol";
        String body = DeviceSignatureTest.protocol(f);
        DeviceSignatureTest.send(station, protocolPath, body, null).then().statusCode(401).body("code", equalTo("SIGNATURE_INVALID"));
        DeviceSignatureTest.send(station, protocolPath, body, device.sign(body)).then().statusCode(201);
    }
}
