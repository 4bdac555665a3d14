package kz.saylau.ballot.precinct;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import kz.saylau.ballot.election.Election;
import kz.saylau.platform.web.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A polling station of one RURAL unit, with the number of voters on its list (R-T2). */
@Entity
@Table(name = "precinct")
public class Precinct extends PanacheEntityBase {

    @Id
    public String code;

    public String unitCode;

    public String districtCode;

    public String regionCode;

    public String name;

    public String address;

    public int votersOnList;

    /** When it closed, on the election clock (issue 19 #4); null while open. */
    public Instant closedAt;

    public String closureReason;

    public Instant createdAt;

    public Instant updatedAt;

    /**
     * R-T2: a closed precinct takes no part in the elections whose polls open after it closed; it keeps its place in
     * those it took part in (a correction of their protocols still comes from it).
     */
    public boolean takesPartIn(Election election) {
        return closedAt == null || closedAt.isAfter(election.pollsOpen);
    }

    /** The precinct of {@code election} by code, row-locked when asked: 404 when it is not of the election's unit, 422 when closed. */
    public static Precinct ofElection(EntityManager em, Election election, String code, boolean lock) {
        Precinct precinct = lock ? em.find(Precinct.class, code, LockModeType.PESSIMISTIC_WRITE) : em.find(Precinct.class, code);
        if (precinct == null || !precinct.unitCode.equals(election.unitCode)) {
            throw ProblemException.notFound("precinct " + code + " of election " + election.id);
        }
        if (!precinct.takesPartIn(election)) {
            throw ProblemException.rule("PRECINCT_CLOSED", "R-T2", "precinct " + code + " closed before the polls of election "
                    + election.id + " opened");
        }
        return precinct;
    }
}
