package kz.saylau.candidate.nomination;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RegistrationTest} against the packaged jar (see {@link NominationIT}). */
@QuarkusIntegrationTest
class RegistrationIT extends RegistrationTest {
}
