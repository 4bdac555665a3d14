package kz.saylau.candidate.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A nominee of one election and what the TEC decided about them (R-N1..R-N8). */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "election_id", nullable = false)
    public UUID electionId;

    /** Kept because R-N3 needs it; masked to the public, never in events or logs (R-I2). */
    @Column(nullable = false)
    public String iin;

    /** A keyed hash of the IIN: matches a person across elections without the IIN (domain.md Analytics). */
    @Column(name = "person_key", nullable = false)
    public String personKey;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    public String patronymic;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominated_by", nullable = false)
    public NominatedBy nominatedBy;

    @Column(name = "party_code")
    public String partyCode;

    public Integer signatures;

    public String workplace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** The court decision behind a deregistration (R-N8). */
    @Column(name = "decision_ref")
    public String decisionRef;

    /** On the election clock: when the nomination was received. */
    @Column(name = "nominated_at", nullable = false)
    public Instant nominatedAt;

    /** On the election clock: the last decision (registration, refusal, withdrawal, deregistration). */
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Set once registered: the public sees the candidate from then on, whatever happens later. */
    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "nominated_by_account", nullable = false)
    public String nominatedByAccount;

    @Version
    public long version;

    public String displayName() {
        return patronymic == null || patronymic.isBlank() ? lastName + " " + firstName
                : lastName + " " + firstName + " " + patronymic;
    }
}
