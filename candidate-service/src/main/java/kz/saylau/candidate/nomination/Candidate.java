package kz.saylau.candidate.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A nominee of one election and what the TEC decided about them (R-N1..R-N8). */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID electionId;

    /** Kept because R-N3 needs it; masked to the public, never in events or logs (R-I2). */
    @JdbcTypeCode(SqlTypes.CHAR)
    public String iin;

    /** A keyed hash of the IIN: matches a person across elections without the IIN (domain.md Analytics). */
    public String personKey;

    public String lastName;

    public String firstName;

    public String patronymic;

    /** The whole name in Russian as the register writes it (surname, name, patronymic), where it has one. */
    public String nameRu;

    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.CHAR)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    public NominatedBy nominatedBy;

    public String partyCode;

    /** R-N9: the party's name when the candidate was nominated; a later renaming does not change it. */
    public String partyName;

    public Integer signatures;

    public String workplace;

    @Enumerated(EnumType.STRING)
    public CandidateStatus status;

    public String statusReason;

    /** The court decision behind a deregistration (R-N8). */
    public String decisionRef;

    /** On the election clock: when the nomination was received. */
    public Instant nominatedAt;

    /** On the election clock: the last decision (registration, refusal, withdrawal, deregistration). */
    public Instant decidedAt;

    /** Set once registered: the public sees the candidate from then on, whatever happens later. */
    public Instant registeredAt;

    public String nominatedByAccount;

    @Version
    public long version;

    public String displayName() {
        return patronymic == null || patronymic.isBlank() ? lastName + " " + firstName
                : lastName + " " + firstName + " " + patronymic;
    }
}
