package kz.saylau.system;

import static kz.saylau.system.ServiceConfiguration.PORT_VARIABLES;
import static kz.saylau.system.ServiceConfiguration.defaultOf;
import static kz.saylau.system.ServiceConfiguration.properties;
import static kz.saylau.system.ServiceConfiguration.reads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docker-compose.yml agrees with the services' own configuration: names, ports, the variables each service
 * reads, the URLs the gateway routes to, the databases. (./saylau test also runs a real compose parser on it.)
 */
class DeploymentFileTest {

    private static final Path ROOT = SystemUnderTest.root();

    private static JsonNode compose() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    @Test
    void everyServiceIsThereWithItsDockerfileAndHealthcheck() throws Exception {
        JsonNode services = compose().get("services");
        for (String name : List.of("postgres", "kafka", "candidate-service", "ballot-service", "results-service", "gateway")) {
            assertTrue(services.has(name), name + " in docker-compose.yml");
            assertTrue(services.get(name).has("healthcheck"), name + " has a healthcheck");
        }
        for (String name : PORT_VARIABLES.keySet()) {
            JsonNode build = services.get(name).get("build");
            assertTrue(Files.isRegularFile(ROOT.resolve(build.get("context").asText()).resolve(build.get("dockerfile").asText())),
                    name + "'s Dockerfile exists");
            services.get(name).get("depends_on").fields().forEachRemaining(dependency ->
                    assertEquals("service_healthy", dependency.getValue().get("condition").asText(), name + " waits for " + dependency.getKey()));
        }
    }

    @Test
    void eachImageTakesTheJarItsServiceBuildsAndRunsIt() throws Exception {
        JsonNode services = compose().get("services");
        for (String name : PORT_VARIABLES.keySet()) {
            assertTrue(properties(name).contains("\nquarkus.package.jar.type=aot-jar\n"), name + " is built as Quarkus's aot-jar");
            JsonNode build = services.get(name).get("build");
            String dockerfile = Files.readString(ROOT.resolve(build.get("context").asText()).resolve(build.get("dockerfile").asText()));
            // the whole of target/quarkus-app that the jar needs: its manifest's class path names lib/, app/ and quarkus/
            for (String part : List.of("lib/", "app/", "quarkus/", "quarkus-run.jar")) {
                assertTrue(dockerfile.contains("\nCOPY --chown=185 target/quarkus-app/" + part + " /deployments/" + part + "\n"),
                        name + "'s Dockerfile copies " + part + " of the build's target/quarkus-app");
            }
            assertTrue(dockerfile.contains("\nENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"\n"), name + "'s image runs the jar it copied");
        }
    }

    @Test
    void portsAreTheServicesOwnDefaults() throws Exception {
        JsonNode services = compose().get("services");
        for (var entry : PORT_VARIABLES.entrySet()) {
            String port = defaultOf(properties(entry.getKey()), entry.getValue());
            JsonNode service = services.get(entry.getKey());
            assertEquals(port + ":" + port, service.get("ports").get(0).asText(), entry.getKey() + " publishes its port");
            assertEquals(port, service.get("environment").get(entry.getValue()).asText(), entry.getKey() + " is told its port");
            assertTrue(service.get("healthcheck").get("test").toString().contains("localhost:" + port + "/q/health/ready"),
                    entry.getKey() + " healthcheck asks its own port");
        }
    }

    @Test
    void everyVariableInComposeIsOneTheServiceReads() throws Exception {
        JsonNode services = compose().get("services");
        for (String name : PORT_VARIABLES.keySet()) {
            String properties = properties(name);
            List<String> unread = new ArrayList<>();
            services.get(name).get("environment").fieldNames().forEachRemaining(variable -> {
                if (!reads(properties, variable)) {
                    unread.add(variable);
                }
            });
            assertEquals(List.of(), unread, name + " reads every variable compose sets");
        }
    }

    @Test
    void theGatewayRoutesToTheComposeServicesOnTheirPorts() throws Exception {
        JsonNode gatewayEnv = compose().get("services").get("gateway").get("environment");
        String gatewayProperties = properties("gateway");
        for (var target : Map.of("SAYLAU_CANDIDATE_URL", "candidate-service", "SAYLAU_BALLOT_URL", "ballot-service",
                "SAYLAU_RESULTS_URL", "results-service").entrySet()) {
            String port = defaultOf(properties(target.getValue()), PORT_VARIABLES.get(target.getValue()));
            assertEquals("http://" + target.getValue() + ":" + port, gatewayEnv.get(target.getKey()).asText());
            assertEquals("http://127.0.0.1:" + port, defaultOf(gatewayProperties, target.getKey()), "the gateway's own default");
        }
    }

    @Test
    void thePostgresInitScriptCreatesEachServiceDatabase() throws Exception {
        String init = Files.readString(ROOT.resolve("infra/postgres/init.sql"));
        for (String name : PORT_VARIABLES.keySet()) {
            String properties = properties(name);
            assertTrue(properties.contains("\nquarkus.datasource.jdbc.url=jdbc:postgresql://${SAYLAU_DB_HOSTS:${SAYLAU_DB_HOST:127.0.0.1}:${SAYLAU_DB_PORT:5432}}/${saylau.database}?targetServerType=primary\n"),
                    name + " connects to the database it names");
            Matcher db = Pattern.compile("\\nsaylau\\.database=(saylau_[a-z]+)\\n").matcher(properties);
            assertTrue(db.find(), name + " names its database");
            assertTrue(init.contains("CREATE DATABASE " + db.group(1) + ";"), "init.sql creates " + db.group(1));
        }
    }
}
