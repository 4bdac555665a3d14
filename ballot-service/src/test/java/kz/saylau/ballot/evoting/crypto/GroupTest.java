package kz.saylau.ballot.evoting.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** The standard parameters as transcribed, checked the way ElectionGuard's spec says a verifier checks them. */
class GroupTest {

    @Test
    void theBaselineParametersAreElectionGuards() {
        assertEquals(4096, Group.P.bitLength());
        assertEquals(256, Group.Q.bitLength());
        assertEquals("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff43", Group.Q.toString(16));
        assertTrue(Group.P.isProbablePrime(64));
        assertTrue(Group.Q.isProbablePrime(64));
        assertEquals(Group.P.subtract(BigInteger.ONE), Group.Q.multiply(Group.R));
        assertFalse(Group.R.mod(Group.Q).signum() == 0, "q must not divide r");
        // the spec's published cofactor and generator (first and last words), against the values derived here
        assertTrue(Group.R.toString(16).startsWith("100000000000000000000000000000000000000000000000000000000000000bc93c467e3"));
        assertTrue(Group.R.toString(16).endsWith("f529fd4a7f529fd4a7f52a"));
        assertTrue(Group.G.toString(16).startsWith("37de384f98f6e038d2a3141825b33d5"));
        assertTrue(Group.G.toString(16).endsWith("17cddf40b0c73abf03e8e0aa"));
        assertEquals(BigInteger.ONE, Group.G.modPow(Group.Q, Group.P));
    }

    @Test
    void membershipRefusesWhatIsOutsideTheSubgroup() {
        assertTrue(Group.isMember(Group.gPow(BigInteger.valueOf(12345))));
        assertFalse(Group.isMember(BigInteger.ZERO));
        assertFalse(Group.isMember(Group.P));
        assertFalse(Group.isMember(Group.P.subtract(BigInteger.ONE)), "p - 1 has order 2");
        assertFalse(Group.isMember(BigInteger.TWO), "2 generates more than the subgroup");
    }

    /** A test vector computed outside Java (Python's hashlib), so the verifier and the service hash alike. */
    @Test
    void theChallengeIsSha256OfThePartsModQ() {
        assertEquals("fd1a2602de9a8bb49b2a9fd733e19685916c9f6c4b27fee1a10ff5c12c384fcb", Group.challenge("saylau", BigInteger.valueOf(255), "abc").toString(16));
    }
}
