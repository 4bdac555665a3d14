package kz.saylau.system;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged jars, started as production starts them (no {@code SAYLAU_DEV_SECRETS}), refuse the repository's
 * dev secrets with one line naming the variable (docs/security.md). Each is pointed at a database and a broker that
 * are not there, so that nothing of the running system is touched: the refusal comes before either is needed.
 */
class ProductionSecretsIT {

    @Test
    void eachServiceRefusesToStartOnADevSecretAndNamesTheVariable() throws Exception {
        assertRefused("candidate-service", Map.of("SAYLAU_DB_PASSWORD", "a-real-db-password"), "set SAYLAU_PERSON_KEY");
        assertRefused("ballot-service", Map.of("SAYLAU_DB_PASSWORD", "a-real-db-password"), "set SAYLAU_VOTER_KEY");
        // real secrets, but rehearsal trustees that could read every electronic ballot (issue 16)
        assertRefused("ballot-service", Map.of("SAYLAU_DB_PASSWORD", "a-real-db-password", "SAYLAU_VOTER_KEY", "a-real-voter-key",
                "SAYLAU_SYSTEM_TRUSTEES", "true"), "unset SAYLAU_SYSTEM_TRUSTEES");
        assertRefused("gateway", Map.of("SAYLAU_DB_PASSWORD", "a-real-db-password"), "set SAYLAU_ADMIN_PASSWORD");
        assertRefused("results-service", Map.of(), "set SAYLAU_DB_PASSWORD");
        assertRefused("results-service", Map.of("SAYLAU_DB_PASSWORD", "CHANGE-ME-database-password"), "set SAYLAU_DB_PASSWORD");
    }

    private static void assertRefused(String service, Map<String, String> env, String line) throws Exception {
        Path jar = SystemUnderTest.root().resolve(service).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " is built");
        Path log = Files.createTempFile(service, ".log");
        ProcessBuilder start = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.flyway.migrate-at-start=false",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:1/nowhere",
                "-Dkafka.bootstrap.servers=127.0.0.1:1", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // as a deployment starts it: none of ./saylau's dev settings, only what this test sets
        for (String dev : List.of("SAYLAU_DEV_SECRETS", "SAYLAU_DB_PASSWORD", "SAYLAU_PERSON_KEY", "SAYLAU_VOTER_KEY",
                "SAYLAU_ADMIN_PASSWORD", "SAYLAU_SIMULATION", "SAYLAU_SYSTEM_TRUSTEES")) {
            start.environment().remove(dev);
        }
        start.environment().putAll(env);
        Process process = start.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, service + " did not stop within 90 s:\n" + output);
        assertNotEquals(0, process.exitValue(), service + " started:\n" + output);
        assertTrue(output.contains(line), service + " did not say \"" + line + "\":\n" + output);
        Files.delete(log);
    }
}
