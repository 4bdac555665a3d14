package kz.saylau.ballot.evoting.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What the box takes: an honest ballot; what it refuses: each way a cheating client could stuff it. */
class EncryptedBallotTest {

    static final UUID ELECTION = UUID.randomUUID();
    static final BigInteger SECRET = Group.randomExponent();
    static final BigInteger KEY = Group.gPow(SECRET);
    static final List<UUID> OPTIONS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    static EncryptedBallot forged(int[] plaintexts, int[] claimed) {
        return Forged.ballot(ELECTION, KEY, OPTIONS, plaintexts, claimed);
    }

    static long decrypt(Ciphertext ct) {
        BigInteger gm = Group.mul(ct.beta(), Group.powNegative(ct.alpha(), SECRET));
        for (long m = 0; m < 10; m++) {
            if (Group.gPow(BigInteger.valueOf(m)).equals(gm)) {
                return m;
            }
        }
        return -1;
    }

    @Test
    void anHonestBallotVerifiesAndHoldsTheChoice() {
        EncryptedBallot ballot = EncryptedBallot.encrypt(ELECTION, KEY, OPTIONS, OPTIONS.get(1));
        assertEquals(Optional.empty(), ballot.problem(ELECTION, KEY, OPTIONS));
        assertEquals(List.of(0L, 1L, 0L), ballot.selections().stream().map(s -> decrypt(s.ciphertext())).toList());
        assertEquals(ballot.tracker(ELECTION), ballot.tracker(ELECTION));
        assertTrue(ballot.tracker(ELECTION).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void twoBallotsForTheSameChoiceShareNoValue() {
        EncryptedBallot a = EncryptedBallot.encrypt(ELECTION, KEY, OPTIONS, OPTIONS.get(0));
        EncryptedBallot b = EncryptedBallot.encrypt(ELECTION, KEY, OPTIONS, OPTIONS.get(0));
        for (int i = 0; i < OPTIONS.size(); i++) {
            assertNotEquals(a.selections().get(i).ciphertext().alpha(), b.selections().get(i).ciphertext().alpha());
            assertNotEquals(a.selections().get(i).ciphertext().beta(), b.selections().get(i).ciphertext().beta());
            assertNotEquals(a.selections().get(i).proof(), b.selections().get(i).proof());
        }
        assertNotEquals(a.tracker(ELECTION), b.tracker(ELECTION));
    }

    @Test
    void aTwoInOneOptionIsRefused() {
        EncryptedBallot ballot = forged(new int[] { 2, 0, 0 }, new int[] { 1, 0, 0 });
        assertTrue(ballot.problem(ELECTION, KEY, OPTIONS).orElseThrow().contains("holds 0 or 1"));
        // the same with -1 elsewhere, so that the sum still proves to be one: the range proofs catch it
        EncryptedBallot balanced = forged(new int[] { 2, -1, 0 }, new int[] { 1, 0, 0 });
        assertTrue(balanced.problem(ELECTION, KEY, OPTIONS).orElseThrow().contains("holds 0 or 1"));
    }

    @Test
    void twoOnesAreRefused() {
        EncryptedBallot ballot = forged(new int[] { 1, 1, 0 }, new int[] { 1, 1, 0 });
        assertTrue(ballot.problem(ELECTION, KEY, OPTIONS).orElseThrow().contains("exactly one choice"));
        EncryptedBallot none = forged(new int[] { 0, 0, 0 }, new int[] { 0, 0, 0 });
        assertTrue(none.problem(ELECTION, KEY, OPTIONS).orElseThrow().contains("exactly one choice"));
    }

    @Test
    void aCiphertextNotOnTheBallotIsRefused() {
        EncryptedBallot honest = EncryptedBallot.encrypt(ELECTION, KEY, OPTIONS, OPTIONS.get(2));
        List<EncryptedBallot.Selection> renamed = new ArrayList<>(honest.selections());
        var last = renamed.get(2);
        renamed.set(2, new EncryptedBallot.Selection(UUID.randomUUID(), last.ciphertext(), last.proof()));
        assertTrue(new EncryptedBallot(renamed, honest.sumProof()).problem(ELECTION, KEY, OPTIONS).orElseThrow()
                .contains("not for option 3"));
        List<EncryptedBallot.Selection> extra = new ArrayList<>(honest.selections());
        extra.add(honest.selections().get(0));
        assertTrue(new EncryptedBallot(extra, honest.sumProof()).problem(ELECTION, KEY, OPTIONS).isPresent());
        List<EncryptedBallot.Selection> outside = new ArrayList<>(honest.selections());
        outside.set(0, new EncryptedBallot.Selection(OPTIONS.get(0),
                new Ciphertext(Group.P.subtract(BigInteger.ONE), BigInteger.ONE), honest.selections().get(0).proof()));
        assertTrue(new EncryptedBallot(outside, honest.sumProof()).problem(ELECTION, KEY, OPTIONS).orElseThrow()
                .contains("group"));
    }

    @Test
    void aBallotOfAnotherElectionDoesNotVerifyHere() {
        EncryptedBallot elsewhere = EncryptedBallot.encrypt(UUID.randomUUID(), KEY, OPTIONS, OPTIONS.get(0));
        assertTrue(elsewhere.problem(ELECTION, KEY, OPTIONS).isPresent());
    }

    @Test
    void aSwappedCiphertextBreaksItsProof() {
        EncryptedBallot a = EncryptedBallot.encrypt(ELECTION, KEY, OPTIONS, OPTIONS.get(0));
        List<EncryptedBallot.Selection> s = new ArrayList<>(a.selections());
        var first = s.get(0);
        var second = s.get(1);
        s.set(0, new EncryptedBallot.Selection(first.optionId(), second.ciphertext(), first.proof()));
        s.set(1, new EncryptedBallot.Selection(second.optionId(), first.ciphertext(), second.proof()));
        assertTrue(new EncryptedBallot(s, a.sumProof()).problem(ELECTION, KEY, OPTIONS).isPresent());
    }
}
