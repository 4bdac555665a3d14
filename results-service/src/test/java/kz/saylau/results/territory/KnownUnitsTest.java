package kz.saylau.results.territory;

import io.quarkus.test.junit.QuarkusTest;
import kz.saylau.platform.testing.KnownUnitsContract;

/** The units results-service learns from saylau.territory (the contract's tests, against this service). */
@QuarkusTest
class KnownUnitsTest extends KnownUnitsContract {
}
