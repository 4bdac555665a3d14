package kz.saylau.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many clients sending the same call at the same instant, as an attack on "only one wins" would. */
public final class Race {

    private Race() {
    }

    /**
     * What a commission expects of racing creations of one thing: exactly one 201, and every other client told of the
     * conflict with a 409 and one of {@code codes} (never a 500).
     */
    public static void assertOneCreated(List<io.restassured.response.Response> answers, String... codes) {
        int created = 0;
        for (io.restassured.response.Response r : answers) {
            if (r.statusCode() == 201) {
                created++;
                continue;
            }
            org.junit.jupiter.api.Assertions.assertEquals(409, r.statusCode(),
                    "a losing client is told of the conflict: " + r.asString());
            String code = r.path("code");
            org.junit.jupiter.api.Assertions.assertTrue(List.of(codes).contains(code), "code " + code);
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, created, "exactly one creation wins");
    }

    /** Runs {@code call} on {@code clients} threads released together; the answers, in no particular order. */
    public static <T> List<T> of(int clients, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
