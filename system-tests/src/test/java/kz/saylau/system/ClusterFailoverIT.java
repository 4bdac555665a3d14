package kz.saylau.system;

import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static kz.saylau.system.SystemUnderTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * Issue 18: the cluster topology survives the death of each of its parts during protocol intake. Run by
 * {@code ./saylau test} against {@code SAYLAU_TOPOLOGY=cluster} (failsafe runs it only when named: it kills processes).
 *
 * <p>Stations post final protocols at a steady rate through nginx, each with its own {@code Idempotency-Key}, and
 * retry a call that failed or got no answer with the same key, as devices do. A dashboard follows the region's live
 * stream and resumes with {@code Last-Event-ID} whenever it is cut. Meanwhile kill -9 reaches, in turn: the Kafka
 * broker leading {@code saylau.tallies}, the PostgreSQL primary (Patroni and its server: the machine is gone), one
 * instance of each service, and one gateway; each is started again ({@code ./saylau up}) before the next. Then every
 * acknowledged protocol is counted exactly once, each result equals the sum of its acknowledged protocols, the audit
 * chain verifies, and the dashboard's last result of each election is the published one, without a resync.
 */
class ClusterFailoverIT {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final int UNITS = 40, PER_UNIT = 100, RATE = 12;
    static final Pattern REPORTING = Pattern.compile("\"precinctsReporting\":(\\d+)");
    static final Pattern ELECTION = Pattern.compile("\"electionId\":\"([0-9a-f-]{36})\"");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    final String cec = SystemUnderTest.cec();
    final String run = UUID.randomUUID().toString().substring(0, 6);

    /** One station's protocol: where it goes, its votes, when it was acknowledged. */
    record Protocol(String election, String precinct, String candidate, int votes) {
    }

    final Map<Protocol, Long> acknowledged = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> clientErrors = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
    final AtomicLong lastAck = new AtomicLong(System.nanoTime());

