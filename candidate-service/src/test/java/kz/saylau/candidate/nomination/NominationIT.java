package kz.saylau.candidate.nomination;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link NominationResourceTest} against the packaged jar, as a deployment runs it; this traffic is what the jar's
 * class archive records (the parent pom's jdk25-aot and jdk17-cds profiles).
 */
@QuarkusIntegrationTest
class NominationIT extends NominationResourceTest {
}
