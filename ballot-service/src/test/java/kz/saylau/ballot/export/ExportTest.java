package kz.saylau.ballot.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.Tokens;
import kz.saylau.platform.web.Hashes;

/** Issue 19 #6: what an observer downloads is every protocol version, as the API holds it, and checkable. */
@QuarkusTest
class ExportTest {

    static Map<String, Object> protocol(BallotFixture f, long inBox, long a, long b, long c) {
        Map<String, Object> p = new HashMap<>(Map.of("votersOnList", 1000, "ballotsReceived", 1000, "ballotsIssued", 700,
                "ballotsCancelled", 300, "ballotsInBox", inBox, "invalidBallots", 8, "againstAll", 10,
                "votes", List.of(Map.of("candidateId", f.candidates.get(0).toString(), "votes", a),
                        Map.of("candidateId", f.candidates.get(1).toString(), "votes", b),
                        Map.of("candidateId", f.candidates.get(2).toString(), "votes", c))));
        return p;
    }

    static List<List<String>> rows(byte[] csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void everyVersionInTheOpenElectionsLayoutAndAZipAnObserverCanCheck() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 1000);
        String a = f.precincts.get(0), b = f.precincts.get(1);
        BallotFixture.clock(f.pollsClose().plusSeconds(60));
        String base = "/api/elections/" + f.election + "/precincts/";
        byte[] photo = new byte[20_000];
        new java.util.Random(3).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        Map<String, Object> v1 = protocol(f, 698, 380, 200, 100);
        v1.put("imageSha256", Hashes.sha256(photo));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType(ContentType.JSON).body(v1)
                .post(base + a + "/protocol").then().statusCode(201);
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType("image/jpeg").body(photo)
                .put(base + a + "/protocol/1/image").then().statusCode(201);
        Map<String, Object> fix = protocol(f, 698, 390, 190, 100);
        fix.putAll(Map.of("supersedesVersion", 1, "reason", "recount, \"TEC\" decision", "decisionRef", "TEC 7/2"));
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON).body(fix)
                .post(base + a + "/protocol/corrections").then().statusCode(201);
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType(ContentType.JSON)
                .body(protocol(f, 700, 300, 300, 82)).post(base + b + "/protocol").then().statusCode(201);

        byte[] csv = given().queryParam("election", f.election.toString()).get("/api/exports/protocols.csv").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("saylau-protocols-" + f.election + ".csv")).extract().asByteArray();
        List<List<String>> rows = rows(csv);
        assertEquals(OpenElectionsRows.HEADER, rows.get(0));
        // three versions, each three candidates, against all and four totals
        assertEquals(1 + 3 * 8, rows.size());
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            col.put(rows.get(0).get(i), i);
        }
        List<List<String>> aV1 = rows.stream().filter(r -> r.get(1).equals(a) && r.get(col.get("version")).equals("1")).toList();
        // the candidates in ballot order (the Kazakh alphabet, R-B1), each with what the protocol gave them
        assertEquals(List.of("Әбенова Гүлнар Серікқызы", "Қосанов Аман", "Тоқаев Ерлан", "Against all", "", "", "", ""),
                aV1.stream().map(r -> r.get(col.get("candidate"))).toList());
        assertEquals(List.of("200", "100", "380", "10", "8", "698", "700", "1000"), aV1.stream().map(r -> r.get(col.get("votes"))).toList());
        assertEquals(List.of("Rural Akim", "Rural Akim", "Rural Akim", "Rural Akim", "Invalid Ballots", "Ballots Cast",
                "Ballots Issued", "Registered Voters"), aV1.stream().map(r -> r.get(col.get("office"))).toList());
        assertEquals(List.of("self-nominated", "nominated by the district akim", "Amanat", ""),
                aV1.subList(0, 4).stream().map(r -> r.get(col.get("party"))).toList());
        assertEquals("Қатаркөл", aV1.get(0).get(col.get("county")));
        assertEquals("false", aV1.get(0).get(col.get("latest")));
        List<List<String>> aV2 = rows.stream().filter(r -> r.get(1).equals(a) && r.get(col.get("version")).equals("2")).toList();
        assertEquals("true", aV2.get(0).get(col.get("latest")));
        assertEquals("390", aV2.get(2).get(col.get("votes")));
        // quotes and commas in a reason survive the CSV
        assertEquals("recount, \"TEC\" decision", aV2.get(0).get(col.get("reason")));
        // every tracker in the CSV is the one the API answers
        String t2 = given().get(base + a + "/protocol").path("tracker");
        assertEquals(t2, aV2.get(0).get(col.get("tracker")));

        // the voting day's CSV holds this election's rows as they are
        byte[] day = given().queryParam("votingDay", f.votingDay.toString()).get("/api/exports/protocols.csv").then()
                .statusCode(200).extract().asByteArray();
        assertTrue(rows(day).containsAll(rows.subList(1, rows.size())));

        byte[] zip = given().queryParam("election", f.election.toString()).get("/api/exports/protocols.zip").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertArrayEquals(csv, files.get("protocols.csv"));
        assertArrayEquals(photo, files.get("images/" + f.election + "/" + a + "-v1.jpg"));
        assertEquals(List.of("README.txt", "protocols.csv", "trackers.csv", "protocols/" + f.election + "/" + a + "-v1.json",
                "protocols/" + f.election + "/" + a + "-v2.json", "protocols/" + f.election + "/" + b + "-v1.json",
                "images/" + f.election + "/" + a + "-v1.jpg", "SHA256SUMS"), List.copyOf(files.keySet()));
        String v2json = new String(files.get("protocols/" + f.election + "/" + a + "-v2.json"), StandardCharsets.UTF_8);
        assertTrue(v2json.contains(t2), v2json);
        assertEquals(4, rows(files.get("trackers.csv")).size());
        // SHA256SUMS checks out over every other file, as `sha256sum -c` would
        String[] sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n");
        assertEquals(files.size() - 1, sums.length);
        for (String line : sums) {
            String[] parts = line.split("  ", 2);
            assertEquals(parts[0], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(parts[1]))), parts[1]);
        }
    }

    @Test
    void oneOfElectionOrVotingDayAndNothingElse() {
        given().get("/api/exports/protocols.csv").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"));
        given().queryParam("election", java.util.UUID.randomUUID().toString()).queryParam("votingDay", "2027-07-25")
                .get("/api/exports/protocols.zip").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().queryParam("election", java.util.UUID.randomUUID().toString()).get("/api/exports/protocols.zip")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().queryParam("votingDay", "2027-13-01").get("/api/exports/protocols.csv").then().statusCode(400)
                .body("violations[0].field", equalTo("votingDay"));
        // a day without elections is a CSV of its header only
        byte[] empty = given().queryParam("votingDay", "1999-01-03").get("/api/exports/protocols.csv").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(String.join(",", OpenElectionsRows.HEADER) + "\n", new String(empty, StandardCharsets.UTF_8));
    }
}
