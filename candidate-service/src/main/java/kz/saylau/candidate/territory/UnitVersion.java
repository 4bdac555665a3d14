package kz.saylau.candidate.territory;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a unit: its names and its place in the tree, valid from {@code validFrom} up to {@code validTo}. */
@Entity
@Table(name = "unit_version")
public class UnitVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    public String unitCode;

    public String name;

    public String nameRu;

    public String parentCode;

    public String districtCode;

    public String regionCode;

    public Instant validFrom;

    /** Null for the version in force. */
    public Instant validTo;

    public String reason;

    public String changedBy;
}
