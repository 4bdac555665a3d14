package kz.saylau.ballot.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What ballot-service knows of an election: its unit and the calendar times it enforces (R-V1, R-P6). */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {

    @Id
    public UUID id;

    public String unitCode;

    public String districtCode;

    public String regionCode;

    /** R-T3: the names the election was announced with (the exports keep them). */
    public String unitName;

    public String districtName;

    public String regionName;

    public LocalDate votingDay;

    public Instant registrationCloses;

    public Instant pollsOpen;

    public Instant pollsClose;

    public boolean cancelled;

    /** Certified by results-service; corrections wait for a reopening (R-P6). */
    public boolean certified;

    /** Failed (R-R4, R-N6 NO_CANDIDATES): decided as a certified one is, until a reopening. */
    public boolean failed;

    /** R-V4: the electronic boxes were counted, once. */
    public boolean eboxCounted;

    /** Issue 16: each precinct's box was multiplied into its tallies (and the token links dropped), once. */
    public boolean eboxTallied;

    /** R-R4, R-P6: a decided result, certified or failed, is final until the CEC reopens it. */
    public boolean decided() {
        return certified || failed;
    }

    /** Voters vote now: the polls are open and the election was neither cancelled nor decided already. */
    public boolean votingAt(Instant now) {
        return !cancelled && !failed && pollsOpenAt(now);
    }

    public boolean pollsOpenAt(Instant now) {
        return !now.isBefore(pollsOpen) && now.isBefore(pollsClose);
    }

    public boolean pollsClosedAt(Instant now) {
        return !now.isBefore(pollsClose);
    }
}
