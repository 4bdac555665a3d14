package kz.saylau.ballot.precinct;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A polling station of one RURAL unit, with the number of voters on its list (R-T2). */
@Entity
@Table(name = "precinct")
public class Precinct extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String name;

    public String address;

    @Column(name = "voters_on_list", nullable = false)
    public int votersOnList;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
