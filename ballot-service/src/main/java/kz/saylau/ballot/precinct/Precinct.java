package kz.saylau.ballot.precinct;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public Instant createdAt;

    public Instant updatedAt;
}
