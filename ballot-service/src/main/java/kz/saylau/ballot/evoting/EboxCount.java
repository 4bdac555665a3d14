package kz.saylau.ballot.evoting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.ballot.ballot.BallotOption;
import kz.saylau.ballot.ballot.BallotService;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.ballot.evoting.crypto.Ciphertext;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;
import kz.saylau.ballot.evoting.crypto.Trustees;
import kz.saylau.ballot.trustee.ElectionKeys;
import kz.saylau.platform.clock.DeadlineTask;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.messaging.Outbox;

/**
 * R-V4: when the polls close, each precinct's electronic box is counted once and announced
 * ({@code saylau.ebox.closed.v1}), driven by the election clock (periodic check and every clock change). Counting is
 * homomorphic (issue 16): the box's ciphertexts are multiplied per option into its tallies, the token links are
 * dropped, and k trustees' partial decryptions of the tallies (never of a ballot) give the counts. System-held
 * trustees (rehearsals) decrypt at once; named trustees post theirs ({@link #decryption}), and the counts follow
 * the k-th.
 */
@ApplicationScoped
public class EboxCount implements DeadlineTask {

    public static final String TOPIC = "saylau.tallies";
    public static final String TYPE = "saylau.ebox.closed.v1";
    public static final String TALLIED = "saylau.ebox.tallied.v1";

    /** Payload of {@code saylau.ebox.closed.v1}: one precinct's electronic box, every option of the ballot. */
    public record EboxClosed(UUID electionId, String precinctCode, List<Count> counts) {
    }

    public record Count(UUID optionId, String kind, UUID candidateId, long votes) {
    }

    /**
     * Payload of {@code saylau.ebox.tallied.v1}: the polls closed and the boxes of these precincts are tallied; their
     * counts ({@code saylau.ebox.closed.v1}, one per precinct) follow once {@code threshold} trustees have decrypted,
     * and the result is not certified before (R-V4).
     */
    public record EboxTallied(UUID electionId, List<String> precinctCodes, Integer threshold) {
    }

    /** One tally of a precinct's box: the product of its ballots' ciphertexts for one option. */
    public record Tally(String precinctCode, UUID optionId, Ciphertext ciphertext, int ballots, Long votes) {
    }

    @Inject
    EntityManager em;

    @Inject
    ElectionClock clock;

    @Inject
    Elections elections;

    @Inject
    BallotService ballots;

    @Inject
    ElectionKeys keys;

    @Inject
    Outbox outbox;

