package kz.saylau.ballot.evoting;

import kz.saylau.platform.web.Columns;

import kz.saylau.platform.web.Iin;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.ballot.BallotService;
import kz.saylau.ballot.ballot.BallotSettings;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;
import kz.saylau.ballot.trustee.ElectionKeys;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.Hashes;
import kz.saylau.ballot.platform.Instants;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.ballot.precinct.Precinct;

/**
 * R-V2 electronic ballots. The "has voted" register ({@code voter_checkin}) holds a keyed hash of the IIN and the
 * hash of the token (until the box is tallied); the box ({@code electronic_ballot}) holds the encrypted ballot, the
 * precinct, the day and its tracker, nothing else. Whoever joins the tables (by token, transaction id or row order)
 * reaches a ciphertext, which only k trustees together could open, and they only ever open each precinct's sum.
 * Tokens are kept as hashes only.
 */
@ApplicationScoped
public class EVotingService {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Token(String token, String expiresAt) {
    }

    public record Recorded(String receipt) {
    }

    public record Receipt(UUID electionId, String status, LocalDate recordedOn) {
    }

    @Inject
    EntityManager em;

    @Inject
    Elections elections;

    @Inject
    ElectionClock clock;

    @Inject
    ServiceSettings config;

    @Inject
    VoterKeySettings voterKey;

    @Inject
    BallotSettings settings;

    @Inject
    BallotService ballots;

    @Inject
    ElectionKeys keys;

    /** Check-in: one token per IIN and election, at any precinct; an unused expired token may be replaced once there. */
    @Transactional
    public Token issue(UUID electionId, String code, String iin, Caller caller) {
        caller.requireScope("precinct", "precinct", code);
        Election election = elections.find(electionId);
        Precinct.ofElection(em, election, code, false);
        Instant now = clock.instant();
        if (!election.votingAt(now)) {
            throw ProblemException.rule("OUTSIDE_POLLING_HOURS", "R-V2",
                    "ballot tokens are issued while the polls of an election that was neither cancelled nor failed are open");
        }
        if (Iin.parse(iin).isEmpty()) {
            throw ProblemException.rule("IIN_INVALID", "R-I1", "the IIN is not valid");
        }
        keys.forVoting(election); // no token a voter could not use

        String voter = voterHash(iin);
        String token = random(32);
        String tokenHash = Hashes.sha256(token);
        Instant expires = now.plus(settings.tokenLifetime());
        if (expires.isAfter(election.pollsClose)) {
            expires = election.pollsClose;
        }
        // the primary key (election, voter) makes two simultaneous check-ins of one IIN give one token
        int inserted = em.createNativeQuery("""
                insert into voter_checkin (election_id, voter_hash, precinct_code, token_hash)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, electionId).setParameter(2, voter).setParameter(3, code).setParameter(4, tokenHash)
                .executeUpdate();
        if (inserted == 0) {
            // R-V2: replaced once, at the same precinct, when the earlier token expired unused
            int replaced = em.createNativeQuery("""
                    update voter_checkin c set token_hash = ?4, replaced = true
                    where c.election_id = ?1 and c.voter_hash = ?2 and c.precinct_code = ?3 and not c.replaced
                      and exists (select 1 from ballot_token t where t.token_hash = c.token_hash and not t.used and t.expires_at <= ?5)""")
                    .setParameter(1, electionId).setParameter(2, voter).setParameter(3, code).setParameter(4, tokenHash)
                    .setParameter(5, now).executeUpdate();
            if (replaced == 0) {
                throw ProblemException.conflict("ALREADY_VOTED", "R-V2: this voter has checked in for this election");
            }
        }
        em.createNativeQuery("""
                insert into ballot_token (token_hash, election_id, precinct_code, expires_at) values (?1, ?2, ?3, ?4)""")
                .setParameter(1, tokenHash).setParameter(2, electionId).setParameter(3, code).setParameter(4, expires)
                .executeUpdate();
        return new Token(token, Instants.format(expires, config.timeZone()));
    }

    /**
     * The vote: api.md order TOKEN_UNKNOWN, TOKEN_EXPIRED, UNKNOWN_OPTION or BALLOT_INVALID, then 409 TOKEN_USED.
     * The choice is encrypted before anything is written and never stored, logged or sent in clear (issue 16).
     */
    @Transactional
    public Recorded vote(UUID electionId, VoteRequest request) {
        if ((request.optionId() == null) == (request.ballot() == null)) {
            throw ProblemException.invalid("optionId", "send either optionId or an encrypted ballot, not both");
        }
        Election election = elections.find(electionId);
        String tokenHash = Hashes.sha256(request.token());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select precinct_code, expires_at, used from ballot_token where token_hash = ?1 and election_id = ?2""")
                .setParameter(1, tokenHash).setParameter(2, electionId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.rule("TOKEN_UNKNOWN", "R-V2", "no such ballot token for this election");
        }
        String precinct = (String) rows.get(0)[0];
        Instant expires = Columns.instant(rows.get(0)[1]);
        Instant now = clock.instant();
        if (!now.isBefore(expires) || !election.votingAt(now)) {
            throw ProblemException.rule("TOKEN_EXPIRED", "R-V2",
                    "the ballot token expired (or its election was cancelled or failed)");
        }
        List<UUID> options = ballots.options(electionId).stream().map(o -> o.optionId).toList();
        ElectionKeys.Key key = keys.forVoting(election);
        EncryptedBallot ballot;
        if (request.optionId() != null) {
            if (!options.contains(request.optionId())) {
                throw ProblemException.rule("UNKNOWN_OPTION", "R-V2", "no such option on this election's ballot");
            }
            ballot = EncryptedBallot.encrypt(electionId, key.joint(), options, request.optionId());
        } else {
            ballot = request.ballot();
            ballot.problem(electionId, key.joint(), options).ifPresent(problem -> {
                throw ProblemException.rule("BALLOT_INVALID", "R-V2", problem);
            });
        }
        // one use: of many simultaneous uses only the one that flips the flag records a ballot
        int used = em.createNativeQuery("update ballot_token set used = true where token_hash = ?1 and not used")
                .setParameter(1, tokenHash).executeUpdate();
        if (used == 0) {
            throw ProblemException.conflict("TOKEN_USED", "R-V2: this ballot token was used");
        }
        // the receipt is the ballot's tracker: the voter finds it on the precinct's public board after the count
        String receipt = ballot.tracker(electionId);
        int recorded = em.createNativeQuery("""
                insert into electronic_ballot (receipt, election_id, precinct_code, ballot, recorded_on)
                values (?1, ?2, ?3, cast(?4 as jsonb), ?5) on conflict do nothing""")
                .setParameter(1, receipt).setParameter(2, electionId).setParameter(3, precinct)
                .setParameter(4, keys.write(ballot)).setParameter(5, LocalDate.ofInstant(now, config.timeZone()))
                .executeUpdate();
        if (recorded == 0) {
            // a client that replays another voter's encrypted ballot: the box holds each ballot once
            throw ProblemException.rule("BALLOT_INVALID", "R-V2", "this encrypted ballot is in the box already");
        }
        return new Recorded(receipt);
    }

    public Receipt receipt(String receipt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select election_id, recorded_on from electronic_ballot where receipt = ?1")
                .setParameter(1, receipt).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("receipt");
        }
        return new Receipt((UUID) rows.get(0)[0], "RECORDED", Columns.date(rows.get(0)[1]));
    }

    private String voterHash(String iin) {
        return Hashes.hmacSha256Hex(voterKey.voterKey(), iin);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
