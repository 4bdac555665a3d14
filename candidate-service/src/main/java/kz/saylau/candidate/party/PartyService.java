package kz.saylau.candidate.party;

import java.time.Instant;
import java.util.List;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.messaging.Outbox;

/** Registers parties (announced on {@code saylau.territory}) and lists them. */
@ApplicationScoped
public class PartyService {

    @Inject
    Outbox outbox;

    @Transactional
    public PartyResponse register(PartyRequest request) {
        if (Party.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("PARTY_EXISTS", "party " + request.code() + " exists already");
        }
        Party party = new Party();
        party.code = request.code();
        party.name = request.name();
        party.registeredAt = Instant.now();
        party.persist();
        // a concurrent registration of the same code fails on the primary key here, inside the transaction
        Party.getEntityManager().flush();
        PartyResponse registered = PartyResponse.of(party);
        outbox.publish(PartyResponse.TOPIC, PartyResponse.TYPE, party.code, registered);
        return registered;
    }

    public List<PartyResponse> list() {
        return Party.<Party>listAll(Sort.by("code")).stream().map(PartyResponse::of).toList();
    }

    public Party find(String code) {
        return Party.<Party>findByIdOptional(code).orElse(null);
    }
}
