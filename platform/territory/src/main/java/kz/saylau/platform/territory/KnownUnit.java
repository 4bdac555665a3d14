package kz.saylau.platform.territory;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of the territory tree as candidate-service announced it. */
@Entity
@Table(name = "known_unit")
public class KnownUnit extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String level;

    public String parentCode;

    public String districtCode;

    public String regionCode;

    public Instant learnedAt;
}
