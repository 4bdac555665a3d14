import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import kz.saylau.ballot.evoting.crypto.Ciphertext;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;
import kz.saylau.ballot.evoting.crypto.Group;
import kz.saylau.ballot.evoting.crypto.Trustees;

/**
 * The electronic box's cryptography, measured (issue 16): encrypt and prove one ballot, verify one ballot, and count a
 * 2,000-ballot precinct (multiply its ciphertexts, two of three trustees' partial decryptions with proofs, their
 * check, and the combination), beside the primitive it is all made of, one exponentiation in the group.
 *
 *     ./mvnw -q -pl ballot-service -am -DskipTests install
 *     java -cp ballot-service/target/classes bench/EboxCrypto.java [ballots] [options]
 */
public class EboxCrypto {

    public static void main(String[] args) {
        int ballots = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        UUID election = UUID.randomUUID();
        List<Trustees.Polynomial> trustees = new ArrayList<>();
        for (int seat = 1; seat <= 3; seat++) {
            trustees.add(Trustees.Polynomial.random(seat, 2));
        }
        List<Trustees.TrusteeKey> keys = trustees.stream().map(t -> t.publicKey(election)).toList();
        BigInteger key = Trustees.jointKey(keys);
        List<UUID> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add(UUID.randomUUID());
        }
        // warm-up: the JIT compiles BigInteger's Montgomery multiplication first
        for (int i = 0; i < 30; i++) {
            EncryptedBallot.encrypt(election, key, options, options.get(i % n)).problem(election, key, options);
        }

        int pows = 400;
        long t = System.nanoTime();
        BigInteger sink = BigInteger.ONE;
        for (int i = 0; i < pows; i++) {
            sink = sink.add(Group.pow(key, Group.randomExponent()));
        }
        double pow = ms(t) / pows;

        int timed = Math.min(ballots, 200);
        List<EncryptedBallot> box = new ArrayList<>(ballots);
        t = System.nanoTime();
        for (int i = 0; i < timed; i++) {
            box.add(EncryptedBallot.encrypt(election, key, options, options.get(i % n)));
        }
        double encrypt = ms(t) / timed;
        // the rest of the box on every core (not timed)
        box.addAll(java.util.stream.IntStream.range(timed, ballots).parallel()
                .mapToObj(i -> EncryptedBallot.encrypt(election, key, options, options.get(i % n))).toList());

        int checked = Math.min(ballots, 200);
        t = System.nanoTime();
        for (int i = 0; i < checked; i++) {
            if (box.get(i).problem(election, key, options).isPresent()) {
                throw new IllegalStateException("an honest ballot did not verify");
            }
        }
        double verify = ms(t) / checked;

        t = System.nanoTime();
        List<Ciphertext> tallies = new ArrayList<>();
        for (int o = 0; o < n; o++) {
            int option = o;
            tallies.add(Ciphertext.product(box.stream().map(b -> b.selections().get(option).ciphertext()).toList()));
        }
        double multiply = ms(t);

        t = System.nanoTime();
        List<Map<Integer, Trustees.PartialDecryption>> shares = new ArrayList<>();
        for (Ciphertext tally : tallies) {
            Map<Integer, Trustees.PartialDecryption> bySeat = new TreeMap<>();
            for (int seat : new int[] { 1, 3 }) {
                bySeat.put(seat, Trustees.decrypt(election, Trustees.secretShare(trustees, seat), tally));
            }
            shares.add(bySeat);
        }
        double decrypt = ms(t);

        t = System.nanoTime();
        long total = 0;
        for (int o = 0; o < n; o++) {
            Map<Integer, BigInteger> valid = new TreeMap<>();
            for (var e : shares.get(o).entrySet()) {
                if (!Trustees.verify(election, Trustees.publicShare(keys, e.getKey()), tallies.get(o), e.getValue())) {
                    throw new IllegalStateException("a partial decryption did not verify");
                }
                valid.put(e.getKey(), e.getValue().share());
            }
            total += Trustees.combine(tallies.get(o), valid, ballots).orElseThrow();
        }
        double combine = ms(t);
        if (total != ballots) {
            throw new IllegalStateException("the counts add up to " + total + ", not " + ballots);
        }

        System.out.printf("group: ElectionGuard 1.0 standard (p 4096 bits, q 256 bits); %d options per ballot; %s, %d cores%n",
                n, System.getProperty("java.vm.name") + " " + Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-46s %10.2f ms%n", "one exponentiation g^x mod p (the primitive)", pow);
        System.out.printf("%-46s %10.2f ms  (%.0f exponentiations)%n", "encrypt + prove one ballot", encrypt, encrypt / pow);
        System.out.printf("%-46s %10.2f ms  (%.0f exponentiations)%n", "verify one ballot", verify, verify / pow);
        System.out.printf("%-46s %10.2f ms%n", "multiply a " + ballots + "-ballot precinct's box", multiply);
        System.out.printf("%-46s %10.2f ms%n", "2 trustees' partial decryptions with proofs", decrypt);
        System.out.printf("%-46s %10.2f ms%n", "check them and combine into the counts", combine);
        System.out.printf("%-46s %10.2f ms  (counts add up to %d)%n", "count a " + ballots + "-ballot precinct in all",
                multiply + decrypt + combine, total);
        System.out.printf("%-46s %10.2f s%n", "verify the precinct's " + ballots + " ballots (one core)", verify * ballots / 1000);
        if (sink.signum() < 0) {
            System.out.println();
        }
    }

    static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
