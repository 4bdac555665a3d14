/*
 * The election-night page under load (issue 17): 1,000 live page streams held open through the gateway while
 * protocols arrive at 200 per second; prints the delay from each protocol's post to its result event on the streams
 * (p50, p99, max), side by side for the two kinds of page stream: an election's page (?election=) and the country
 * page (every election, snapshot=false). Then, with --page-load, the country page's load time in Chromium (its own
 * Navigation Timing, read over the DevTools protocol).
 *
 *   SAYLAU_SIMULATION=true ./saylau up
 *   java bench/LivePage.java [--streams 1000] [--rate 200] [--elections 50] [--precincts 40] [--page-load]
 *
 * It makes its own territory and elections (codes carry a run id) and moves the simulation clock forward only.
 * JDK only: the streams are read by java.net.http's line subscribers, without a thread each.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LivePage {

    static final String GATEWAY = System.getenv().getOrDefault("SAYLAU_URL", "http://localhost:8080");
    static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    static String token;

    static String call(String method, String path, String json) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofMinutes(6))
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if ((r.statusCode() == 429 || r.statusCode() == 503) && attempt < 20) {
                Thread.sleep(500);
                continue;
            }
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String iin(int year, int month, int day, int serial) {
        String head = String.format("%02d%02d%02d3", year % 100, month, day);
        int[] w2 = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
        for (int s = serial; ; s++) {
            String h = head + String.format("%04d", s % 10000);
            int c = 0, c2 = 0;
            for (int i = 0; i < 11; i++) {
                c += (h.charAt(i) - '0') * (i + 1);
                c2 += (h.charAt(i) - '0') * w2[i];
            }
            c = c % 11 == 10 ? c2 % 11 : c % 11;
            if (c != 10) {
                return h + c;
            }
        }
    }

    static void clock(OffsetDateTime to) throws Exception {
        call("PUT", "/api/admin/clock", "{\"now\":\"" + to + "\"}");
    }

    /** One stream: the delays it saw, keyed by which page it is. */
    static final class Stream implements Flow.Subscriber<String> {
        final String kind;
        final Map<String, Integer> seen = new ConcurrentHashMap<>();
        volatile boolean open;
        String event;

        Stream(String kind) {
            this.kind = kind;
        }

        public void onSubscribe(Flow.Subscription s) {
            open = true;
            s.request(Long.MAX_VALUE);
        }

        public void onNext(String line) {
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:") && "result".equals(event)) {
                long now = System.nanoTime();
                String election = field(line, "electionId");
                Matcher m = REPORTING.matcher(line);
                if (election != null && m.find()) {
                    int reporting = Integer.parseInt(m.group(1));
                    Integer before = seen.put(election, reporting);
                    for (int k = before == null ? reporting : before + 1; k <= reporting; k++) {
                        Long posted = POSTED.get(election + "#" + k);
                        if (posted != null && (before != null || k == reporting)) {
                            DELAYS.computeIfAbsent(kind, x -> new ConcurrentLinkedQueue<>()).add((now - posted) / 1_000_000);
                        }
                    }
                }
            }
        }

        public void onError(Throwable t) {
            open = false;
            DROPPED.incrementAndGet();
        }

        public void onComplete() {
            open = false;
        }
    }

    static final Pattern REPORTING = Pattern.compile("\"precinctsReporting\":(\\d+)");
    static final Map<String, Long> POSTED = new ConcurrentHashMap<>();
    static final Map<String, ConcurrentLinkedQueue<Long>> DELAYS = new ConcurrentHashMap<>();
    static final AtomicLong DROPPED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int streams = 1000, rate = 200, electionsN = 50, perElection = 40;
        boolean pageLoad = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--streams" -> streams = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--elections" -> electionsN = Integer.parseInt(args[++i]);
                case "--precincts" -> perElection = Integer.parseInt(args[++i]);
                case "--page-load" -> pageLoad = true;
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        token = field(call("POST", "/api/auth/token", "{\"username\":\"cec\",\"password\":\""
                + System.getenv().getOrDefault("SAYLAU_ADMIN_PASSWORD", "cec-dev-password") + "\"}"), "access_token");
        String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        StringBuilder units = new StringBuilder("[{\"code\":\"B" + run + "R\",\"name\":\"Bench region\",\"level\":\"REGION\"},"
                + "{\"code\":\"B" + run + "D\",\"name\":\"Bench district\",\"level\":\"DISTRICT\",\"parentCode\":\"B" + run + "R\"}");
        for (int e = 0; e < electionsN; e++) {
            units.append(",{\"code\":\"B").append(run).append("U").append(e).append("\",\"name\":\"Bench unit ").append(e)
                    .append("\",\"level\":\"RURAL\",\"parentCode\":\"B").append(run).append("D\"}");
        }
        call("POST", "/api/units", units.append("]").toString());
        call("POST", "/api/parties", "{\"code\":\"B" + run + "A\",\"name\":\"Bench A " + run + "\"}");
        call("POST", "/api/parties", "{\"code\":\"B" + run + "B\",\"name\":\"Bench B " + run + "\"}");
        for (int e = 0; e < electionsN; e++) {
            StringBuilder p = new StringBuilder("[");
            for (int k = 0; k < perElection; k++) {
                p.append(k == 0 ? "" : ",").append("{\"code\":\"B").append(run).append("P").append(e).append("x").append(k)
                        .append("\",\"unitCode\":\"B").append(run).append("U").append(e).append("\",\"name\":\"P\",\"votersOnList\":1000}");
            }
            call("POST", "/api/precincts", p.append("]").toString());
        }
        OffsetDateTime now = OffsetDateTime.parse(field(call("GET", "/api/admin/clock", null), "now"));
        String day = now.toLocalDate().plusDays(45).toString();
        List<String> elections = new ArrayList<>();
        String calendar = null;
        for (int e = 0; e < electionsN; e++) {
            String answer = call("POST", "/api/elections", "{\"unitCode\":\"B" + run + "U" + e + "\",\"kind\":\"REGULAR\",\"votingDay\":\"" + day + "\"}");
            elections.add(field(answer, "id"));
            calendar = answer;
        }
        clock(OffsetDateTime.parse(field(calendar, "nominationOpens")).plusHours(1));
        Map<String, String[]> candidates = new ConcurrentHashMap<>();
        int serial = 0;
        for (String e : elections) {
            String[] ids = new String[2];
            for (int c = 0; c < 2; c++) {
                String answer = call("POST", "/api/elections/" + e + "/nominations", "{\"iin\":\"" + iin(1975, 3, 14, 5 * ++serial)
                        + "\",\"lastName\":\"Бенчев\",\"firstName\":\"Асқар\",\"birthDate\":\"1975-03-14\",\"gender\":\"M\","
                        + "\"nominatedBy\":\"PARTY\",\"partyCode\":\"B" + run + (c == 0 ? "A" : "B") + "\"}");
                ids[c] = field(answer, "id");
                call("POST", "/api/candidates/" + ids[c] + "/decision", "{\"decision\":\"REGISTER\",\"reason\":\"in order\"}");
            }
            candidates.put(e, ids);
        }
        clock(OffsetDateTime.parse(field(calendar, "registrationCloses")).plusHours(1));
        for (String e : elections) {
            while (true) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/elections/" + e + "/ballot")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        clock(OffsetDateTime.parse(field(calendar, "pollsClose")).plusMinutes(1));
        System.out.printf("set up: %d elections, %d precincts, polls closed%n", electionsN, electionsN * perElection);

        // the streams: nine in ten on an election's page, one in ten on the country page
        List<Stream> open = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            boolean country = s % 10 == 9;
            Stream stream = new Stream(country ? "country page (all elections)" : "election page (?election=)");
            String url = GATEWAY + (country ? "/api/results/stream?snapshot=false" : "/api/results/stream?election=" + elections.get(s % electionsN));
            HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(stream));
            open.add(stream);
            if (s % 100 == 99) {
                Thread.sleep(700); // under the gateway's limit for calls without a token from one address (200/s)
            }
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (open.stream().filter(x -> x.open).count() < streams && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        System.out.printf("streams open: %d of %d%n", open.stream().filter(x -> x.open).count(), streams);

        // protocols at the rate asked: precinct k of every election in turn, so precinctsReporting counts them
        var posters = Executors.newFixedThreadPool(32);
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        long start = System.nanoTime();
        int n = 0;
        for (int k = 0; k < perElection; k++) {
            for (int e = 0; e < electionsN; e++) {
                long due = start + (long) (n++ * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String election = elections.get(e);
                String[] c = candidates.get(election);
                String precinct = "B" + run + "P" + e + "x" + k;
                int reportingAfter = k + 1;
                String body = "{\"votersOnList\":1000,\"ballotsReceived\":1000,\"ballotsIssued\":700,\"ballotsCancelled\":300,"
                        + "\"ballotsInBox\":690,\"invalidBallots\":10,\"againstAll\":20,\"votes\":[{\"candidateId\":\"" + c[0]
                        + "\",\"votes\":" + (300 + k) + "},{\"candidateId\":\"" + c[1] + "\",\"votes\":" + (360 - k) + "}]}";
                sent.add(CompletableFuture.runAsync(() -> {
                    try {
                        // precincts of one election are posted one after another (k), so the k-th result is this post's
                        synchronized (election.intern()) {
                            POSTED.put(election + "#" + reportingAfter, System.nanoTime());
                            call("POST", "/api/elections/" + election + "/precincts/" + precinct + "/protocol", body);
                        }
                    } catch (Exception ex) {
                        throw new RuntimeException(ex);
                    }
                }, posters));
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("protocols: %d posted in %.1f s (%.0f/s asked %d/s)%n", n, seconds, n / seconds, rate);
        // the last events drain (until every stream saw the last protocol of its election, or 60 s)
        long drain = System.nanoTime() + 60_000_000_000L;
        int total = perElection;
        while (System.nanoTime() < drain && open.stream().anyMatch(s -> s.open && s.kind.startsWith("election")
                && s.seen.values().stream().anyMatch(v -> v < total))) {
            Thread.sleep(200);
        }
        System.out.printf("%-32s %9s %8s %8s %8s%n", "stream", "events", "p50 ms", "p99 ms", "max ms");
        for (var entry : new java.util.TreeMap<>(DELAYS).entrySet()) {
            long[] d = entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-32s %9d %8d %8d %8d%n", entry.getKey(), d.length, d[d.length / 2], d[(int) (d.length * 0.99)], d[d.length - 1]);
        }
        System.out.printf("streams dropped: %d%n", DROPPED.get());
        if (pageLoad) {
            pageLoad();
        }
        System.exit(0);
    }

    /** The country page's load in headless Chromium, as its Navigation Timing reports it, three times. */
    static void pageLoad() throws Exception {
        int elections = Pattern.compile("\"electionId\"").matcher(call("GET", "/api/results/changes?since=0", null)).results()
                .mapToInt(x -> 1).sum();
        Process chromium = new ProcessBuilder("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-port=9333", "--user-data-dir=" + java.nio.file.Files.createTempDirectory("lp"),
                "about:blank").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ws = null;
            for (int i = 0; i < 100 && ws == null; i++) {
                try {
                    String list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9333/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    Matcher m = Pattern.compile("\"webSocketDebuggerUrl\": *\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
                    ws = m.find() ? m.group(1) : null;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            var answers = new java.util.concurrent.LinkedBlockingQueue<String>();
            StringBuilder part = new StringBuilder();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                public java.util.concurrent.CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
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
                socket.sendText("{\"id\":" + (i * 10) + ",\"method\":\"Page.navigate\",\"params\":{\"url\":\"" + GATEWAY + "/?lang=en\"}}", true).join();
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
}
