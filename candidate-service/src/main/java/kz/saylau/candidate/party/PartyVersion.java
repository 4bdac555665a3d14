package kz.saylau.candidate.party;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a party's name and standing, valid from {@code validFrom} up to (not including) {@code validTo}. */
@Entity
@Table(name = "party_version")
public class PartyVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    public String partyCode;

    public String name;

    public boolean suspended;

    public Instant validFrom;

    /** Null for the version in force. */
    public Instant validTo;

    public String reason;

    public String changedBy;
}
