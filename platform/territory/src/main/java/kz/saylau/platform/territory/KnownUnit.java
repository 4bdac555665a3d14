package kz.saylau.platform.territory;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of the territory tree as candidate-service announced it. */
@Entity
@Table(name = "known_unit")
public class KnownUnit extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "learned_at", nullable = false)
    public Instant learnedAt;
}
