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
 * With {@code BENCH_STREAMS=1000} as well, that many election-night page streams are held open through the gateway
 * instead of the one dashboard stream (issue 17): nine in ten as an election's page opens them ({@code ?election=}),
 * one in ten as the country page does ({@code ?snapshot=false}, every election), and freshness is printed for each
 * kind side by side. {@code BENCH_PAGE_LOAD=true} then times the country page in headless Chromium (its own
 * Navigation Timing, read over the DevTools protocol), three loads. For example:
 *
 *   BENCH_UNITS=500 BENCH_RATE=200 BENCH_STREAMS=1000 BENCH_PAGE_LOAD=true java bench/ProtocolIntake.java
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
    static final int STREAMS = Integer.parseInt(System.getenv().getOrDefault("BENCH_STREAMS", "0"));
    static final boolean PAGE_LOAD = Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_PAGE_LOAD", "false"));
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
        // the streams, each noting when each election's result was first seen on it with n precincts reporting
        List<Stream> streams = RATE > 0 ? streams(elections, electionIndex) : List.of();
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
        if (!streams.isEmpty()) {
            // freshness: posting a protocol -> its result on each stream that shows it (precincts of a unit are posted
            // in order), for each kind of stream
            long deadline = System.nanoTime() + 60_000_000_000L;
            java.util.Map<String, List<Long>> fresh = new java.util.TreeMap<>();
            java.util.Map<String, int[]> missing = new java.util.TreeMap<>();
            for (Stream st : streams) {
                List<Long> delays = fresh.computeIfAbsent(st.kind, k -> new ArrayList<>());
                int[] never = missing.computeIfAbsent(st.kind, k -> new int[1]);
                for (int i = 0; i < precincts.size(); i++) {
                    int unit = i / PER_UNIT, reporting = i % PER_UNIT + 1;
                    if (st.election >= 0 && st.election != unit) {
                        continue;
                    }
                    while (st.seen[unit][reporting] == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    long at = 0;
                    for (int k = reporting; k <= PER_UNIT; k++) {
                        if (st.seen[unit][k] != 0 && (at == 0 || st.seen[unit][k] < at)) {
                            at = st.seen[unit][k];
                        }
                    }
                    if (at == 0) {
                        never[0]++;
                    } else {
                        delays.add(Math.max(0, at - posted[i]));
                    }
                }
            }
            for (var kind : fresh.entrySet()) {
                List<Long> all = kind.getValue();
                List<Long> secondHalf = new ArrayList<>(all.subList(all.size() / 2, all.size()));
                secondHalf.sort(null);
                all.sort(null);
                long count = streams.stream().filter(x -> x.kind.equals(kind.getKey())).count();
                System.out.printf("freshness at %d protocols/s, %s (%d streams, %d dropped): %d results seen, %d never; post -> stream p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                        RATE, kind.getKey(), count, streams.stream().filter(x -> x.kind.equals(kind.getKey()) && x.failed).count(),
                        all.size(), missing.get(kind.getKey())[0], all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.9)) / 1e6,
                        all.get((int) (all.size() * 0.99)) / 1e6, all.get(all.size() - 1) / 1e6);
                System.out.printf("  second half of the run only (warm): p50 %.0f ms, p90 %.0f ms, p99 %.0f ms%n",
                        secondHalf.get(secondHalf.size() / 2) / 1e6, secondHalf.get((int) (secondHalf.size() * 0.9)) / 1e6,
                        secondHalf.get((int) (secondHalf.size() * 0.99)) / 1e6);
            }
        }
        if (PAGE_LOAD) {
            pageLoad();
        }
        System.exit(0); // the streams' connections would keep the JVM alive
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

    /**
     * One live stream read through the gateway: when each election first showed n precincts reporting on it. Read by
     * java.net.http's line subscriber, so a thousand of them need no thread each.
     */
    static final class Stream implements java.util.concurrent.Flow.Subscriber<String> {
        static final Pattern ID = Pattern.compile("\"electionId\":\"([^\"]+)\"");
        static final Pattern REPORTING = Pattern.compile("\"precinctsReporting\":(\\d+)");
        final String kind;
        final int election; // the one election it covers, or -1 for every election
        final long[][] seen;
        final java.util.Map<String, Integer> electionIndex;
        final java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
        volatile boolean failed;

        Stream(String kind, int election, int elections, java.util.Map<String, Integer> electionIndex) {
            this.kind = kind;
            this.election = election;
            this.seen = new long[elections][PER_UNIT + 1];
            this.electionIndex = electionIndex;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
            open.countDown();
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!line.startsWith("data:")) {
                return;
            }
            long now = System.nanoTime();
            Matcher e = ID.matcher(line), n = REPORTING.matcher(line);
            if (e.find() && n.find()) {
                Integer i = electionIndex.get(e.group(1));
                int k = Integer.parseInt(n.group(1));
                if (i != null && k <= PER_UNIT && seen[i][k] == 0) {
                    seen[i][k] = now;
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            failed = true;
            open.countDown();
        }

        @Override
        public void onComplete() {
            open.countDown();
        }
    }

    /**
     * The streams freshness is measured on: one dashboard stream (every election, with its opening snapshot), or
     * with {@code BENCH_STREAMS} that many page streams, opened under the gateway's limit for calls without a token
     * from one address (200/s).
     */
    static List<Stream> streams(String[] elections, java.util.Map<String, Integer> electionIndex) throws Exception {
        List<Stream> streams = new ArrayList<>();
        for (int s = 0; s < Math.max(1, STREAMS); s++) {
            boolean country = STREAMS == 0 || s % 10 == 9;
            int election = country ? -1 : s % elections.length;
            Stream stream = new Stream(STREAMS == 0 ? "dashboard (every election)" : country
                    ? "country page (every election, snapshot=false)" : "election page (?election=)", election,
                    elections.length, electionIndex);
            String path = STREAMS == 0 ? "/api/results/stream" : country ? "/api/results/stream?snapshot=false"
                    : "/api/results/stream?election=" + elections[election];
            HTTP.sendAsync(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(stream));
            streams.add(stream);
            if (s % 100 == 99) {
                Thread.sleep(700);
            }
        }
        for (Stream stream : streams) {
            stream.open.await(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        long open = streams.stream().filter(x -> x.open.getCount() == 0 && !x.failed).count();
        System.out.printf("streams open through the gateway: %d of %d%n", open, streams.size());
        Thread.sleep(2000); // the opening snapshots pass first
        return streams;
    }

    /** The country page's load in headless Chromium, as its Navigation Timing reports it, three times. */
    static void pageLoad() throws Exception {
        int elections = 0;
        for (String since = "0"; ; ) {
            String page = send("GET", "/api/results/changes?since=" + since, null, 200);
            int n = (int) Pattern.compile("\"electionId\"").matcher(page).results().count();
            elections += n;
            Matcher next = Pattern.compile("\"sequence\":(\\d+)").matcher(page);
            if (n == 0 || !next.find() || next.group(1).equals(since)) {
                break;
            }
            since = next.group(1);
        }
        Process chromium = new ProcessBuilder("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-port=9333", "--user-data-dir=" + java.nio.file.Files.createTempDirectory("bench-chromium"),
                "about:blank").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ws = null;
            for (int i = 0; i < 100 && ws == null; i++) {
                try {
                    String list = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9333/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    Matcher m = Pattern.compile("\"webSocketDebuggerUrl\": *\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
                    ws = m.find() ? m.group(1) : null;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            var answers = new java.util.concurrent.LinkedBlockingQueue<String>();
            StringBuilder part = new StringBuilder();
            java.net.http.WebSocket socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(ws), new java.net.http.WebSocket.Listener() {
                @Override
                public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket w, CharSequence data, boolean last) {
                    part.append(data);
                    if (last) {
                        answers.add(part.toString());
                        part.setLength(0);
                    }
                    w.request(1);
                    return null;
                }
            }).join();
            System.out.printf("country page in Chromium, %d elections known:%n", elections);
            for (int i = 1; i <= 3; i++) {
                socket.sendText("{\"id\":" + (i * 10) + ",\"method\":\"Page.navigate\",\"params\":{\"url\":\"" + BASE + "/?lang=en\"}}", true).join();
                Thread.sleep(3000);
                socket.sendText("{\"id\":" + (i * 10 + 1) + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":"
                        + "\"(() => { const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource');"
                        + " return JSON.stringify({ttfb: n.responseStart - n.startTime, domContentLoaded: n.domContentLoadedEventEnd - n.startTime,"
                        + " load: n.loadEventEnd - n.startTime, bytes: n.transferSize + r.reduce((s, e) => s + e.transferSize, 0)}); })()\","
                        + "\"returnByValue\":true}}", true).join();
                String answer;
                do {
                    answer = answers.poll(10, java.util.concurrent.TimeUnit.SECONDS);
                } while (answer != null && !answer.contains("\"id\":" + (i * 10 + 1)));
                Matcher m = Pattern.compile("\"value\":\"(.*)\"").matcher(answer == null ? "" : answer);
                System.out.printf("  load %d: %s%n", i, m.find() ? m.group(1).replace("\\\"", "\"") : answer);
            }
        } finally {
            chromium.destroy();
        }
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