    @Test
    void nothingAcknowledgedIsLostOrCountedTwiceWhenEachPartDies() throws Exception {
        String region = "CF" + run;
        List<String> elections = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        List<Protocol> protocols = setUp(region, elections, candidates);

        Dashboard dashboard = new Dashboard("/api/results/stream?region=" + region);
        dashboard.start();
        ExecutorService stations = Executors.newFixedThreadPool(64);
        AtomicBoolean posting = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        Thread pacer = new Thread(() -> {
            long start = System.nanoTime();
            for (int i = 0; posting.get() && i < protocols.size(); i++) {
                long due = start + i * 1_000_000_000L / RATE;
                while (System.nanoTime() < due) {
                    java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                }
                Protocol p = protocols.get(i);
                next.incrementAndGet();
                stations.submit(() -> station(p));
            }
        });
        pacer.start();

        List<String[]> figures = new ArrayList<>();
        settle(8);
        figures.add(kill("Kafka broker leading saylau.tallies", this::tallyLeader, dashboard));
        figures.add(kill("PostgreSQL primary (Patroni and its server)", this::databasePrimary, dashboard));
        figures.add(kill("ballot-service instance 1", () -> List.of(pid("ballot-service")), dashboard));
        figures.add(kill("results-service instance 1", () -> List.of(pid("results-service")), dashboard));
        figures.add(kill("candidate-service instance 1", () -> List.of(pid("candidate-service")), dashboard));
        figures.add(kill("gateway instance 1", () -> List.of(pid("gateway")), dashboard));
        posting.set(false);
        pacer.join();
        stations.shutdown();
        assertTrue(stations.awaitTermination(5, TimeUnit.MINUTES), "every station got its answer");

        // results: each acknowledged protocol once, each election's votes the sum of its acknowledged protocols
        Map<String, List<Protocol>> byElection = new java.util.HashMap<>();
        acknowledged.keySet().forEach(p -> byElection.computeIfAbsent(p.election(), e -> new ArrayList<>()).add(p));
        int[] lost = { 0 }, twice = { 0 };
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            lost[0] = 0;
            twice[0] = 0;
            for (Map.Entry<String, List<Protocol>> e : byElection.entrySet()) {
                var result = RestAssured.given().baseUri(GATEWAY).get("/api/results/elections/" + e.getKey()).then()
                        .statusCode(200).extract().jsonPath();
                int expectedVotes = e.getValue().stream().mapToInt(Protocol::votes).sum();
                int reporting = result.getInt("precinctsReporting");
                int votes = result.getInt("candidates[0].votes");
                lost[0] += Math.max(0, e.getValue().size() - reporting);
                twice[0] += Math.max(0, reporting - e.getValue().size()) + (votes > expectedVotes ? 1 : 0);
                if (reporting != e.getValue().size() || votes != expectedVotes) {
                    return false;
                }
            }
            return true;
        });
        // versions: a protocol counted twice would be a second version of its precinct
        for (String election : byElection.keySet()) {
            List<Integer> versions = RestAssured.given().baseUri(GATEWAY).queryParam("reported", true)
                    .get("/api/results/elections/" + election + "/precincts").then().statusCode(200).extract().jsonPath()
                    .getList("version", Integer.class);
            assertTrue(versions.stream().allMatch(v -> v == 1), "each precinct's protocol once: " + versions);
        }
        // the audit chain both gateways wrote verifies
        var audit = as(cec).get("/api/audit/verification").then().statusCode(200).extract().jsonPath();
        assertTrue(audit.getBoolean("valid"), "audit chain: " + audit.prettify());
        // the dashboard: every election's last result on the stream is the published one, and no resync was needed
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (Map.Entry<String, List<Protocol>> e : byElection.entrySet()) {
                assertEquals(e.getValue().size(), dashboard.reporting.getOrDefault(e.getKey(), -1),
                        "the stream's last result of " + e.getKey());
            }
        });
        dashboard.hangUp();

        System.out.printf("%nissue 18 failover test: %d protocols acknowledged at %d/s (%d posted), %d elections%n",
                acknowledged.size(), RATE, next.get(), elections.size());
        System.out.printf("%-46s %-24s %-26s %s%n", "killed (kill -9)", "longest wait for an ack", "longest silence on stream",
                "client errors, then retried");
        for (String[] f : figures) {
            System.out.printf("%-46s %-24s %-26s %s%n", f[0], f[1], f[2], f[3]);
        }
        System.out.printf("lost: %d   counted twice: %d   refused: %d   audit lines: %d (valid)%n", lost[0], twice[0],
                refusals.size(), audit.getInt("entries"));
        System.out.printf("dashboard: %d events, %d reconnects (Last-Event-ID), %d resyncs%n", dashboard.events.get(),
                dashboard.reconnects.get(), dashboard.resyncs.get());
        assertEquals(0, lost[0], "lost");
        assertEquals(0, twice[0], "counted twice");
        assertTrue(refusals.isEmpty(), "refused: " + refusals);
        assertEquals(0, dashboard.resyncs.get(), "the stream resumed every time");
        assertTrue(dashboard.reconnects.get() >= figures.size(), "the dashboard resumed after each failure: " + dashboard.reconnects);
        assertEquals(next.get(), acknowledged.size(), "every protocol posted was acknowledged in the end");
    }

    /** kill -9 the processes, wait until the system acknowledges again, start them again, let it settle. */
    String[] kill(String what, java.util.concurrent.Callable<List<Long>> pids, Dashboard dashboard) throws Exception {
        int errorsBefore = clientErrors.size();
        List<Long> targets = pids.call();
        long killedAt = System.nanoTime();
        for (long pid : targets) {
            new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        }
        System.out.printf("killed %s (pid %s)%n", what, targets);
        // the longest time without any acknowledgement, and without any result on the dashboard's stream, from the
        // kill until both flow again (for 10 s at least)
        long longest = 0, seen = killedAt, silent = 0, heard = killedAt;
        while (true) {
            long now = System.nanoTime(), ack = lastAck.get(), event = dashboard.lastEvent.get();
            if (ack > seen) {
                longest = Math.max(longest, ack - seen);
                seen = ack;
            }
            if (event > heard) {
                silent = Math.max(silent, event - heard);
                heard = event;
            }
            if (now - killedAt > TimeUnit.SECONDS.toNanos(10) && seen > killedAt && now - seen < TimeUnit.SECONDS.toNanos(1)
                    && heard > killedAt && now - heard < TimeUnit.SECONDS.toNanos(2)) {
                break;
            }
            assertTrue(now - killedAt < TimeUnit.SECONDS.toNanos(180), what + ": no acknowledgement for 3 minutes");
            Thread.sleep(20);
        }
        SystemUnderTest.saylau("up");
        // the dashboard's own connection drops too (a phone changing networks): it resumes with Last-Event-ID
        // through nginx, on whichever gateway and results-service instance it reaches now
        dashboard.cut();
        settle(5);
        return new String[] { what, String.format("%.1f s", longest / 1e9), String.format("%.1f s", silent / 1e9),
                Integer.toString(clientErrors.size() - errorsBefore) };
    }

    static void settle(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);   // steady intake between two failures, so each one's figures are its own
    }

    /** One station: posts its protocol until it is acknowledged, with the same Idempotency-Key every time. */
    void station(Protocol p) {
        String key = UUID.randomUUID().toString();
        String body = "{\"votersOnList\":1000,\"ballotsReceived\":1000,\"ballotsIssued\":700,\"ballotsCancelled\":300,"
                + "\"ballotsInBox\":" + (p.votes() + 40) + ",\"invalidBallots\":10,\"againstAll\":30,\"votes\":[{\"candidateId\":\""
                + p.candidate() + "\",\"votes\":" + p.votes() + "}]}";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/elections/" + p.election()
                        + "/precincts/" + p.precinct() + "/protocol")).timeout(Duration.ofSeconds(15))
                        .header("Authorization", cec).header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acknowledged.put(p, System.nanoTime());
                    lastAck.set(System.nanoTime());
                    return;
                }
                if (r.statusCode() < 500 && r.statusCode() != 429 && r.statusCode() != 409 && r.statusCode() != 401) {
                    refusals.add(p.precinct() + ": " + r.statusCode() + " " + r.body());
                    return;
                }
                clientErrors.add(r.statusCode() + " " + r.body().substring(0, Math.min(120, r.body().length())));
            } catch (java.io.IOException e) {
                clientErrors.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        refusals.add(p.precinct() + ": no answer for 4 minutes");
    }

    /** The region's live stream, resumed with Last-Event-ID whenever it is cut: each election's last reporting count. */
    final class Dashboard extends Thread {
        final String path;
        final Map<String, Integer> reporting = new ConcurrentHashMap<>();
        final AtomicInteger events = new AtomicInteger(), reconnects = new AtomicInteger(), resyncs = new AtomicInteger();
        final AtomicLong lastEvent = new AtomicLong(System.nanoTime());
        volatile boolean stopped;
        volatile java.io.InputStream body;
        String lastId;

        Dashboard(String path) {
            this.path = path;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!stopped) {
                try {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Accept", "text/event-stream");
                    if (lastId != null) {
                        b.header("Last-Event-ID", lastId);
                    }
                    HttpResponse<java.io.InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                    if (r.statusCode() != 200) {
                        r.body().close();
                        Thread.sleep(200);
                        continue;
                    }
                    body = r.body();
                    BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                    String event = null;
                    for (String line; (line = in.readLine()) != null;) {
                        if (line.startsWith("id:")) {
                            lastId = line.substring(3).trim();
                        } else if (line.startsWith("event:")) {
                            event = line.substring(6).trim();
                            if (event.equals("resync")) {
                                resyncs.incrementAndGet();
                            }
                        } else if (line.startsWith("data:") && "result".equals(event)) {
                            Matcher e = ELECTION.matcher(line), n = REPORTING.matcher(line);
                            if (e.find() && n.find()) {
                                reporting.put(e.group(1), Integer.parseInt(n.group(1)));
                                events.incrementAndGet();
                                lastEvent.set(System.nanoTime());
                            }
                        }
                    }
                } catch (Exception cut) {
                    // the stream was cut (an instance died): resume below
                }
                if (!stopped) {
                    reconnects.incrementAndGet();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** Drops the connection as a network would; the dashboard resumes. */
        void cut() throws java.io.IOException {
            java.io.InputStream open = body;
            if (open != null) {
                open.close();
            }
        }

        void hangUp() throws Exception {
            stopped = true;
            if (body != null) {
                body.close();
            }
        }
    }

    /** The region's elections, one registered candidate each, polls closed: the protocols the stations will post. */
    List<Protocol> setUp(String region, List<String> elections, List<String> candidates) throws Exception {
        StringBuilder units = new StringBuilder("code,name,level,parentCode\n").append(region).append(",Облыс,REGION,\n")
                .append(region).append("D,Аудан,DISTRICT,").append(region).append('\n');
        for (int u = 0; u < UNITS; u++) {
            units.append(region).append("U").append(u).append(",Ауылдық округ,RURAL,").append(region).append("D\n");
        }
        RestAssured.given().baseUri(GATEWAY).header("Authorization", cec).contentType("text/csv").body(units.toString())
                .post("/api/units").then().statusCode(201);
        as(cec).body(Map.of("code", "P" + run, "name", "Failover party " + run)).post("/api/parties").then().statusCode(201);
        List<String[]> precincts = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int p = 0; p < PER_UNIT; p++) {
                String code = region + "U" + u + "P" + p;
                precincts.add(new String[] { Integer.toString(u), code });
                batch.add(Map.of("code", code, "unitCode", region + "U" + u, "name", "Мектеп", "votersOnList", 1000));
            }
            as(cec).body(batch).post("/api/precincts").then().statusCode(201);
        }
        Instant now = OffsetDateTime.parse(as(cec).get("/api/admin/clock").then().statusCode(200).extract().<String>path("now")).toInstant();
        LocalDate votingDay = now.atZone(ALMATY).toLocalDate().plusDays(40);
        for (int u = 0; u < UNITS; u++) {
            elections.add(as(cec).body(Map.of("unitCode", region + "U" + u, "kind", "REGULAR", "votingDay", votingDay.toString()))
                    .post("/api/elections").then().statusCode(201).extract().path("id"));
        }
        ElectionNightIT.clock(cec, votingDay.minusDays(39).atStartOfDay(ALMATY).plusHours(1).toOffsetDateTime());
        LocalDate born = votingDay.minusYears(40);
        for (int u = 0; u < UNITS; u++) {
            String c = as(cec).body(Map.of("iin", ElectionNightIT.iin(born, u), "lastName", "Тоқаев", "firstName", "Ерлан",
                    "birthDate", born.toString(), "gender", "M", "nominatedBy", "PARTY", "partyCode", "P" + run))
                    .post("/api/elections/" + elections.get(u) + "/nominations").then().statusCode(201).extract().path("id");
            as(cec).body(Map.of("decision", "REGISTER", "reason", "failover test")).post("/api/candidates/" + c + "/decision")
                    .then().statusCode(200);
            candidates.add(c);
        }
        ElectionNightIT.clock(cec, votingDay.atTime(20, 5).atZone(ALMATY).toOffsetDateTime());
        for (String e : elections) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                    RestAssured.given().baseUri(GATEWAY).get("/api/elections/" + e + "/ballot").statusCode() == 200);
        }
        List<Protocol> protocols = new ArrayList<>();
        for (int i = 0; i < precincts.size(); i++) {
            int u = Integer.parseInt(precincts.get(i)[0]);
            protocols.add(new Protocol(elections.get(u), precincts.get(i)[1], candidates.get(u), 600 - (i % 97)));
        }
        java.util.Collections.shuffle(protocols, new java.util.Random(run.hashCode()));
        return protocols;
    }

    /** The broker leading partition 0 of saylau.tallies, by the pid ./saylau keeps for it. */
    List<Long> tallyLeader() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SystemUnderTest.env("SAYLAU_KAFKA",
                "127.0.0.1:9092,127.0.0.1:9192,127.0.0.1:9292"));
        try (Admin admin = Admin.create(props)) {
            int leader = admin.describeTopics(Set.of("saylau.tallies")).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get("saylau.tallies").partitions().get(0).leader().id();
            return List.of(pid("kafka-" + leader));
        }
    }

    /** The PostgreSQL primary's Patroni and its postmaster (Patroni answers 200 on /primary there only). */
    List<Long> databasePrimary() throws Exception {
        for (int n = 1; n <= 2; n++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8007 + n) + "/primary"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    // ./saylau keeps where the nodes' data is (a folder the postgres account owns)
                    Path home = Path.of(Files.readString(SystemUnderTest.root().resolve(".saylau/pg-home")).trim());
                    long postmaster = Long.parseLong(Files.readAllLines(home.resolve("pg" + n + "/postmaster.pid")).get(0).trim());
                    return List.of(pid("pg" + n), postmaster);
                }
            } catch (java.io.IOException notThere) {
                // that node does not answer
            }
        }
        throw new AssertionError("no PostgreSQL primary");
    }

    static long pid(String name) throws Exception {
        return Long.parseLong(Files.readString(SystemUnderTest.root().resolve(".saylau/pids/" + name + ".pid")).trim());
    }
}
