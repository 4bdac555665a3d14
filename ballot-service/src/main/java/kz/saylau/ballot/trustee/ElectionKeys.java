package kz.saylau.ballot.trustee;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.ballot.evoting.EVotingSettings;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;
import kz.saylau.ballot.evoting.crypto.Group;
import kz.saylau.ballot.evoting.crypto.Trustees;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.web.Hashes;
import kz.saylau.platform.web.ProblemException;

/**
 * The election key (issue 16): the commission names n trustees and the threshold k before the polls open; each
 * trustee publishes its commitments with their proofs; once all have, the joint key is fixed and ballots may be
 * cast. The trustees' secrets never reach this service. In rehearsals ({@code saylau.evoting.system-trustees}) an
 * election nobody named trustees for gets system-held ones at its first check-in, derived from a seed.
 */
@ApplicationScoped
public class ElectionKeys {

    public static final String TRUSTEE = "trustee";

    /** The key a ballot is encrypted under, with the seats and public shares its decryption is checked against. */
    public record Key(UUID electionId, int threshold, boolean systemHeld, BigInteger joint, Map<Integer, BigInteger> publicShares) {
    }

    @Inject
    EntityManager em;

    @Inject
    Elections elections;

    @Inject
    ElectionClock clock;

    @Inject
    EVotingSettings settings;

    @Inject
    ObjectMapper mapper;

    /** What naming did: {@code created} false for a repeat of the naming already made (a retry: the same answer). */
    public record Named(boolean created, ElectionKeyView key) {
    }

    @Transactional
    public Named name(UUID electionId, TrusteeNaming naming, Caller caller) {
        Election election = elections.lock(electionId);
        caller.requireScope("tec", "district", election.districtCode);
        Optional<Key> existing = find(electionId);
        if (existing.filter(k -> !k.systemHeld() && k.threshold() == naming.threshold()).isPresent()
                && names(electionId).equals(naming.trustees())) {
            return new Named(false, view(electionId));
        }
        if (election.cancelled || !clock.instant().isBefore(election.pollsOpen)) {
            throw ProblemException.rule("POLLS_OPENED", "R-V2",
                    "trustees are named before the polls open, for an election that was not cancelled");
        }
        if (existing.isPresent()) {
            throw ProblemException.conflict("TRUSTEES_NAMED", "this election's trustees are named already");
        }
        List<String> names = naming.trustees();
        if (new HashSet<>(names).size() != names.size() || naming.threshold() < 1 || naming.threshold() > names.size()
                || names.stream().anyMatch(String::isBlank)) {
            throw ProblemException.rule("TRUSTEES_INVALID", "R-V2",
                    "name each trustee once, and a threshold from 1 to the number of trustees");
        }
        insertKey(electionId, naming.threshold(), names.size(), false);
        for (int seat = 1; seat <= names.size(); seat++) {
            em.createNativeQuery("insert into trustee (election_id, seat, username) values (?1, ?2, ?3)")
                    .setParameter(1, electionId).setParameter(2, seat).setParameter(3, names.get(seat - 1)).executeUpdate();
        }
        return new Named(true, view(electionId));
    }

    @SuppressWarnings("unchecked")
    private List<String> names(UUID electionId) {
        return em.createNativeQuery("select username from trustee where election_id = ?1 order by seat")
                .setParameter(1, electionId).getResultList();
    }

    /** A trustee publishes its key: only the trustee of the seat (not even cec acts for a trustee). */
    @Transactional
    public ElectionKeyView publish(UUID electionId, int seat, Trustees.TrusteeKey key, Caller caller) {
        Election election = elections.find(electionId);
        requireTrustee(election, caller);
        int threshold = lockedThreshold(electionId);
        trusteeOfSeat(electionId, seat, election, caller);
        if (!clock.instant().isBefore(election.pollsClose) || election.cancelled) {
            throw ProblemException.rule("POLLS_CLOSED", "R-V2", "a trustee's key is published before the polls close");
        }
        Trustees.TrusteeKey published = new Trustees.TrusteeKey(seat, key.commitments(), key.proofs());
        Optional<String> stored = publicKeyJson(electionId, seat);
        if (stored.isPresent()) {
            if (read(stored.get(), Trustees.TrusteeKey.class).equals(published)) {
                return view(electionId);
            }
            throw ProblemException.conflict("TRUSTEE_KEY_PUBLISHED", "seat " + seat + " published another key already");
        }
        Trustees.problem(electionId, published, threshold).ifPresent(problem -> {
            throw ProblemException.rule("TRUSTEE_KEY_INVALID", "R-V2", problem);
        });
        em.createNativeQuery("update trustee set public_key = cast(?3 as jsonb) where election_id = ?1 and seat = ?2")
                .setParameter(1, electionId).setParameter(2, seat).setParameter(3, write(published)).executeUpdate();
        complete(electionId);
        return view(electionId);
    }

