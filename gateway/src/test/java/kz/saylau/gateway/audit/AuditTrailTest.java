package kz.saylau.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** The audit trail on the real database and broker: what is recorded, that it cannot be changed, and that a change is found. */
@QuarkusTest
public class AuditTrailTest {

    @Inject
    DataSource db;

    static String login(String user, String password) {
        return "Bearer " + given().contentType(ContentType.JSON).body(Map.of("username", user, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    public static String cec() {
        return login("cec", "cec-dev-password");
    }

    static String account(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of(role),
                        "scope", role.equals("tec") ? Map.of("district", "D1") : Map.of()))
                .post("/api/auth/accounts").then().statusCode(201);
        return name;
    }

    @Test
    void aCallIsRecordedWithWhoWhatWhenAndOutcomeButNeverItsBody() {
        String observer = login(account("observer"), "a-long-password");
        String requestId = "audit-" + UUID.randomUUID();
        String name = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "secret-password-123", "roles", List.of("observer")))
                .post("/api/auth/accounts").then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", observer)
                .queryParam("subject", "/api/auth/accounts").queryParam("size", 1000).get("/api/audit").then().statusCode(200)
                .body("findAll { it.requestId == '" + requestId + "' }", hasSize(1))
                .body("find { it.requestId == '" + requestId + "' }.actor", equalTo("cec"))
                .body("find { it.requestId == '" + requestId + "' }.roles", equalTo("cec"))
                .body("find { it.requestId == '" + requestId + "' }.action", equalTo("POST /api/auth/accounts"))
                .body("find { it.requestId == '" + requestId + "' }.outcome", equalTo("201"))
                .body("find { it.requestId == '" + requestId + "' }.kind", equalTo("HTTP")));
        String all = given().header("Authorization", observer).queryParam("size", 1000).get("/api/audit").asString();
        assertFalse(all.contains("secret-password-123"), "a body never reaches the audit trail");

        // a refused write by nobody is recorded too; a failed login with the name it was tried for
        String anonymousId = "audit-anon-" + UUID.randomUUID();
        given().header("X-Request-Id", anonymousId).contentType(ContentType.JSON).body(Map.of("username", "x"))
                .post("/api/auth/accounts").then().statusCode(401);
        String guessId = "audit-guess-" + UUID.randomUUID();
        given().header("X-Request-Id", guessId).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "not-the-password")).post("/api/auth/token").then().statusCode(401);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", observer)
                .queryParam("size", 1000).queryParam("page", 0).queryParam("from", "2020-01-01T00:00:00+05:00")
                .get("/api/audit?subject=/api/auth").then().statusCode(200)
                .body("find { it.requestId == '" + anonymousId + "' }.actor", equalTo("anonymous"))
                .body("find { it.requestId == '" + anonymousId + "' }.outcome", equalTo("401")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", observer)
                .queryParam("size", 1000).get("/api/audit?subject=address").then().statusCode(200)
                .body("find { it.requestId == '" + guessId + "' }.actor", equalTo(name))
                .body("find { it.requestId == '" + guessId + "' }.action", equalTo("LOGIN"))
                .body("find { it.requestId == '" + guessId + "' }.outcome", equalTo("failure")));
    }

    /**
     * Issue 20 #18: a write the client was told is done has its audit line in the database already, so a kill -9 of
     * the gateway just after the answer loses none. Read as an insider would, at once, after each answer: the
     * service's (proxied) answers and the gateway's own.
     */
    @Test
    void anAcknowledgedWriteHasItsAuditLineCommittedBeforeTheAnswer() throws SQLException {
        String cec = cec();
        for (int i = 0; i < 20; i++) {
            String requestId = "durable-" + UUID.randomUUID();
            given().header("Authorization", cec).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                    .body(Map.of("code", "P-" + i)).post("/api/precincts").then().statusCode(201);
            assertEquals("201", committedOutcome(requestId), "proxied call " + i + ": its line is there when its answer is");
        }
        String requestId = "durable-own-" + UUID.randomUUID();
        given().header("Authorization", cec).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("username", "acc-" + UUID.randomUUID().toString().substring(0, 8), "password", "a-long-password",
                        "roles", List.of("observer")))
                .post("/api/auth/accounts").then().statusCode(201);
        assertEquals("201", committedOutcome(requestId), "the gateway's own call: its line is there when its answer is");
    }

    /** The outcome of the one committed line of this request, read from another connection (null if none). */
    private String committedOutcome(String requestId) throws SQLException {
        try (Connection c = db.getConnection();
                var q = c.prepareStatement("select outcome from audit_entry where request_id = ?")) {
            q.setString(1, requestId);
            try (var rs = q.executeQuery()) {
                String outcome = rs.next() ? rs.getString(1) : null;
                assertFalse(rs.next(), "one line per call");
                return outcome;
            }
        }
    }

    @Test
    void eachEventIsRecordedOnceWithoutItsPayload() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String election = UUID.randomUUID().toString();
        Properties props = new Properties();
        props.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        // delivered twice, then a later event of another subject on the same key (so the same partition, after them)
        String marker = "marker-" + UUID.randomUUID(); // a subject of its own, which no search for the election finds
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (String[] e : new String[][] { { eventId, election }, { eventId, election },
                    { UUID.randomUUID().toString(), marker } }) {
                ProducerRecord<String, String> r = new ProducerRecord<>("test.saylau.tallies", election,
                        "{\"electionId\":\"" + election + "\",\"personKey\":\"do-not-keep\"}");
                r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                        .add("ce_id", e[0].getBytes(StandardCharsets.UTF_8))
                        .add("ce_type", "saylau.protocol.accepted.v1".getBytes(StandardCharsets.UTF_8))
                        .add("ce_source", "/saylau/ballot-service".getBytes(StandardCharsets.UTF_8))
                        .add("ce_subject", e[1].getBytes(StandardCharsets.UTF_8))
                        .add("ce_time", "2027-02-14T20:05:00+05:00".getBytes(StandardCharsets.UTF_8));
                producer.send(r).get();
            }
        }
        String cec = cec();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", cec)
                .queryParam("subject", election).get("/api/audit").then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].eventId", equalTo(eventId)).body("[0].kind", equalTo("EVENT"))
                .body("[0].action", equalTo("saylau.protocol.accepted.v1"))
                .body("[0].actor", equalTo("/saylau/ballot-service"))
                .body("[0].occurredAt", equalTo("2027-02-14T20:05:00.000000+05:00")));
        // once the later event is in the trail, the second delivery (before it on the partition) was handled
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", cec)
                .queryParam("subject", marker).get("/api/audit").then().header("X-Total-Count", "1"));
        given().header("Authorization", cec).queryParam("subject", election).get("/api/audit").then()
                .header("X-Total-Count", "1");
        assertFalse(given().header("Authorization", cec).queryParam("subject", election).get("/api/audit").asString()
                .contains("do-not-keep"));
    }

    @Test
    void onlyCecAndObserversReadTheTrail() {
        given().get("/api/audit").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", login(account("tec"), "a-long-password")).get("/api/audit/verification")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", cec()).queryParam("from", "yesterday").get("/api/audit")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("from"));
    }

    @Test
    void theTrailIsAppendOnlyAndAnEditIsFoundByTheVerifier() throws Exception {
        String cec = cec();
        account("observer"); // at least a few lines
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", cec)
                .get("/api/audit/verification").then().statusCode(200).body("valid", equalTo(true))
                .body("entries", org.hamcrest.Matchers.greaterThan(1)));

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // the application's own role may not change or remove a line
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("update audit_entry set outcome = '200'"));
            assertEquals("42501", update.getSQLState());
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_entry"));
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_entry"));

            // someone with the owner's powers gives themselves the right and silences the guard: the chain still tells
            long seq = given().header("Authorization", cec).queryParam("size", 1).get("/api/audit").then()
                    .extract().jsonPath().getLong("[0].seq");
            String outcome = given().header("Authorization", cec).queryParam("size", 1).get("/api/audit").then()
                    .extract().jsonPath().getString("[0].outcome");
            s.execute("grant update on audit_entry to current_user");
            s.execute("alter table audit_entry disable trigger audit_entry_no_change");
            try {
                s.executeUpdate("update audit_entry set outcome = 'forged' where seq = " + seq);
                given().header("Authorization", cec).get("/api/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false)).body("brokenAt", equalTo((int) seq))
                        .body("reason", org.hamcrest.Matchers.containsString("changed"));
            } finally {
                s.executeUpdate("update audit_entry set outcome = '" + outcome + "' where seq = " + seq);
                s.execute("alter table audit_entry enable trigger audit_entry_no_change");
                s.execute("revoke update on audit_entry from current_user");
            }
            given().header("Authorization", cec).get("/api/audit/verification").then().body("valid", equalTo(true));
        }
    }

    @Test
    void theNistExportIsValidAgainstTheSchemaAndCarriesTheChain() throws Exception {
        String cec = cec();
        account("observer");
        await().atMost(Duration.ofSeconds(10)).until(() -> given().header("Authorization", cec).get("/api/audit")
                .then().extract().jsonPath().getList("$").size() > 1);
        String export = given().header("Authorization", cec).queryParam("format", "nist-1500-101")
                .queryParam("subject", "/api/auth/accounts").get("/api/audit")
                .then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        JsonNode doc = json.readTree(export);
        try (var in = AuditTrailTest.class.getResourceAsStream("/nist/NIST_V1_election_event_logging.json")) {
            var problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(doc);
            assertEquals(Set.of(), problems);
        }
        assertEquals("EventLogging.ElectionEventLog", doc.get("@type").asText());
        JsonNode gateway = null;
        for (JsonNode device : doc.get("Device")) {
            if (device.get("Id").asText().equals("saylau-gateway")) {
                gateway = device;
            }
        }
        assertTrue(gateway != null, "the calls are the gateway device's events");
        JsonNode first = json.readTree(given().header("Authorization", cec).queryParam("size", 1)
                .queryParam("subject", "/api/auth/accounts").get("/api/audit").asString()).get(0);
        JsonNode firstEvent = null;
        for (JsonNode device : doc.get("Device")) {
            for (JsonNode e : device.get("Event")) {
                if (e.get("Sequence").asText().equals(first.get("seq").asText())) {
                    firstEvent = e;
                }
            }
        }
        assertEquals(first.get("hash").asText(), firstEvent.get("Hash").asText());
        assertEquals("sha-256", gateway.get("HashType").asText());
    }
}
