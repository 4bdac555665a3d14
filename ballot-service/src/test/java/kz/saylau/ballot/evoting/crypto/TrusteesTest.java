package kz.saylau.ballot.evoting.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Three trustees, any two of whom decrypt: the ceremony's checks, the threshold, and the decryption proofs. */
class TrusteesTest {

    static final UUID ELECTION = UUID.randomUUID();
    static final int N = 3;
    static final int K = 2;

    final List<Trustees.Polynomial> polynomials = new ArrayList<>();
    final List<Trustees.TrusteeKey> keys = new ArrayList<>();

    TrusteesTest() {
        for (int seat = 1; seat <= N; seat++) {
            Trustees.Polynomial p = Trustees.Polynomial.random(seat, K);
            polynomials.add(p);
            keys.add(p.publicKey(ELECTION));
        }
    }

    /** A box of {@code ballots} votes, {@code yes} of them for the first option. */
    Ciphertext box(BigInteger key, int ballots, int yes) {
        List<Ciphertext> all = new ArrayList<>();
        for (int i = 0; i < ballots; i++) {
            all.add(Ciphertext.encrypt(i < yes ? 1 : 0, Group.randomExponent(), key));
        }
        return Ciphertext.product(all);
    }

    Map<Integer, BigInteger> shares(Ciphertext tally, int... seats) {
        Map<Integer, BigInteger> shares = new TreeMap<>();
        for (int seat : seats) {
            BigInteger s = Trustees.secretShare(polynomials, seat);
            Trustees.PartialDecryption d = Trustees.decrypt(ELECTION, s, tally);
            assertTrue(Trustees.verify(ELECTION, Trustees.publicShare(keys, seat), tally, d));
            shares.put(seat, d.share());
        }
        return shares;
    }

    @Test
    void everyPublishedKeyVerifiesAndEveryHandedShareMatchesItsCommitments() {
        for (Trustees.TrusteeKey key : keys) {
            assertEquals(java.util.Optional.empty(), Trustees.problem(ELECTION, key, K));
            for (int l = 1; l <= N; l++) {
                assertTrue(Trustees.shareMatches(key, l, polynomials.get(key.seat() - 1).shareFor(l)));
            }
        }
        // a trustee handed a wrong share sees it at once
        assertFalse(Trustees.shareMatches(keys.get(0), 2, polynomials.get(0).shareFor(2).add(BigInteger.ONE)));
        // each trustee's public share is g^s_l, computed from commitments only
        assertEquals(Group.gPow(Trustees.secretShare(polynomials, 3)), Trustees.publicShare(keys, 3));
    }

    @Test
    void aKeyWithoutValidProofsOrOfTheWrongDegreeIsRefused() {
        Trustees.TrusteeKey honest = keys.get(0);
        var proofs = new ArrayList<>(honest.proofs());
        proofs.set(1, keys.get(1).proofs().get(1));
        assertTrue(Trustees.problem(ELECTION, new Trustees.TrusteeKey(1, honest.commitments(), proofs), K).isPresent());
        assertTrue(Trustees.problem(ELECTION, honest, K + 1).isPresent());
        assertTrue(Trustees.problem(UUID.randomUUID(), honest, K).isPresent(), "a key made for another election");
    }

    @Test
    void anyKOfNTrusteesDecryptTheTallyAndKMinus1Cannot() {
        BigInteger key = Trustees.jointKey(keys);
        Ciphertext tally = box(key, 40, 17);
        assertEquals(OptionalLong.of(17), Trustees.combine(tally, shares(tally, 1, 2), 40));
        assertEquals(OptionalLong.of(17), Trustees.combine(tally, shares(tally, 1, 3), 40));
        assertEquals(OptionalLong.of(17), Trustees.combine(tally, shares(tally, 2, 3), 40));
        assertEquals(OptionalLong.of(17), Trustees.combine(tally, shares(tally, 1, 2, 3), 40));
        for (int seat = 1; seat <= N; seat++) {
            assertEquals(OptionalLong.empty(), Trustees.combine(tally, shares(tally, seat), 40), "seat " + seat + " alone");
        }
    }

    @Test
    void aWrongPartialDecryptionFailsItsProofAndWouldGiveAWrongCount() {
        BigInteger key = Trustees.jointKey(keys);
        Ciphertext tally = box(key, 10, 4);
        BigInteger s1 = Trustees.secretShare(polynomials, 1);
        Trustees.PartialDecryption honest = Trustees.decrypt(ELECTION, s1, tally);
        BigInteger wrong = Group.mul(honest.share(), Group.G);
        assertFalse(Trustees.verify(ELECTION, Trustees.publicShare(keys, 1), tally,
                new Trustees.PartialDecryption(wrong, honest.proof())));
        // a proof made with another trustee's secret does not verify either
        Trustees.PartialDecryption other = Trustees.decrypt(ELECTION, Trustees.secretShare(polynomials, 2), tally);
        assertFalse(Trustees.verify(ELECTION, Trustees.publicShare(keys, 1), tally, other));
        Map<Integer, BigInteger> shares = shares(tally, 1, 2);
        shares.put(1, wrong);
        assertFalse(Trustees.combine(tally, shares, 10).equals(OptionalLong.of(4)));
    }
}
