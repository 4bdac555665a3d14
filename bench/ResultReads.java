import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Election-night refresh storm on result reads, through the gateway (issue 5's benchmark; not a test): public
 * {@code GET /api/results/elections/{id}} of the elections the system knows, chosen at random, with many requests in
 * flight for a fixed time; then the same with {@code If-None-Match} (what a CDN revalidating sends). Prints req/s and
 * latency. Needs a running system with elections (e.g. after {@code java bench/ProtocolIntake.java}):
 *
 *   java bench/ResultReads.java
 */
public class ResultReads {

    static final String BASE = System.getenv().getOrDefault("SAYLAU_URL", "http://localhost:8080");
    static final int IN_FLIGHT = Integer.parseInt(System.getenv().getOrDefault("BENCH_IN_FLIGHT", "64"));
    static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "20"));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/results/changes?since=0")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"electionId\":\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no elections known: run bench/ProtocolIntake.java first");
        }
        List<String> etags = new ArrayList<>();
        for (String id : ids) {
            etags.add(HTTP.send(get(id, null), HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElse(""));
        }
        run("warm-up (not counted)", ids, null, 5);
        run("GET result, 200 with the body", ids, null, SECONDS);
        run("GET result with If-None-Match, 304", ids, etags, SECONDS);
    }

    static HttpRequest get(String id, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + "/api/results/elections/" + id)).timeout(Duration.ofSeconds(30));
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return b.build();
    }

    static void run(String what, List<String> ids, List<String> etags, int seconds) throws Exception {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicLong done = new AtomicLong(), unexpected = new AtomicLong();
        ConcurrentLinkedQueue<Long> latency = new ConcurrentLinkedQueue<>();
        java.util.Random random = new java.util.Random(7);
        long start = System.nanoTime(), end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            slots.acquire();
            int k = random.nextInt(ids.size());
            long s = System.nanoTime();
            HTTP.sendAsync(get(ids.get(k), etags == null ? null : etags.get(k)), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((r, e) -> {
                        latency.add(System.nanoTime() - s);
                        if (e != null || r.statusCode() != (etags == null ? 200 : 304)) {
                            unexpected.incrementAndGet();
                        }
                        done.incrementAndGet();
                        slots.release();
                    });
        }
        slots.acquire(IN_FLIGHT);
        double wall = (System.nanoTime() - start) / 1e9;
        long[] l = latency.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %d reads of %d elections in %.1f s = %.0f req/s; %d unexpected; p50 %.1f ms, p99 %.1f ms (%d in flight)%n",
                what, done.get(), ids.size(), wall, done.get() / wall, unexpected.get(), l[l.length / 2] / 1e6,
                l[(int) (l.length * 0.99)] / 1e6, IN_FLIGHT);
    }
}
