package kz.saylau.ballot.ballot;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ballot; its id stays the same across ballot versions (electronic votes name it). */
@Entity
@Table(name = "ballot_option")
public class BallotOption extends PanacheEntityBase {

    @Id
    public UUID optionId;

    public UUID electionId;

    public int position;

    public String kind;

    public UUID candidateId;

    public String displayName;

    /** The candidate's Russian name, where the register has one. */
    public String displayNameRu;

    public String affiliation;

    /** PARTY, SELF or DISTRICT_AKIM for a candidate; null for against all. */
    public String nominatedBy;

    /** False once the candidate left the ballot (a later version). */
    public boolean onBallot;
}
