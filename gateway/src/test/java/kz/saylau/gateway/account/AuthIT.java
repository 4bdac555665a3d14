package kz.saylau.gateway.account;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link AuthResourceTest} against the packaged jar, as a deployment runs it; this traffic is what the jar's class archive
 * records (the parent pom's jdk25-aot and jdk17-cds profiles).
 */
@QuarkusIntegrationTest
class AuthIT extends AuthResourceTest {
}
