package kz.saylau.ballot.protocol;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One accepted version of a precinct's final protocol; versions are never changed, only added (R-P6). */
@Entity
@Table(name = "protocol")
public class Protocol extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID electionId;

    public String precinctCode;

    public int version;

    public long votersOnList;

    public long ballotsReceived;

    public long ballotsIssued;

    public long ballotsCancelled;

    public long ballotsInBox;

    public long invalidBallots;

    public long againstAll;

    /** JSON {@code [{candidateId, votes}]} sorted by candidateId. */
    public String votes;

    @JdbcTypeCode(SqlTypes.CHAR)

    public String imageSha256;

    public String reason;

    public String decisionRef;

    @JdbcTypeCode(SqlTypes.CHAR)

    public String tracker;

    @JdbcTypeCode(SqlTypes.CHAR)

    public String previousTracker;

    public Instant acceptedAt;

    public String submittedBy;

    /** The station device's Ed25519 signature of the submitted bytes (base64), when it sent one. */
    public String deviceSignature;
}
