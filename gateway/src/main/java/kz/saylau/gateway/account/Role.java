package kz.saylau.gateway.account;

import java.util.Arrays;
import java.util.Optional;

/** The roles of api.md, each with the scope claim it needs (null: none). */
public enum Role {
    CEC("cec", null),
    TEC("tec", "district"),
    PRECINCT("precinct", "precinct"),
    DISTRICT_AKIM("district-akim", "district"),
    PARTY("party", "party"),
    TRUSTEE("trustee", "district"),
    OBSERVER("observer", null);

    public final String id;
    public final String scopeClaim;

    Role(String id, String scopeClaim) {
        this.id = id;
        this.scopeClaim = scopeClaim;
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
