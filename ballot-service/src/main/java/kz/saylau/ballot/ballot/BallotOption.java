package kz.saylau.ballot.ballot;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ballot; its id stays the same across ballot versions (electronic votes name it). */
@Entity
@Table(name = "ballot_option")
public class BallotOption extends PanacheEntityBase {

    @Id
    @Column(name = "option_id")
    public UUID optionId;

    @Column(name = "election_id", nullable = false)
    public UUID electionId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String kind;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String affiliation;

    /** False once the candidate left the ballot (a later version). */
    @Column(name = "on_ballot", nullable = false)
    public boolean onBallot;
}
