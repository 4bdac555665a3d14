package kz.saylau.ballot.turnout;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link TurnoutTest} against the packaged jar, as a deployment runs it; on JDK 25 this traffic is what the jar's AOT cache
 * records (quarkus.package.jar.aot in platform/web's config).
 */
@QuarkusIntegrationTest
class TurnoutIT extends TurnoutTest {
}
