package kz.saylau.gateway.account;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link AuthResourceTest} against the packaged jar, as a deployment runs it; on JDK 25 this traffic is what the jar's AOT cache
 * records (quarkus.package.jar.aot in platform/web's config).
 */
@QuarkusIntegrationTest
class AuthIT extends AuthResourceTest {
}
