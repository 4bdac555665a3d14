package kz.saylau.candidate.election;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ElectionResourceTest} against the packaged jar (see {@code NominationIT}). */
@QuarkusIntegrationTest
class ElectionIT extends ElectionResourceTest {
}
