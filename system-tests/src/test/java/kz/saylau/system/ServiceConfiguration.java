package kz.saylau.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each service is set to, read from the repository as its build reads it: the deployment files' checks
 * (docker-compose.yml, the Kubernetes chart) compare them with this, never with a copy of it.
 */
final class ServiceConfiguration {

    /** The four services and the variable that sets each one's HTTP port. */
    static final Map<String, String> PORT_VARIABLES = Map.of("candidate-service", "SAYLAU_CANDIDATE_PORT",
            "ballot-service", "SAYLAU_BALLOT_PORT", "results-service", "SAYLAU_RESULTS_PORT", "gateway", "SAYLAU_GATEWAY_PORT");

    private static final Path ROOT = SystemUnderTest.root();

    private ServiceConfiguration() {
    }

    /**
     * A service's own application.properties, then the defaults of each platform jar its pom takes (their
     * META-INF/microprofile-config.properties), with the application name (its artifact id) filled in.
     */
    static String properties(String service) throws Exception {
        StringBuilder all = new StringBuilder(Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties")));
        String pom = Files.readString(ROOT.resolve(service).resolve("pom.xml"));
        try (var modules = Files.list(ROOT.resolve("platform"))) {
            for (Path module : modules.sorted().toList()) {
                Path defaults = module.resolve("src/main/resources/META-INF/microprofile-config.properties");
                if (pom.contains("<artifactId>saylau-platform-" + module.getFileName() + "</artifactId>") && Files.isRegularFile(defaults)) {
                    all.append('\n').append(Files.readString(defaults));
                }
            }
        }
        return all.toString().replace("${quarkus.application.name}", service);
    }

    /** The default of {@code ${VARIABLE:default}} in a service's properties. */
    static String defaultOf(String properties, String variable) {
        Matcher m = Pattern.compile("\\$\\{" + variable + ":([^}]*)}").matcher(properties);
        assertTrue(m.find(), variable + " is read by the service");
        return m.group(1);
    }

    /** Whether a service reads an environment variable. */
    static boolean reads(String properties, String variable) {
        return properties.contains("${" + variable + ":") || properties.contains("${" + variable + "}");
    }

    /** The value of a property as written (the last line that sets it, profiles aside). */
    static String valueOf(String properties, String property) {
        String value = null;
        for (String line : properties.split("\n")) {
            if (line.startsWith(property + "=")) {
                value = line.substring(property.length() + 1).trim();
            }
        }
        assertTrue(value != null, property + " is set");
        return value;
    }

    /** The Kafka topics a service reads, on every incoming channel (without the tests' prefix). */
    static List<String> topicsRead(String properties) {
        List<String> topics = new ArrayList<>();
        Matcher m = Pattern.compile("\\nmp\\.messaging\\.incoming\\.[a-z-]+\\.topics=(\\S+)").matcher(properties);
        while (m.find()) {
            for (String topic : m.group(1).replace("${saylau.events.topic-prefix:}", "").split(",")) {
                topics.add(topic.trim());
            }
        }
        return topics;
    }
}
