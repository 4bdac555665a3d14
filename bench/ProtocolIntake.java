import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Election-night protocol intake at national scale, through the gateway (issue 4's benchmark; not a test).
 * Builds 2,500 rural units with 4 precincts each (10,000), one election each with one registered candidate,
 * moves the simulation clock past the polls' close, then posts the 10,000 final protocols with 32 in flight and
 * prints throughput and p50/p99 latency. Needs a running system in simulation mode:
 *
 *   SAYLAU_SIMULATION=true ./saylau up && java bench/ProtocolIntake.java
 *
 * With {@code BENCH_RATE=200} the protocols are posted at that steady rate instead, and the run also measures
 * freshness (issue 5): for each protocol, the time from posting it until the live stream, read through the gateway,
 * shows its election's result with that precinct counted (p50/p99).
 *
 * Protocols are posted with the cec account (it may act for any precinct) rather than 10,000 station accounts:
 * the token is checked the same way, and 10,000 bcrypt logins would measure the login, not the intake.
 */
public class ProtocolIntake {

    static final String BASE = System.getenv().getOrDefault("SAYLAU_URL", "http://localhost:8080");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    static final int UNITS = Integer.parseInt(System.getenv().getOrDefault("BENCH_UNITS", "2500"));
    static final int PER_UNIT = 4;
    static final int IN_FLIGHT = Integer.parseInt(System.getenv().getOrDefault("BENCH_IN_FLIGHT", "32"));
    static final int RATE = Integer.parseInt(System.getenv().getOrDefault("BENCH_RATE", "0"));
    static String token;

    public static void main(String[] args) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        token = field(send("POST", "/api/auth/token", "{\"username\":\"cec\",\"password\":\""
                + System.getenv().getOrDefault("SAYLAU_ADMIN_PASSWORD", "cec-dev-password") + "\"}", 200), "access_token");
        long t0 = System.nanoTime();
        // territory: 25 regions x 10 districts x 10 rural units
        StringBuilder csv = new StringBuilder("code,name,level,parentCode\n");
        List<String> units = new ArrayList<>();
        for (int r = 0; r < UNITS / 100; r++) {
            String region = "B" + run + "R" + r;
            csv.append(region).append(",Облыс,REGION,\n");
            for (int d = 0; d < 10; d++) {
                String district = region + "D" + d;
                csv.append(district).append(",Аудан,DISTRICT,").append(region).append('\n');
                for (int u = 0; u < 10; u++) {
                    String unit = district + "U" + u;
                    units.add(unit);
                    csv.append(unit).append(",Ауылдық округ,RURAL,").append(district).append('\n');
                }
            }
        }
        send("POST", "/api/units", csv.toString(), 201, "text/csv");
        send("POST", "/api/parties", "{\"code\":\"B" + run + "\",\"name\":\"Bench party\"}", 201);
        // precincts, 500 a request
        List<String[]> precincts = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        for (String unit : units) {
            for (int p = 0; p < PER_UNIT; p++) {
                String code = unit + "P" + p;
                precincts.add(new String[] { unit, code });
                batch.append(batch.length() == 0 ? "[" : ",").append("{\"code\":\"").append(code).append("\",\"unitCode\":\"")
                        .append(unit).append("\",\"name\":\"Мектеп\",\"votersOnList\":1000}");
                if (++inBatch == 500) {
                    send("POST", "/api/precincts", batch.append(']').toString(), 201);
                    batch.setLength(0);
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            send("POST", "/api/precincts", batch.append(']').toString(), 201);
        }
        Instant now = OffsetDateTime.parse(field(send("GET", "/api/admin/clock", null, 200), "now")).toInstant();
        LocalDate votingDay = now.atZone(ZONE).toLocalDate().plusDays(40);
        // elections, each with one candidate nominated by the party and registered
        String[] elections = new String[units.size()];
        String[] candidates = new String[units.size()];
        parallel(units.size(), i -> {
            String e = field(send("POST", "/api/elections", "{\"unitCode\":\"" + units.get(i) + "\",\"kind\":\"REGULAR\",\"votingDay\":\""
                    + votingDay + "\"}", 201), "id");
            elections[i] = e;
        });
        Instant opens = votingDay.minusDays(39).atStartOfDay(ZONE).toInstant().plusSeconds(3600);
        send("PUT", "/api/admin/clock", "{\"now\":\"" + opens.atZone(ZONE).toOffsetDateTime() + "\"}", 200);
        LocalDate born = votingDay.minusYears(40);
        parallel(units.size(), i -> {
            String c = field(send("POST", "/api/elections/" + elections[i] + "/nominations", "{\"iin\":\"" + iin(born, i)
                    + "\",\"lastName\":\"Тоқаев\",\"firstName\":\"Ерлан\",\"birthDate\":\"" + born
                    + "\",\"gender\":\"M\",\"nominatedBy\":\"PARTY\",\"partyCode\":\"B" + run + "\"}", 201), "id");
            candidates[i] = c;
            send("POST", "/api/candidates/" + c + "/decision", "{\"decision\":\"REGISTER\",\"reason\":\"bench\"}", 200);
        });
        Instant after = votingDay.atTime(20, 5).atZone(ZONE).toInstant();
        send("PUT", "/api/admin/clock", "{\"now\":\"" + after.atZone(ZONE).toOffsetDateTime() + "\"}", 200);
        // ballots are built from registration-closed events: wait for the last one
        for (int i = 0; i < elections.length; i++) {
            while (status("GET", "/api/elections/" + elections[i] + "/ballot") != 200) {
                Thread.sleep(200);
            }
        }
        System.out.printf("setup: %d units, %d precincts, %d elections in %.1f s%n", units.size(), precincts.size(),
                elections.length, (System.nanoTime() - t0) / 1e9);

        // the measured part: 10,000 protocols
        long[] latency = new long[precincts.size()];
        long[] posted = new long[precincts.size()];
        int[] failures = new int[1];
        java.util.Map<String, Integer> electionIndex = new java.util.HashMap<>();
        for (int i = 0; i < elections.length; i++) {
            electionIndex.put(elections[i], i);
        }
        // when each election's result was first seen on the stream with n precincts reporting
        long[][] seen = new long[elections.length][PER_UNIT + 1];
        Thread stream = RATE > 0 ? stream(electionIndex, seen) : null;
        java.util.Map<String, Long> cpuBefore = cpu();
        long start = System.nanoTime();
        Step post = i -> {
            int unit = i / PER_UNIT;
            String body = "{\"votersOnList\":1000,\"ballotsReceived\":1000,\"ballotsIssued\":700,\"ballotsCancelled\":300,"
                    + "\"ballotsInBox\":690,\"invalidBallots\":10,\"againstAll\":30,\"votes\":[{\"candidateId\":\""
                    + candidates[unit] + "\",\"votes\":650}]}";
            long s = System.nanoTime();
            posted[i] = s;
            int code = status("POST", "/api/elections/" + elections[unit] + "/precincts/" + precincts.get(i)[1] + "/protocol", body);
            latency[i] = System.nanoTime() - s;
            if (code != 201) {
                synchronized (failures) {
                    failures[0]++;
                }
            }
        };
        if (RATE > 0) {
            steady(precincts.size(), RATE, post);
        } else {
            parallel(precincts.size(), post);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latency);
        System.out.printf("protocols: %d posted in %.1f s = %.0f protocols/s; %d not 201; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d in flight)%n",
                precincts.size(), seconds, precincts.size() / seconds, failures[0], latency[latency.length / 2] / 1e6,
                latency[(int) (latency.length * 0.99)] / 1e6, latency[latency.length - 1] / 1e6, IN_FLIGHT);
        java.util.Map<String, Long> cpuAfter = cpu();
        StringBuilder used = new StringBuilder("CPU seconds used during the intake:");
        cpuAfter.forEach((k, v) -> used.append(String.format(" %s %.1f;", k, (v - cpuBefore.getOrDefault(k, 0L)) / 100.0)));
        System.out.println(used + String.format(" (wall %.1f s, 2 cores)", seconds));
        if (stream != null) {
            // freshness: posting a protocol -> its result on the stream (precincts of a unit are posted in order)
            long deadline = System.nanoTime() + 60_000_000_000L;
            List<Long> fresh = new ArrayList<>();
            int missing = 0;
            for (int i = 0; i < precincts.size(); i++) {
                int unit = i / PER_UNIT, reporting = i % PER_UNIT + 1;
                while (seen[unit][reporting] == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                long at = 0;
                for (int k = reporting; k <= PER_UNIT; k++) {
                    if (seen[unit][k] != 0 && (at == 0 || seen[unit][k] < at)) {
                        at = seen[unit][k];
                    }
                }
                if (at == 0) {
                    missing++;
                } else {
                    fresh.add(Math.max(0, at - posted[i]));
                }
            }
            List<Long> secondHalf = new ArrayList<>(fresh.subList(fresh.size() / 2, fresh.size()));
            secondHalf.sort(null);
            fresh.sort(null);
            System.out.printf("freshness at %d protocols/s: %d results seen on the stream, %d never; post -> stream p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    RATE, fresh.size(), missing, fresh.get(fresh.size() / 2) / 1e6, fresh.get((int) (fresh.size() * 0.9)) / 1e6,
                    fresh.get((int) (fresh.size() * 0.99)) / 1e6, fresh.get(fresh.size() - 1) / 1e6);
            System.out.printf("freshness, second half of the run only (warm): p50 %.0f ms, p90 %.0f ms, p99 %.0f ms%n",
                    secondHalf.get(secondHalf.size() / 2) / 1e6, secondHalf.get((int) (secondHalf.size() * 0.9)) / 1e6,
                    secondHalf.get((int) (secondHalf.size() * 0.99)) / 1e6);
        }
    }

    /** Posts n protocols at a steady rate (each in its own task, so a slow answer does not slow the rate). */
    static void steady(int n, int perSecond, Step step) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(256, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<Void>> all = new ArrayList<>();
        long begin = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = begin + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int k = i;
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    step.run(k);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }, pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    /** Reads the live stream through the gateway and notes when each election first showed n precincts reporting. */
    static Thread stream(java.util.Map<String, Integer> electionIndex, long[][] seen) throws Exception {
        java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
        Pattern id = Pattern.compile("\"electionId\":\"([^\"]+)\"");
        Pattern reporting = Pattern.compile("\"precinctsReporting\":(\\d+)");
        Thread t = new Thread(() -> {
            try {
                HttpRequest r = HttpRequest.newBuilder(URI.create(BASE + "/api/results/stream")).header("Accept", "text/event-stream").build();
                HTTP.send(r, HttpResponse.BodyHandlers.ofLines()).body().forEach(line -> {
                    open.countDown();
                    if (!line.startsWith("data:")) {
                        return;
                    }
                    long now = System.nanoTime();
                    Matcher e = id.matcher(line), n = reporting.matcher(line);
                    if (e.find() && n.find()) {
                        Integer i = electionIndex.get(e.group(1));
                        int k = Integer.parseInt(n.group(1));
                        if (i != null && k <= PER_UNIT && seen[i][k] == 0) {
                            seen[i][k] = now;
                        }
                    }
                });
            } catch (Exception e) {
                System.out.println("stream ended: " + e);
            }
        });
        t.setDaemon(true);
        t.start();
        open.await(30, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(2000); // the opening snapshot passes first
        return t;
    }

    /** CPU ticks (1/100 s) per process group, from /proc: where the machine's two cores went. */
    static java.util.Map<String, Long> cpu() {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        java.io.File[] procs = new java.io.File("/proc").listFiles(f -> f.getName().matches("\\d+"));
        if (procs == null) {
            return ticks;
        }
        for (java.io.File p : procs) {
            try {
                String cmd = new String(java.nio.file.Files.readAllBytes(p.toPath().resolve("cmdline"))).replace('\0', ' ');
                String group = cmd.contains("candidate-service") ? "candidate" : cmd.contains("ballot-service") ? "ballot"
                        : cmd.contains("results-service") ? "results" : cmd.contains("gateway") ? "gateway"
                        : cmd.contains("kafka.Kafka") ? "kafka" : cmd.contains("ProtocolIntake") ? "bench"
                        : cmd.startsWith("postgres") ? "postgres" : null;
                if (group == null) {
                    continue;
                }
                String[] f = java.nio.file.Files.readString(p.toPath().resolve("stat")).replaceAll("^.*\\) ", "").split(" ");
                ticks.merge(group, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            } catch (Exception gone) {
                // the process ended meanwhile
            }
        }
        return ticks;
    }

    interface Step {
        void run(int i) throws Exception;
    }

    static void parallel(int n, Step step) throws Exception {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            slots.acquire();
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    step.run(k);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                } finally {
                    slots.release();
                }
            }, POOL));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(IN_FLIGHT, r -> {
        Thread t = new Thread(r);
        t.setDaemon(true); // the run ends with main, even after a failure
        return t;
    });

    static String send(String method, String path, String body, int expected) throws Exception {
        return send(method, path, body, expected, "application/json");
    }

    static String send(String method, String path, String body, int expected, String type) throws Exception {
        HttpResponse<String> r = HTTP.send(request(method, path, body, type), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static int status(String method, String path) throws Exception {
        return HTTP.send(request(method, path, null, "application/json"), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int status(String method, String path, String body) throws Exception {
        return HTTP.send(request(method, path, body, "application/json"), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpRequest request(String method, String path, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(600))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type + "; charset=UTF-8");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** A valid IIN (R-I1) of a man born on {@code born}, serial from {@code i}. */
    static String iin(LocalDate born, int i) {
        String head = String.format("%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() < 2000 ? 3 : 5);
        int[] w2 = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
        for (int s = i; ; s++) {
            String h = head + String.format("%04d", s % 10000);
            int c = 0, c2 = 0;
            for (int k = 0; k < 11; k++) {
                c += (h.charAt(k) - '0') * (k + 1);
                c2 += (h.charAt(k) - '0') * w2[k];
            }
            c = c % 11 == 10 ? c2 % 11 : c % 11;
            if (c != 10) {
                return h + c;
            }
        }
    }
}
