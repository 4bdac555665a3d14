package kz.saylau.candidate.party;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registered political party, which may nominate one candidate per election (R-N1, R-N4). */
@Entity
@Table(name = "party")
public class Party extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public Instant registeredAt;

    /** R-N9: a suspended party nominates no one. */
    public boolean suspended;
}