    /**
     * The key ballots are cast under, or 422 ELECTION_KEY_MISSING; in rehearsals, a first need makes the
     * system-held one (in its own transaction, so two first voters make one key).
     */
    public Key forVoting(Election election) {
        Optional<Key> key = find(election.id);
        if (key.isEmpty() && settings.systemTrustees()) {
            QuarkusTransaction.requiringNew().run(() -> systemHeld(election.id));
            key = find(election.id);
        }
        return key.filter(k -> k.joint() != null).orElseThrow(() -> ProblemException.rule("ELECTION_KEY_MISSING", "R-V2",
                "the election's trustees have not all published their keys, so no ballot can be encrypted yet"));
    }

    public Optional<Key> find(UUID electionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select threshold, system_held, joint_key from election_key where election_id = ?1")
                .setParameter(1, electionId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Map<Integer, BigInteger> shares = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery(
                "select seat, public_share from trustee where election_id = ?1 and public_share is not null")
                .setParameter(1, electionId).getResultList();
        for (Object[] s : seats) {
            shares.put(((Number) s[0]).intValue(), new BigInteger((String) s[1], 16));
        }
        return Optional.of(new Key(electionId, ((Number) row[0]).intValue(), (Boolean) row[1],
                row[2] == null ? null : new BigInteger((String) row[2], 16), shares));
    }

    public ElectionKeyView view(UUID electionId) {
        Key key = find(electionId).orElseThrow(() -> ProblemException.notFound("election key"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select seat, public_key::text, public_share from trustee where election_id = ?1 order by seat""")
                .setParameter(1, electionId).getResultList();
        List<ElectionKeyView.Seat> seats = new ArrayList<>();
        for (Object[] r : rows) {
            Trustees.TrusteeKey k = r[1] == null ? null : read((String) r[1], Trustees.TrusteeKey.class);
            seats.add(new ElectionKeyView.Seat(((Number) r[0]).intValue(), k != null, k == null ? null : k.commitments(),
                    k == null ? null : k.proofs(), r[2] == null ? null : new BigInteger((String) r[2], 16)));
        }
        return new ElectionKeyView(electionId, new ElectionKeyView.Group(Group.P, Group.Q, Group.G), key.threshold(),
                seats.size(), key.systemHeld(), key.joint(), EncryptedBallot.context(electionId),
                Trustees.context(electionId), seats);
    }

    /** The system-held trustees' polynomials: rehearsal only, derived (never stored) from the seed. */
    public List<Trustees.Polynomial> systemPolynomials(UUID electionId, int seats, int threshold) {
        List<Trustees.Polynomial> all = new ArrayList<>();
        for (int seat = 1; seat <= seats; seat++) {
            List<BigInteger> coefficients = new ArrayList<>();
            for (int j = 0; j < threshold; j++) {
                byte[] a = hmac(electionId + "|" + seat + "|" + j + "|0");
                byte[] b = hmac(electionId + "|" + seat + "|" + j + "|1");
                byte[] wide = new byte[a.length + b.length];
                System.arraycopy(a, 0, wide, 0, a.length);
                System.arraycopy(b, 0, wide, a.length, b.length);
                coefficients.add(new BigInteger(1, wide).mod(Group.Q));
            }
            all.add(new Trustees.Polynomial(seat, coefficients));
        }
        return all;
    }

    private void systemHeld(UUID electionId) {
        int seats = settings.systemSeats();
        int threshold = settings.systemThreshold();
        if (!insertKey(electionId, threshold, seats, true)) {
            return; // another first voter made it
        }
        for (Trustees.Polynomial p : systemPolynomials(electionId, seats, threshold)) {
            em.createNativeQuery("""
                    insert into trustee (election_id, seat, username, public_key) values (?1, ?2, ?3, cast(?4 as jsonb))""")
                    .setParameter(1, electionId).setParameter(2, p.seat).setParameter(3, "system-" + p.seat)
                    .setParameter(4, write(p.publicKey(electionId))).executeUpdate();
        }
        complete(electionId);
    }

    private boolean insertKey(UUID electionId, int threshold, int seats, boolean systemHeld) {
        return em.createNativeQuery("""
                insert into election_key (election_id, threshold, seats, system_held, named_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict do nothing""")
                .setParameter(1, electionId).setParameter(2, threshold).setParameter(3, seats).setParameter(4, systemHeld)
                .setParameter(5, clock.instant()).executeUpdate() == 1;
    }

    /** Once every seat published: the joint key and each seat's public share, from the commitments alone. */
    private void complete(UUID electionId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select public_key::text from trustee where election_id = ?1 order by seat")
                .setParameter(1, electionId).getResultList();
        if (rows.stream().anyMatch(r -> r == null)) {
            return;
        }
        List<Trustees.TrusteeKey> keys = rows.stream().map(r -> read((String) r, Trustees.TrusteeKey.class)).toList();
        em.createNativeQuery("update election_key set joint_key = ?2 where election_id = ?1")
                .setParameter(1, electionId).setParameter(2, Trustees.jointKey(keys).toString(16)).executeUpdate();
        for (Trustees.TrusteeKey k : keys) {
            em.createNativeQuery("update trustee set public_share = ?3 where election_id = ?1 and seat = ?2")
                    .setParameter(1, electionId).setParameter(2, k.seat())
                    .setParameter(3, Trustees.publicShare(keys, k.seat()).toString(16)).executeUpdate();
        }
    }

    /** The threshold, with the key's row locked so that two trustees' last publications complete it once. */
    int lockedThreshold(UUID electionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select threshold, system_held from election_key where election_id = ?1 for update")
                .setParameter(1, electionId).getResultList();
        if (rows.isEmpty() || (Boolean) rows.get(0)[1]) {
            throw ProblemException.notFound("named trustees of this election");
        }
        return ((Number) rows.get(0)[0]).intValue();
    }

    /**
     * 403 unless the caller is the trustee of the seat, scoped to the election's district; 404 for no such seat
     * (system-held seats are nobody's).
     */
    public String trusteeOfSeat(UUID electionId, int seat, Election election, Caller caller) {
        requireTrustee(election, caller);
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                select t.username from trustee t join election_key k on k.election_id = t.election_id
                where t.election_id = ?1 and t.seat = ?2 and not k.system_held""")
                .setParameter(1, electionId).setParameter(2, seat).getResultList();
        if (names.isEmpty()) {
            throw ProblemException.notFound("trustee seat " + seat);
        }
        if (!names.get(0).equals(caller.name())) {
            throw ProblemException.forbidden("seat " + seat + " is another trustee's");
        }
        return names.get(0);
    }

    /** 403 unless the caller is a trustee of the election's district (asked before anything else is looked up). */
    public void requireTrustee(Election election, Caller caller) {
        if (!caller.has(TRUSTEE) || !caller.scope("district").filter(election.districtCode::equals).isPresent()) {
            throw ProblemException.forbidden("only the election's trustees publish keys and decryptions");
        }
    }

    private Optional<String> publicKeyJson(UUID electionId, int seat) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "select public_key::text from trustee where election_id = ?1 and seat = ?2 and public_key is not null")
                .setParameter(1, electionId).setParameter(2, seat).getResultList();
        return rows.stream().findFirst();
    }

    private byte[] hmac(String text) {
        return Hashes.hmacSha256(settings.systemTrusteeSeed(), text.getBytes(StandardCharsets.UTF_8));
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
