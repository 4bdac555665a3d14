package kz.saylau.ballot.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What ballot-service knows of an election: its unit and the calendar times it enforces (R-V1, R-P6). */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "voting_day", nullable = false)
    public LocalDate votingDay;

    @Column(name = "registration_closes", nullable = false)
    public Instant registrationCloses;

    @Column(name = "polls_open", nullable = false)
    public Instant pollsOpen;

    @Column(name = "polls_close", nullable = false)
    public Instant pollsClose;

    @Column(nullable = false)
    public boolean cancelled;

    /** Certified by results-service; corrections wait for a reopening (R-P6). */
    @Column(nullable = false)
    public boolean certified;

    /** R-V4: the electronic boxes were counted, once. */
    @Column(name = "ebox_counted", nullable = false)
    public boolean eboxCounted;

    public boolean pollsOpenAt(Instant now) {
        return !now.isBefore(pollsOpen) && now.isBefore(pollsClose);
    }

    public boolean pollsClosedAt(Instant now) {
        return !now.isBefore(pollsClose);
    }
}
