package kz.saylau.ballot.territory;

import io.quarkus.test.junit.QuarkusTest;
import kz.saylau.platform.testing.KnownUnitsContract;

/** The units ballot-service learns from saylau.territory (the contract's tests, against this service). */
@QuarkusTest
class KnownUnitsTest extends KnownUnitsContract {
}
