package kz.saylau.candidate.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What candidate-service knows of a precinct: only enough to count its unit's electorate (R-T2, R-N5). */
@Entity
@Table(name = "precinct_electorate")
public class PrecinctElectorate extends PanacheEntityBase {

    @Id
    public String code;

    public String unitCode;

    public long votersOnList;
}
