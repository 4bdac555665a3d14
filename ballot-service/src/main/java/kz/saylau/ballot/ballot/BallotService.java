package kz.saylau.ballot.ballot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.election.Election;
import kz.saylau.platform.web.Labels;
import kz.saylau.platform.web.Language;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.messaging.Outbox;

/** Builds ballots from the final list of registered candidates (R-B1..R-B3) and versions them when one leaves. */
@ApplicationScoped
public class BallotService {

    static final String SELF = Labels.of(Language.EN, "affiliation.SELF");
    static final String DISTRICT_AKIM = Labels.of(Language.EN, "affiliation.DISTRICT_AKIM");

    @Inject
    EntityManager em;

    @Inject
    BallotSettings settings;

    @Inject
    Outbox outbox;

    record Entry(UUID candidateId, String lastName, String firstName, String patronymic, String nameRu, String affiliation,
            String nominatedBy) {
    }

    /** R-B3: the ballot is published once, when the final list arrives; a repeat of the list changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(UUID electionId, JsonNode candidates) {
        if (version(electionId).isPresent()) {
            return;
        }
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new IllegalStateException("registration closed for an election never announced: " + electionId);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode c : candidates) {
            UUID id = UUID.fromString(c.path("id").asText());
            if (!"REGISTERED".equals(c.path("status").asText("REGISTERED")) || left(id)) {
                continue;
            }
            String nominatedBy = c.path("nominatedBy").asText();
            String affiliation = switch (nominatedBy) {
                case "PARTY" -> c.path("partyName").asText(c.path("partyCode").asText());
                case "SELF" -> SELF;
                case "DISTRICT_AKIM" -> DISTRICT_AKIM;
                default -> throw new IllegalArgumentException("unknown nominatedBy " + nominatedBy);
            };
            entries.add(new Entry(id, c.path("lastName").asText(), c.path("firstName").asText(),
                    c.path("patronymic").isNull() ? null : c.path("patronymic").asText(null), c.path("nameRu").asText(null),
                    affiliation, nominatedBy));
        }
        entries.sort(KazakhAlphabet.byName(Entry::lastName, Entry::firstName, Entry::patronymic));
        int position = 0;
        for (Entry e : entries) {
            BallotOption o = new BallotOption();
            o.optionId = UUID.randomUUID();
            o.electionId = electionId;
            o.position = ++position;
            o.kind = "CANDIDATE";
            o.candidateId = e.candidateId();
            o.displayName = displayName(e.lastName(), e.firstName(), e.patronymic());
            o.displayNameRu = e.nameRu();
            o.affiliation = e.affiliation();
            o.nominatedBy = e.nominatedBy();
            o.onBallot = true;
            o.persist();
        }
        if (!election.votingDay.isBefore(settings.againstAllSince())) {
            BallotOption o = new BallotOption();
            o.optionId = UUID.randomUUID();
            o.electionId = electionId;
            o.position = ++position;
            o.kind = "AGAINST_ALL";
            o.displayName = Labels.of(Language.EN, "option.AGAINST_ALL");
            o.affiliation = "";
            o.onBallot = true;
            o.persist();
        }
        em.createNativeQuery("insert into ballot (election_id, version, published_at) values (?1, 1, ?2)")
                .setParameter(1, electionId).setParameter(2, Instant.now()).executeUpdate();
        announce(electionId);
    }

    /** R-B3: a candidate on the ballot withdrew or was deregistered: a new version without them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void candidateLeft(UUID electionId, UUID candidateId) {
        em.createNativeQuery("insert into candidate_left (candidate_id, election_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, candidateId).setParameter(2, electionId).executeUpdate();
        BallotOption gone = BallotOption.<BallotOption>find("electionId = ?1 and candidateId = ?2 and onBallot = true",
                electionId, candidateId).firstResult();
        if (gone == null) {
            return;
        }
        gone.onBallot = false;
        int position = 0;
        for (BallotOption o : BallotOption.<BallotOption>list("electionId = ?1 and onBallot = true", Sort.by("position"), electionId)) {
            o.position = ++position;
        }
        em.createNativeQuery("update ballot set version = version + 1, published_at = ?2 where election_id = ?1")
                .setParameter(1, electionId).setParameter(2, Instant.now()).executeUpdate();
        announce(electionId);
    }

    /**
     * The current ballot, its own words (against all, self-nominated, nominated by the district akim) in
     * {@code language}; names of candidates and parties are as registered. 404 until the ballot is published.
     */
    public BallotView get(UUID electionId, Language language) {
        int version = version(electionId).orElseThrow(() -> ProblemException.notFound("the ballot of election " + electionId));
        return new BallotView(electionId, version, options(electionId).stream().map(o -> view(o, language)).toList());
    }

    /** A line as a reader sees it: against all in {@code language} (and in Russian), a nomination kind's own words too. */
    private static BallotView.Option view(BallotOption o, Language language) {
        if ("AGAINST_ALL".equals(o.kind)) {
            return new BallotView.Option(o.optionId, o.position, o.kind, o.candidateId,
                    Labels.of(language, "option.AGAINST_ALL"), Labels.of(Language.RU, "option.AGAINST_ALL"), o.affiliation,
                    o.nominatedBy);
        }
        boolean ownWords = "SELF".equals(o.nominatedBy) || "DISTRICT_AKIM".equals(o.nominatedBy);
        return new BallotView.Option(o.optionId, o.position, o.kind, o.candidateId, o.displayName, o.displayNameRu,
                ownWords ? Labels.of(language, "affiliation", o.nominatedBy) : o.affiliation, o.nominatedBy);
    }

    /** The options on the current ballot, by position. */
    public List<BallotOption> options(UUID electionId) {
        return BallotOption.list("electionId = ?1 and onBallot = true", Sort.by("position"), electionId);
    }

    public Optional<Integer> version(UUID electionId) {
        @SuppressWarnings("unchecked")
        List<Number> v = em.createNativeQuery("select version from ballot where election_id = ?1")
                .setParameter(1, electionId).getResultList();
        return v.stream().findFirst().map(Number::intValue);
    }

    private boolean left(UUID candidateId) {
        return ((Number) em.createNativeQuery("select count(*) from candidate_left where candidate_id = ?1")
                .setParameter(1, candidateId).getSingleResult()).intValue() > 0;
    }

    private void announce(UUID electionId) {
        em.flush();
        // events carry the words api.md writes (English), whatever language a reader asks for
        outbox.publish(BallotView.TOPIC, BallotView.TYPE, electionId.toString(), get(electionId, Language.EN));
    }

    /** api.md: surname, first name, patronymic joined by single spaces. */
    static String displayName(String last, String first, String patronymic) {
        return String.join(" ", patronymic == null || patronymic.isBlank() ? List.of(last.strip(), first.strip())
                : List.of(last.strip(), first.strip(), patronymic.strip()));
    }
}
