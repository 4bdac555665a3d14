package kz.saylau.ballot.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.ballot.BallotSettings;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.web.Hashes;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.ballot.precinct.Precinct;

/** R-X2: the photo of the signed paper protocol, kept in PostgreSQL; its SHA-256 is bound into the protocol. */
@ApplicationScoped
public class ProtocolImages {

    public record Stored(String sha256) {
    }

    public record Image(String contentType, byte[] bytes) {
    }

    @Inject
    EntityManager em;

    @Inject
    Elections elections;

    @Inject
    ProtocolService protocols;

    @Inject
    BallotSettings settings;

    @Transactional
    public Stored attach(UUID electionId, String code, int version, String contentType, byte[] bytes, Caller caller) {
        Election election = elections.find(electionId);
        Precinct precinct = protocols.precinctOf(election, code);
        // the station attaches the photo of its own protocol; a correction's photo is the TEC's
        if (version == 1) {
            if (!caller.actsFor("precinct", "precinct", code) && !caller.actsFor("tec", "district", precinct.districtCode)) {
                throw ProblemException.forbidden("the precinct's own station attaches the photo of its protocol");
            }
        } else {
            caller.requireScope("tec", "district", precinct.districtCode);
        }
        if (bytes == null || bytes.length == 0) {
            throw new ProblemException(400, "VALIDATION_FAILED", "the image is empty");
        }
        if (bytes.length > settings.imageMaxBytes()) {
            throw new ProblemException(413, "PAYLOAD_TOO_LARGE", "a protocol photo is at most " + settings.imageMaxBytes() + " bytes");
        }
        Protocol p = protocols.version(electionId, code, version)
                .orElseThrow(() -> ProblemException.notFound("version " + version + " of the protocol of precinct " + code));
        String type = ProtocolImageRules.typeOf(bytes);
        if (type == null || !type.equals(contentType)) {
            throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "the bytes are not " + (type == null
                    ? "a JPEG or PNG image" : "of the type the Content-Type names (" + contentType + "), but " + type));
        }
        String sha = Hashes.sha256(bytes);
        if (p.imageSha256 != null && !p.imageSha256.equals(sha)) {
            throw ProblemException.rule("IMAGE_MISMATCH", "R-X2", "the protocol names another image (" + p.imageSha256 + ")");
        }
        // once attached, a version's photo stays: the same photo again is a retry, another one needs a correction
        em.createNativeQuery("""
                insert into protocol_image (election_id, precinct_code, version, sha256, content_type, bytes, stored_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (election_id, precinct_code, version) do nothing""")
                .setParameter(1, electionId).setParameter(2, code).setParameter(3, version).setParameter(4, sha)
                .setParameter(5, type).setParameter(6, bytes).setParameter(7, Instant.now()).executeUpdate();
        String kept = (String) em.createNativeQuery("""
                select sha256 from protocol_image where election_id = ?1 and precinct_code = ?2 and version = ?3""")
                .setParameter(1, electionId).setParameter(2, code).setParameter(3, version).getSingleResult();
        if (!kept.equals(sha)) {
            throw ProblemException.conflict("IMAGE_ATTACHED", "R-X2: version " + version + " already has its photo ("
                    + kept + "); a different photo comes with a correction");
        }
        return new Stored(sha);
    }

    public Image get(UUID electionId, String code, int version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select content_type, bytes from protocol_image where election_id = ?1 and precinct_code = ?2 and version = ?3""")
                .setParameter(1, electionId).setParameter(2, code).setParameter(3, version).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("an image of version " + version + " of the protocol of precinct " + code);
        }
        return new Image((String) rows.get(0)[0], (byte[]) rows.get(0)[1]);
    }
}
