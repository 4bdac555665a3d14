package kz.saylau.candidate.territory;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit of the territory tree. Its district and region are fixed when it is created, so a unit keeps the region
 * it had then even after later reorganisations (domain.md R-T3).
 */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    /** The Russian name, where the register has one (issue 19 #7). */
    public String nameRu;

    /** R-T3: when it closed (election clock); null while open. */
    public java.time.Instant closedAt;

    public String closureReason;

    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    public String parentCode;

    public String districtCode;

    public String regionCode;

    /** Voters on the lists of the unit's precincts, from ballot-service's precinct events (R-T2). */
    public long electorate;

    public Instant createdAt;
}