    @Override
    public void runDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery(
                "select id from election where not ebox_tallied and not ebox_counted and not cancelled and polls_close <= ?1")
                .setParameter(1, clock.instant()).getResultList();
        for (UUID id : due) {
            QuarkusTransaction.requiringNew().run(() -> count(id));
        }
    }

    void count(UUID id) {
        Election election = elections.lock(id);
        if (election.eboxTallied || election.eboxCounted || election.cancelled || clock.instant().isBefore(election.pollsClose)) {
            return;
        }
        var key = keys.find(id);
        tally(election, key.map(ElectionKeys.Key::threshold).orElse(null));
        if (key.isPresent() && key.get().systemHeld()) {
            decryptAsSystem(id, key.get());
        }
        publishWhenDecrypted(election);
    }

    /** The tallies of every precinct of the unit (an empty box's is the identity, 0 without decrypting). */
    private void tally(Election election, Integer threshold) {
        UUID id = election.id;
        List<BallotOption> options = ballots.options(id);
        Map<String, Map<UUID, List<Ciphertext>>> boxes = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select precinct_code, ballot::text from electronic_ballot where election_id = ?1")
                .setParameter(1, id).getResultList();
        for (Object[] row : rows) {
            String precinct = (String) row[0];
            EncryptedBallot ballot = keys.read((String) row[1], EncryptedBallot.class);
            sizes.merge(precinct, 1, Integer::sum);
            for (EncryptedBallot.Selection s : ballot.selections()) {
                boxes.computeIfAbsent(precinct, k -> new HashMap<>()).computeIfAbsent(s.optionId(), k -> new ArrayList<>())
                        .add(s.ciphertext());
            }
        }
        List<String> precincts = precincts(election);
        for (String precinct : precincts) {
            int size = sizes.getOrDefault(precinct, 0);
            for (BallotOption o : options) {
                Ciphertext product = Ciphertext.product(boxes.getOrDefault(precinct, Map.of()).getOrDefault(o.optionId, List.of()));
                em.createNativeQuery("""
                        insert into ebox_tally (election_id, precinct_code, option_id, alpha, beta, ballots, votes)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                        .setParameter(1, id).setParameter(2, precinct).setParameter(3, o.optionId)
                        .setParameter(4, product.alpha().toString(16)).setParameter(5, product.beta().toString(16))
                        .setParameter(6, size).setParameter(7, size == 0 ? 0L : null).executeUpdate();
            }
        }
        // R-V2 item 7: nothing links a check-in to a token, hence to a ballot, once the box is closed
        em.createNativeQuery("delete from ballot_token where election_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("update voter_checkin set token_hash = null where election_id = ?1").setParameter(1, id)
                .executeUpdate();
        election.eboxTallied = true;
        outbox.publish(TOPIC, TALLIED, id.toString(), new EboxTallied(id, precincts, threshold));
    }

    /** The system-held trustees of the first {@code threshold} seats decrypt, as named trustees would post it. */
    private void decryptAsSystem(UUID id, ElectionKeys.Key key) {
        List<Trustees.Polynomial> all = keys.systemPolynomials(id, key.publicShares().size(), key.threshold());
        List<Tally> pending = pending(id);
        for (int seat = 1; seat <= key.threshold(); seat++) {
            BigInteger secret = Trustees.secretShare(all, seat);
            for (Tally t : pending) {
                store(id, seat, t, Trustees.decrypt(id, secret, t.ciphertext()));
            }
        }
    }

    /**
     * A named trustee's partial decryptions of every tally that needs one: 409 before the box is tallied or when the
     * seat posted already; 422 DECRYPTION_INVALID when one is missing, extra or fails its proof (nothing is kept).
     */
    @jakarta.transaction.Transactional
    public void decryption(UUID electionId, int seat, List<TrusteeDecryption.Share> shares,
            kz.saylau.platform.web.Caller caller) {
        Election election = elections.lock(electionId);
        keys.trusteeOfSeat(electionId, seat, election, caller);
        if (!election.eboxTallied) {
            throw kz.saylau.platform.web.ProblemException.conflict("EBOX_NOT_TALLIED",
                    "the box is tallied when the polls close; decrypt after that");
        }
        java.util.Set<String> posted = postedShares(electionId, seat);
        if (!posted.isEmpty() && posted.equals(shareValues(shares))) {
            return; // a retry: the same shares (their proofs drawn anew prove the same thing)
        }
        if (!posted.isEmpty() || election.eboxCounted) {
            throw kz.saylau.platform.web.ProblemException.conflict("DECRYPTION_POSTED",
                    !posted.isEmpty() ? "seat " + seat + " posted other decryptions already" : "the box is counted already");
        }
        BigInteger publicShare = keys.find(electionId).orElseThrow().publicShares().get(seat);
        Map<String, TrusteeDecryption.Share> bySlot = new LinkedHashMap<>();
        for (TrusteeDecryption.Share s : shares) {
            if (bySlot.put(s.precinctCode() + "|" + s.optionId(), s) != null) {
                throw invalid("two shares for precinct " + s.precinctCode() + ", option " + s.optionId());
            }
        }
        List<Tally> pending = pending(electionId);
        if (bySlot.size() != pending.size()) {
            throw invalid(pending.size() + " tallies need a share, " + bySlot.size() + " were sent");
        }
        for (Tally t : pending) {
            TrusteeDecryption.Share s = bySlot.get(t.precinctCode() + "|" + t.optionId());
            if (s == null) {
                throw invalid("no share for precinct " + t.precinctCode() + ", option " + t.optionId());
            }
            Trustees.PartialDecryption d = new Trustees.PartialDecryption(s.share(), s.proof());
            if (!Trustees.verify(electionId, publicShare, t.ciphertext(), d)) {
                throw invalid("the share for precinct " + t.precinctCode() + ", option " + t.optionId()
                        + " does not verify against seat " + seat + "'s public share");
            }
        }
        for (Tally t : pending) {
            TrusteeDecryption.Share s = bySlot.get(t.precinctCode() + "|" + t.optionId());
            store(electionId, seat, t, new Trustees.PartialDecryption(s.share(), s.proof()));
        }
        publishWhenDecrypted(election);
    }

    private java.util.Set<String> postedShares(UUID electionId, int seat) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select precinct_code, option_id, share from trustee_decryption where election_id = ?1 and seat = ?2")
                .setParameter(1, electionId).setParameter(2, seat).getResultList();
        return rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<String> shareValues(List<TrusteeDecryption.Share> shares) {
        return shares.stream().map(s -> s.precinctCode() + "|" + s.optionId() + "|" + s.share().toString(16))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Once k seats have decrypted: each tally's count, then one event per precinct, once. */
    private void publishWhenDecrypted(Election election) {
        UUID id = election.id;
        List<Tally> pending = pending(id);
        if (!pending.isEmpty()) {
            int threshold = keys.find(id).orElseThrow().threshold();
            @SuppressWarnings("unchecked")
            List<Number> seats = em.createNativeQuery(
                    "select distinct seat from trustee_decryption where election_id = ?1 order by seat")
                    .setParameter(1, id).getResultList();
            if (seats.size() < threshold) {
                return;
            }
            List<Integer> chosen = seats.stream().map(Number::intValue).limit(threshold).toList();
            // the chosen seats' shares of every tally, read at once: precinct|option -> seat -> share
            Map<String, Map<Integer, BigInteger>> bySlot = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select precinct_code, option_id, seat, share from trustee_decryption where election_id = ?1")
                    .setParameter(1, id).getResultList();
            for (Object[] r : rows) {
                int seat = ((Number) r[2]).intValue();
                if (chosen.contains(seat)) {
                    bySlot.computeIfAbsent(r[0] + "|" + r[1], k -> new TreeMap<>()).put(seat, new BigInteger((String) r[3], 16));
                }
            }
            for (Tally t : pending) {
                Map<Integer, BigInteger> shares = bySlot.getOrDefault(t.precinctCode() + "|" + t.optionId(), Map.of());
                OptionalLong votes = Trustees.combine(t.ciphertext(), shares, t.ballots());
                // every share passed its proof, so k of them always open the tally
                long count = votes.orElseThrow(() -> new IllegalStateException("verified shares did not open a tally"));
                em.createNativeQuery("""
                        update ebox_tally set votes = ?4 where election_id = ?1 and precinct_code = ?2 and option_id = ?3""")
                        .setParameter(1, id).setParameter(2, t.precinctCode()).setParameter(3, t.optionId())
                        .setParameter(4, count).executeUpdate();
            }
        }
        List<BallotOption> options = ballots.options(id);
        Map<String, Map<UUID, Long>> counted = new TreeMap<>();
        for (Tally t : tallies(id)) {
            counted.computeIfAbsent(t.precinctCode(), k -> new HashMap<>()).put(t.optionId(), t.votes());
        }
        counted.forEach((precinct, box) -> {
            List<Count> counts = new ArrayList<>();
            for (BallotOption o : options) {
                counts.add(new Count(o.optionId, o.kind, o.candidateId, box.getOrDefault(o.optionId, 0L)));
            }
            outbox.publish(TOPIC, TYPE, id.toString(), new EboxClosed(id, precinct, counts));
        });
        election.eboxCounted = true;
    }

    public List<Tally> tallies(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select precinct_code, option_id, alpha, beta, ballots, votes from ebox_tally where election_id = ?1
                order by precinct_code, option_id""").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Tally((String) r[0], (UUID) r[1],
                new Ciphertext(new BigInteger((String) r[2], 16), new BigInteger((String) r[3], 16)),
                ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).longValue())).toList();
    }

    private List<Tally> pending(UUID id) {
        return tallies(id).stream().filter(t -> t.votes() == null).toList();
    }

    private void store(UUID id, int seat, Tally t, Trustees.PartialDecryption d) {
        em.createNativeQuery("""
                insert into trustee_decryption (election_id, seat, precinct_code, option_id, share, proof)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))""")
                .setParameter(1, id).setParameter(2, seat).setParameter(3, t.precinctCode()).setParameter(4, t.optionId())
                .setParameter(5, d.share().toString(16)).setParameter(6, keys.write(d.proof())).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> precincts(Election election) {
        return em.createNativeQuery("select code from precinct where unit_code = ?1 order by code")
                .setParameter(1, election.unitCode).getResultList();
    }

    private static kz.saylau.platform.web.ProblemException invalid(String detail) {
        return kz.saylau.platform.web.ProblemException.rule("DECRYPTION_INVALID", "R-V4", detail);
    }
}
