package kz.saylau.ballot.protocol;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One accepted version of a precinct's final protocol; versions are never changed, only added (R-P6). */
@Entity
@Table(name = "protocol")
public class Protocol extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "election_id", nullable = false)
    public UUID electionId;

    @Column(name = "precinct_code", nullable = false)
    public String precinctCode;

    @Column(nullable = false)
    public int version;

    @Column(name = "voters_on_list", nullable = false)
    public long votersOnList;

    @Column(name = "ballots_received", nullable = false)
    public long ballotsReceived;

    @Column(name = "ballots_issued", nullable = false)
    public long ballotsIssued;

    @Column(name = "ballots_cancelled", nullable = false)
    public long ballotsCancelled;

    @Column(name = "ballots_in_box", nullable = false)
    public long ballotsInBox;

    @Column(name = "invalid_ballots", nullable = false)
    public long invalidBallots;

    @Column(name = "against_all", nullable = false)
    public long againstAll;

    /** JSON {@code [{candidateId, votes}]} sorted by candidateId. */
    @Column(nullable = false)
    public String votes;

    @Column(name = "image_sha256")
    public String imageSha256;

    public String reason;

    @Column(name = "decision_ref")
    public String decisionRef;

    @Column(nullable = false)
    public String tracker;

    @Column(name = "previous_tracker")
    public String previousTracker;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The station device's Ed25519 signature of the submitted bytes (base64), when it sent one. */
    @Column(name = "device_signature")
    public String deviceSignature;
}
