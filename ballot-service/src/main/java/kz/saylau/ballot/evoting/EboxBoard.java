package kz.saylau.ballot.evoting;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.ballot.evoting.crypto.Ciphertext;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;
import kz.saylau.ballot.evoting.crypto.Proofs;
import kz.saylau.ballot.trustee.ElectionKeys;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import kz.saylau.platform.web.ProblemException;

/**
 * The public board of the electronic box (issue 16, item 3), after the polls close: every encrypted ballot by its
 * tracker, each precinct's tallies, the trustees' partial decryptions with their proofs, and the counts. Anyone can
 * check every proof, recompute every product and the counts (tools/verify_ebox.py).
 */
@ApplicationScoped
public class EboxBoard {

    /** {@code CLOSED}: the polls closed, the tally is being made; {@code TALLIED}: waiting for k trustees. */
    public record Board(UUID electionId, String status, @Schema(nullable = true) Integer threshold, List<Integer> decryptedBy, List<Precinct> precincts) {
    }

    public record Precinct(String precinctCode, int ballots, List<TallyView> tallies) {
    }

    public record TallyView(UUID optionId, BigInteger alpha, BigInteger beta, @Schema(nullable = true) Long votes, List<Share> decryptions) {
    }

    public record Share(int seat, BigInteger share, Proofs.Decryption proof) {
    }

    public record BoardBallot(String tracker, String precinctCode, LocalDate recordedOn, EncryptedBallot ballot) {
    }

    @Inject
    EntityManager em;

    @Inject
    Elections elections;

    @Inject
    ElectionClock clock;

    @Inject
    EboxCount count;

    @Inject
    ElectionKeys keys;

    public Board board(UUID id) {
        Election election = closed(id);
        Map<String, Map<UUID, List<Share>>> shares = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select precinct_code, option_id, seat, share, proof::text from trustee_decryption where election_id = ?1
                order by seat""").setParameter(1, id).getResultList();
        List<Integer> seats = new ArrayList<>();
        for (Object[] r : rows) {
            int seat = ((Number) r[2]).intValue();
            if (!seats.contains(seat)) {
                seats.add(seat);
            }
            shares.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).computeIfAbsent((UUID) r[1], k -> new ArrayList<>())
                    .add(new Share(seat, new BigInteger((String) r[3], 16), keys.read((String) r[4], Proofs.Decryption.class)));
        }
        Map<String, Precinct> precincts = new LinkedHashMap<>();
        for (EboxCount.Tally t : count.tallies(id)) {
            Precinct p = precincts.computeIfAbsent(t.precinctCode(), k -> new Precinct(k, t.ballots(), new ArrayList<>()));
            Ciphertext c = t.ciphertext();
            p.tallies().add(new TallyView(t.optionId(), c.alpha(), c.beta(), t.votes(),
                    shares.getOrDefault(t.precinctCode(), Map.of()).getOrDefault(t.optionId(), List.of())));
        }
        String status = election.eboxCounted ? "COUNTED" : election.eboxTallied ? "TALLIED" : "CLOSED";
        Integer threshold = keys.find(id).map(ElectionKeys.Key::threshold).orElse(null);
        return new Board(id, status, threshold, seats, List.copyOf(precincts.values()));
    }

    /** The box's ballots in the order of their trackers (random, so never the order they were cast in). */
    public PageOf<BoardBallot> ballots(UUID id, String precinct, ListPage page) {
        closed(id);
        String where = "where election_id = ?1" + (precinct == null ? "" : " and precinct_code = ?2");
        var countQuery = em.createNativeQuery("select count(*) from electronic_ballot " + where).setParameter(1, id);
        var listQuery = em.createNativeQuery("select receipt, precinct_code, recorded_on, ballot::text from electronic_ballot "
                + where + " order by receipt").setParameter(1, id);
        if (precinct != null) {
            countQuery.setParameter(2, precinct);
            listQuery.setParameter(2, precinct);
        }
        long total = ((Number) countQuery.getSingleResult()).longValue();
        long from = (long) page.page * page.size;
        if (from >= total) {
            return new PageOf<>(List.of(), total);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = listQuery.setFirstResult((int) from).setMaxResults(page.size).getResultList();
        return new PageOf<>(rows.stream().map(this::ballot).toList(), total);
    }

    public BoardBallot ballot(UUID id, String tracker) {
        closed(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select receipt, precinct_code, recorded_on, ballot::text from electronic_ballot
                where election_id = ?1 and receipt = ?2""").setParameter(1, id).setParameter(2, tracker).getResultList();
        return rows.stream().findFirst().map(this::ballot).orElseThrow(() -> ProblemException.notFound("ballot " + tracker));
    }

    private BoardBallot ballot(Object[] r) {
        return new BoardBallot((String) r[0], (String) r[1], kz.saylau.platform.web.Columns.date(r[2]),
                keys.read((String) r[3], EncryptedBallot.class));
    }

    private Election closed(UUID id) {
        Election election = elections.find(id);
        if (clock.instant().isBefore(election.pollsClose)) {
            throw ProblemException.rule("POLLS_NOT_CLOSED", "R-V3", "the box's board is public once the polls close");
        }
        return election;
    }
}
