package kz.saylau.results;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.saylau.platform.testing.ClockContract;
import kz.saylau.platform.testing.TestKeys;

/**
 * R-C4 as every service keeps it (the contract's tests), against this service's clock. It also names the test keys
 * of this service's tests: a test resource applies to all of them, but only when a class of the tests names it.
 */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class ElectionClockTest extends ClockContract {
}
