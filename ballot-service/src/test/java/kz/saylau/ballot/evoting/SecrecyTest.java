package kz.saylau.ballot.evoting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;
import kz.saylau.ballot.evoting.crypto.Forged;
import kz.saylau.ballot.evoting.crypto.Trustees;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/**
 * R-V2 attacked (issue 16): 36 voters cast known choices in a shuffled order, some encrypted by the service and some
 * on their own devices; an insider reads every table of the ballot database with its system columns, the outbox and
 * every topic, during voting, after the box is tallied, and after the trustees' count, and tries to name each
 * voter's choice by joining on transaction ids and token hashes, by write order, and by any stored value. No attack
 * may beat chance. The e-box counts the trustees' decryption gives must equal the true counts.
 */
@QuarkusTest
class SecrecyTest {

    static final List<String> TOPICS = List.of("test.saylau.ballots", "test.saylau.tallies", "test.saylau.elections");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    VoterKeySettings voterKey;

    @Test
    void R_V2_anInsiderWithTheDatabaseTheOutboxAndTheTopicsCannotNameAnyVotersChoice() throws Exception {
        List<KafkaConsumer<String, String>> topics = TOPICS.stream().map(KafkaTopics::tail).toList();
        List<String> records = new ArrayList<>();
        BallotFixture f = BallotFixture.withBallot(2000);
        String precinct = f.precincts.get(0);
        String election = f.election.toString();

        // three trustees of the district, any two of whom decrypt; their secrets stay in this test
        List<String> names = List.of("trustee-a-" + f.run, "trustee-b-" + f.run, "trustee-c-" + f.run);
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON)
                .body(Map.of("threshold", 2, "trustees", names)).put("/api/elections/" + election + "/trustees")
                .then().statusCode(201);
        List<Trustees.Polynomial> polynomials = new ArrayList<>();
        for (int seat = 1; seat <= 3; seat++) {
            Trustees.Polynomial p = Trustees.Polynomial.random(seat, 2);
            polynomials.add(p);
            given().header("Authorization", Tokens.bearer(trustee(f, names.get(seat - 1)))).contentType(ContentType.JSON)
                    .body(mapper.writeValueAsString(p.publicKey(f.election)))
                    .put("/api/elections/" + election + "/trustees/" + seat + "/key").then().statusCode(200);
        }
        JsonNode key = mapper.readTree(given().get("/api/elections/" + election + "/election-key").then().statusCode(200)
                .extract().asString());
        BigInteger joint = new BigInteger(key.get("jointKey").asText(), 16);
        assertEquals(Trustees.jointKey(polynomials.stream().map(p -> p.publicKey(f.election)).toList()), joint);

        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(3)));
        JsonNode ballot = mapper.readTree(given().get("/api/elections/" + election + "/ballot").asString());
        List<UUID> options = new ArrayList<>();
        Map<String, String> namesOfChoices = new HashMap<>();
        for (JsonNode o : ballot.get("options")) {
            UUID id = UUID.fromString(o.get("optionId").asText());
            options.add(id);
            namesOfChoices.put(id.toString(), id.toString());
            if (o.hasNonNull("candidateId")) {
                namesOfChoices.put(o.get("candidateId").asText(), id.toString());
            }
        }
        // 36 voters: 13, 10, 8 and 5 for the four lines, in a shuffled order
        List<String> choices = new ArrayList<>();
        int[] split = { 13, 10, 8, 5 };
        for (int i = 0; i < options.size(); i++) {
            for (int n = 0; n < split[i % split.length]; n++) {
                choices.add(options.get(i).toString());
            }
        }
        Collections.shuffle(choices, new Random());
        String mostCommon = choices.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting())).entrySet()
                .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<BoxInsider.Voter> voters = new ArrayList<>();
        Map<String, Long> truth = new HashMap<>();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String iin = EVotingTest.iin(LocalDate.of(1970 + i, 3, 1 + i % 27), 300 + i);
            String token = EVotingTest.checkIn(f, precinct, iin).then().statusCode(201).extract().path("token");
            UUID choice = UUID.fromString(choices.get(i));
            Object body = i % 3 == 0
                    ? mapper.writeValueAsString(Map.of("token", token,
                            "ballot", EncryptedBallot.encrypt(f.election, joint, options, choice)))
                    : mapper.writeValueAsString(Map.of("token", token, "optionId", choice.toString()));
            receipts.add(given().contentType(ContentType.JSON).body(body).post("/api/elections/" + election + "/votes")
                    .then().statusCode(201).extract().path("receipt"));
            voters.add(new BoxInsider.Voter(voterHash(iin), choice.toString()));
            truth.merge(choice.toString(), 1L, Long::sum);
            if (i == choices.size() / 2) {
                attack("during voting", insider(topics, records, namesOfChoices), voters, election, mostCommon);
            }
        }
        attack("when voting ends", insider(topics, records, namesOfChoices), voters, election, mostCommon);

        // the polls close: the box is multiplied into its tallies, nothing is decrypted yet
        BallotFixture.clock(f.pollsClose().plus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "TALLIED".equals(board(election).get("status").asText()));
        attack("after the tally", insider(topics, records, namesOfChoices), voters, election, mostCommon);
        assertEquals(0L, count("select count(*) from ballot_token where election_id = ?1", f.election));
        assertEquals(0L, count("select count(*) from voter_checkin where election_id = ?1 and token_hash is not null", f.election));

        // one trustee alone opens nothing; the second one's shares give the counts
        decrypt(f, names, polynomials, 1);
        assertEquals("TALLIED", board(election).get("status").asText());
        assertEquals(0L, count("select count(*) from ebox_tally where election_id = ?1 and votes is not null and ballots > 0", f.election));
        decrypt(f, names, polynomials, 3);
        JsonNode counted = board(election);
        assertEquals("COUNTED", counted.get("status").asText());
        Map<String, Long> ebox = new HashMap<>();
        for (JsonNode t : counted.get("precincts").get(0).get("tallies")) {
            ebox.put(t.get("optionId").asText(), t.get("votes").asLong());
        }
        for (UUID o : options) {
            assertEquals(truth.getOrDefault(o.toString(), 0L), ebox.get(o.toString()), "option " + o);
        }
        BoxInsider after = insider(topics, records, namesOfChoices);
        attack("after the count", after, voters, election, mostCommon);
        // the event carries the counts, the true ones
        String event = records.stream().filter(r -> r.contains("ebox.closed") && r.contains(election)).findFirst().orElseThrow();
        for (UUID o : options) {
            assertTrue(event.contains("\"optionId\":\"" + o + "\""), event);
        }
        // the board lists every receipt, in tracker order (never the order they were cast in)
        List<String> board = given().get("/api/elections/" + election + "/ebox/ballots?size=500").then().statusCode(200)
                .extract().jsonPath().getList("tracker");
        assertEquals(receipts.stream().sorted().toList(), board);
        // and no secret of a trustee is stored anywhere
        Set<String> secrets = new java.util.HashSet<>();
        for (int seat = 1; seat <= 3; seat++) {
            secrets.add(Trustees.secretShare(polynomials, seat).toString(16));
        }
        for (BoxInsider.Row row : after.rows) {
            row.values().values().forEach(v -> secrets.forEach(s -> assertFalse(v != null && v.contains(s), row.table())));
        }
        topics.forEach(KafkaConsumer::close);
    }

    void attack(String when, BoxInsider insider, List<BoxInsider.Voter> voters, String election, String mostCommon) {
        long chance = BoxInsider.hits(voters.stream().collect(Collectors.toMap(v -> v, v -> mostCommon, (a, b) -> a,
                LinkedHashMap::new)), mostCommon);
        Map<BoxInsider.Voter, String> join = insider.byJoin(voters);
        assertTrue(join.values().stream().allMatch(g -> g == null), when + ": a join reached a choice in clear");
        Map<BoxInsider.Voter, String> order = insider.byWriteOrder(voters, election, r -> String.format("%020d", r.xmin()));
        assertTrue(order.values().stream().allMatch(g -> g == null), when + ": write order reached a choice in clear");
        Map<BoxInsider.Voter, String> physical = insider.byWriteOrder(voters, election, BoxInsider.Row::ctid);
        assertTrue(physical.values().stream().allMatch(g -> g == null), when + ": row order reached a choice in clear");
        long any = BoxInsider.hits(insider.byAnyValue(voters, election), mostCommon);
        // chance, give or take a coincidence of two voters' values; a leak names them all
        assertTrue(any <= chance + 2, when + ": stored values named " + any + " of " + voters.size() + " choices, chance " + chance);
        // nothing in the topics or the outbox names a voter, a token or a ballot
        Set<String> traces = insider.rows.stream().filter(r -> r.table().equals("voter_checkin") || r.table().equals("electronic_ballot"))
                .flatMap(r -> java.util.stream.Stream.of(r.values().get("voter_hash"), r.values().get("token_hash"), r.values().get("receipt")))
                .filter(v -> v != null).collect(Collectors.toSet());
        for (String record : insider.records) {
            traces.forEach(t -> assertFalse(record.contains(t), when + ": a topic names a voter, token or ballot"));
        }
        insider.rows.stream().filter(r -> r.table().equals("outbox_event"))
                .forEach(r -> traces.forEach(t -> assertFalse(r.values().toString().contains(t), when + ": the outbox")));
    }

    BoxInsider insider(List<KafkaConsumer<String, String>> topics, List<String> records, Map<String, String> namesOfChoices)
            throws Exception {
        // what the outbox has not sent yet is read from its table; what it sent, from the topics up to their end
        for (KafkaConsumer<String, String> consumer : topics) {
            var end = consumer.endOffsets(consumer.assignment());
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    StringBuilder all = new StringBuilder(String.valueOf(r.key())).append(' ').append(r.value());
                    r.headers().forEach(h -> all.append(' ').append(new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
                    records.add(all.toString());
                }
            }
        }
        List<BoxInsider.Row> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("""
                select table_name from information_schema.tables where table_schema = current_schema()
                and table_type = 'BASE TABLE'""").getResultList();
        for (String table : tables) {
            @SuppressWarnings("unchecked")
            List<Object[]> all = em.createNativeQuery("select t.xmin::text, t.ctid::text, row_to_json(t)::text from "
                    + table + " t").getResultList();
            for (Object[] r : all) {
                Map<String, String> values = new LinkedHashMap<>();
                mapper.readTree((String) r[2]).fields().forEachRemaining(e ->
                        values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
                rows.add(new BoxInsider.Row(table, Long.parseLong((String) r[0]), (String) r[1], values));
            }
        }
        return new BoxInsider(rows, List.copyOf(records), namesOfChoices);
    }

    void decrypt(BallotFixture f, List<String> names, List<Trustees.Polynomial> polynomials, int seat) throws Exception {
        List<Map<String, Object>> shares = Forged.shares(f.election, Trustees.secretShare(polynomials, seat),
                board(f.election.toString()));
        given().header("Authorization", Tokens.bearer(trustee(f, names.get(seat - 1)))).contentType(ContentType.JSON)
                .body(mapper.writeValueAsString(Map.of("shares", shares)))
                .put("/api/elections/" + f.election + "/trustees/" + seat + "/decryption").then().statusCode(200);
    }

    JsonNode board(String election) throws Exception {
        return mapper.readTree(given().get("/api/elections/" + election + "/ebox").then().statusCode(200).extract().asString());
    }

    static String trustee(BallotFixture f, String name) {
        return Tokens.of(name, "trustee", Map.of("district", f.district));
    }

    long count(String sql, UUID election) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, election).getSingleResult()).longValue();
    }

    String voterHash(String iin) {
        return kz.saylau.platform.web.Hashes.hmacSha256Hex(voterKey.voterKey(), iin);
    }

    /** The box's row as the schema has it: an encrypted ballot, and only the day (R-V2: no precise time). */
    @Test
    void R_V2_theElectronicBoxHoldsNoChoiceInClearAndNoPreciseTime() {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("""
                select column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name = 'electronic_ballot'""").getResultList();
        Map<String, String> box = columns.stream().collect(Collectors.toMap(c -> (String) c[0], c -> (String) c[1]));
        assertEquals(Set.of("receipt", "election_id", "precinct_code", "ballot", "recorded_on"), box.keySet());
        assertEquals("date", box.get("recorded_on"));
        box.values().forEach(type -> assertFalse(type.startsWith("time"), type));
    }

    @Test
    void R_V2_theEboxEventCarriesCountsOnly() {
        Set<String> fields = new java.util.HashSet<>();
        for (var c : EboxCount.EboxClosed.class.getRecordComponents()) {
            fields.add(c.getName());
        }
        for (var c : EboxCount.Count.class.getRecordComponents()) {
            fields.add(c.getName());
        }
        assertEquals(Set.of("electionId", "precinctCode", "counts", "optionId", "kind", "candidateId", "votes"), fields);
    }
}
