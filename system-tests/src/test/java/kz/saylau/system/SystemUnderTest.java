package kz.saylau.system;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Where the running system is, and small helpers to drive it the way a client does (through the gateway). */
final class SystemUnderTest {

    static final String GATEWAY = env("SAYLAU_URL", "http://localhost:" + env("SAYLAU_GATEWAY_PORT", "8080"));
    static final String BALLOT = "http://127.0.0.1:" + env("SAYLAU_BALLOT_PORT", "8082");
    static final String RESULTS = "http://127.0.0.1:" + env("SAYLAU_RESULTS_PORT", "8083");
    static final String ADMIN_PASSWORD = env("SAYLAU_ADMIN_PASSWORD", "cec-dev-password");

    static {
        // every call of the suite through the gateway is checked against the served OpenAPI documents
        io.restassured.RestAssured.filters(OpenApiConformance.INSTANCE);
        // a failed expectation prints the call and its answer: the problem's code says which rule refused it
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private SystemUnderTest() {
    }

    static Path root() {
        String root = System.getProperty("saylau.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A connection to a service's own database, as an insider (an operator, or an attacker who got in) would open it. */
    static java.sql.Connection database(String service) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://" + env("SAYLAU_DB_HOSTS", env("SAYLAU_DB_HOST", "127.0.0.1")
                + ":" + env("SAYLAU_DB_PORT", "5432")) + "/saylau_" + service + "?targetServerType=primary", env("SAYLAU_DB_USER", "saylau"),
                env("SAYLAU_DB_PASSWORD", "saylau-dev-password"));
    }

    /** A call through the gateway as this bearer, with a JSON body to come. */
    static RequestSpecification as(String bearer) {
        return given().baseUri(GATEWAY).header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static String login(String user, String password) {
        return "Bearer " + given().baseUri(GATEWAY).contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    static String cec() {
        return login("cec", ADMIN_PASSWORD);
    }

    /** Runs ./saylau with the given arguments and fails the test if it fails. */
    static void saylau(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = root().resolve("saylau").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(root().toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new AssertionError("./saylau " + String.join(" ", args) + " failed");
        }
    }
}
